-- Count stocks (METHOD.md §4): persons whose spell covers 1 January of each stock year
-- (start <= D < end, or end empty), by buurt and by group of income year = stock year + offset.
-- Counted per buurt first, then summed into the units of every layer.
create or replace table stock_counts as
with spells as (
  select * from spells
),

settings as (
  select * from settings
),

reference_dates as (
  select 'start' as moment, stock_start_year as stock_year, make_date(stock_start_year, 1, 1) as reference_date
  from settings
  union all
  select 'end', stock_end_year, make_date(stock_end_year, 1, 1)
  from settings
),

residents as (
  select reference_dates.moment, reference_dates.stock_year, spells.person_id, spells.buurt_code
  from spells
  join reference_dates
    on spells.start_date <= reference_dates.reference_date
    and (spells.end_date is null or spells.end_date > reference_dates.reference_date)
),

grouped as (
  select
    residents.moment,
    residents.buurt_code,
    coalesce(incomes_grouped.income_group, 'other') as income_group
  from residents
  cross join settings
  left join incomes_grouped
    on incomes_grouped.person_id = residents.person_id
    and incomes_grouped.year = residents.stock_year + settings.stock_year_offset
),

per_buurt as (
  select
    buurt_code,
    income_group,
    count(*) filter (where moment = 'start') as pop_start,
    count(*) filter (where moment = 'end') as pop_end
  from grouped
  group by buurt_code, income_group
),

final as (
  select
    buurt_units.layer,
    buurt_units.unit,
    per_buurt.income_group,
    sum(per_buurt.pop_start) as pop_start,
    sum(per_buurt.pop_end) as pop_end
  from per_buurt
  join buurt_units on buurt_units.buurt_code = per_buurt.buurt_code
  where buurt_units.unit <> 'rest'
  group by buurt_units.layer, buurt_units.unit, per_buurt.income_group
)

select * from final;
