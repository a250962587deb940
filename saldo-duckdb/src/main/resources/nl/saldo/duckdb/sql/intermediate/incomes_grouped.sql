-- Classify persons: the income position (group) of a person in an income year (METHOD.md §3).
-- A person without a row for the year is `other`; callers left-join and take coalesce(.., 'other').
-- The household kind comes along for profiles.csv, which breaks the flows down by it, as text
-- (the typed incomes table keeps it as household_kind_enum).
-- Only the income years a stock or a move looks at are grouped (staging/income_years.sql): the
-- stock years + the stock offset, and the years of the move window + the move offset.
-- A view, not a table: its two readers (moves, person_states) each join it once, and computing the
-- group in their scan of incomes costs less than writing and reading back a copy of nearly every
-- income row (nationally 120 million rows: the copy took 34 of the 43 CPU seconds of this stage).
create or replace view incomes_grouped as
with incomes as (
  select * from incomes
),

settings as (
  select * from settings
),

income_years as (
  select * from income_years
),

final as (
  select
    incomes.person_id,
    incomes.year,
    case
      when incomes.household_kind = 'institutional' then 'other'
      when incomes.student then 'student'
      when incomes.income_pct is null then 'other'
      when incomes.income_pct < settings.lower_threshold then 'lt101'
      when incomes.income_pct < settings.upper_threshold then '101_150'
      else 'ge150'
    end as income_group,
    cast(incomes.household_kind as varchar) as household_kind
  from incomes
  semi join income_years on income_years.year = incomes.year
  cross join settings
)

select * from final;
