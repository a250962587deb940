-- Person states (METHOD.md §12, §13): every person present on at least one of the two stock dates,
-- with the buurt and group on each date (§3–§4, as stocks_counted) and the birth date. "Present"
-- = a spell covers the date (start <= D < end, or end empty), in the study area or in `rest`;
-- a missing buurt means "not in the country" on that date. Zero-length spells cover no day (§9).
-- Derived once, right after the moves: the stocks (stock_counts), the stayers of profiles.csv,
-- the components and the segregation counts all read the persons on the two dates from here.
-- The household kind at the start comes along for the stayers of profiles.csv.
-- At most one spell of a person covers a date (the checks stop a run on overlapping spells, or
-- its repair drops the person), so the residents of each date have one row per person and the
-- two dates are put side by side by a full join on the person, not by a group-by over both.
-- The dates and their income years are variables, set here from settings (so they follow every
-- change of them) and constants to DuckDB's planner: it then knows how many residents each date
-- has and builds its hash tables on the smaller sides. Through settings it guessed 16 thousand
-- instead of 17 million, and the hash tables did not fit in saldo's memory limit.
set variable stock_start_date = (select make_date(stock_start_year, 1, 1) from settings);

set variable stock_end_date = (select make_date(stock_end_year, 1, 1) from settings);

set variable stock_start_income_year = (select stock_start_year + stock_year_offset from settings);

set variable stock_end_income_year = (select stock_end_year + stock_year_offset from settings);

create or replace table person_states as
with spells as not materialized (
  select * from spells
),

persons as (
  select * from persons
),

-- The income rows of one stock year each.
start_incomes as (
  select incomes_grouped.person_id, incomes_grouped.income_group, incomes_grouped.household_kind
  from incomes_grouped
  where incomes_grouped.year = getvariable('stock_start_income_year')
),

end_incomes as (
  select incomes_grouped.person_id, incomes_grouped.income_group
  from incomes_grouped
  where incomes_grouped.year = getvariable('stock_end_income_year')
),

at_start as (
  select
    spells.person_id,
    spells.buurt_code,
    coalesce(start_incomes.income_group, 'other') as income_group,
    start_incomes.household_kind
  from spells
  left join start_incomes on start_incomes.person_id = spells.person_id
  where spells.start_date <= getvariable('stock_start_date')
    and (spells.end_date is null or spells.end_date > getvariable('stock_start_date'))
),

at_end as (
  select
    spells.person_id,
    spells.buurt_code,
    coalesce(end_incomes.income_group, 'other') as income_group
  from spells
  left join end_incomes on end_incomes.person_id = spells.person_id
  where spells.start_date <= getvariable('stock_end_date')
    and (spells.end_date is null or spells.end_date > getvariable('stock_end_date'))
),

-- One row per person with both dates side by side; the birth date is joined after it, one lookup
-- per person rather than one per person and date (nationally 18 against 34 million).
on_both_dates as (
  select
    coalesce(at_start.person_id, at_end.person_id) as person_id,
    at_start.buurt_code as start_buurt,
    at_start.income_group as start_group,
    at_start.household_kind as start_household_kind,
    at_end.buurt_code as end_buurt,
    at_end.income_group as end_group
  from at_start
  full join at_end on at_end.person_id = at_start.person_id
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
    persons.birth_date > getvariable('stock_start_date') as born_after_start
  from on_both_dates
  left join persons on persons.person_id = on_both_dates.person_id
)

select * from final;
