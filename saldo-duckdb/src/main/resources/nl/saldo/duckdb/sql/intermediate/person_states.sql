-- Person states (METHOD.md §12, §13): every person present on at least one of the two stock dates,
-- with the buurt and group on each date (§3–§4, as stocks_counted) and the birth date. "Present"
-- = a spell covers the date (start <= D < end, or end empty), in the study area or in `rest`;
-- a missing buurt means "not in the country" on that date. Zero-length spells cover no day (§9).
-- Derived once, right after the moves: the stocks (stock_counts), the stayers of profiles.csv,
-- the components and the segregation counts all read the persons on the two dates from here.
-- The household kind at the start comes along for the stayers of profiles.csv.
create or replace table person_states as
with spells as (
  select * from spells
),

persons as (
  select * from persons
),

settings as (
  select * from settings
),

income_years as (
  select * from income_years
),

-- Only the two income years of the stock dates (income_years.for_stocks): incomes_grouped is a
-- view over every income row of the study's years, and the join below would otherwise build its
-- hash table on all of them.
incomes_grouped as (
  select incomes_grouped.*
  from incomes_grouped
  semi join income_years
    on income_years.year = incomes_grouped.year
    and income_years.for_stocks
),

reference_dates as (
  select 'start' as moment, stock_start_year as stock_year, make_date(stock_start_year, 1, 1) as reference_date
  from settings
  union all
  select 'end', stock_end_year, make_date(stock_end_year, 1, 1)
  from settings
),

residents as (
  select
    reference_dates.moment,
    spells.person_id,
    spells.buurt_code,
    coalesce(incomes_grouped.income_group, 'other') as income_group,
    incomes_grouped.household_kind
  from spells
  join reference_dates
    on spells.start_date <= reference_dates.reference_date
    and (spells.end_date is null or spells.end_date > reference_dates.reference_date)
  cross join settings
  left join incomes_grouped
    on incomes_grouped.person_id = spells.person_id
    and incomes_grouped.year = reference_dates.stock_year + settings.stock_year_offset
),

-- One row per person with both dates side by side; the birth date is joined after it, one lookup
-- per person rather than one per person and date (nationally 18 against 34 million).
on_both_dates as (
  select
    residents.person_id,
    any_value(residents.buurt_code) filter (where residents.moment = 'start') as start_buurt,
    any_value(residents.income_group) filter (where residents.moment = 'start') as start_group,
    any_value(residents.household_kind) filter (where residents.moment = 'start')
      as start_household_kind,
    any_value(residents.buurt_code) filter (where residents.moment = 'end') as end_buurt,
    any_value(residents.income_group) filter (where residents.moment = 'end') as end_group
  from residents
  group by residents.person_id
),

final as (
  select
    on_both_dates.person_id,
    persons.birth_date,
    on_both_dates.start_buurt,
    on_both_dates.start_group,
    on_both_dates.start_household_kind,
    on_both_dates.end_buurt,
    on_both_dates.end_group,
    persons.birth_date > make_date(settings.stock_start_year, 1, 1) as born_after_start
  from on_both_dates
  cross join settings
  left join persons on persons.person_id = on_both_dates.person_id
)

select * from final;
