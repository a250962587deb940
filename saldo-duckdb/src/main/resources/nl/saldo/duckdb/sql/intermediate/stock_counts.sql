-- Count stocks (METHOD.md §4): persons whose spell covers 1 January of each stock year
-- (start <= D < end, or end empty), by buurt and by group of income year = stock year + offset:
-- the buurt and group of each person on the two dates, as person_states derived them.
-- Counted per buurt first, then summed into the units of every layer.
create or replace table stock_counts as
with person_states as (
  select * from person_states
),

placed as (
  select 'start' as moment, start_buurt as buurt_code, start_group as income_group
  from person_states
  where start_buurt is not null
  union all
  select 'end', end_buurt, end_group
  from person_states
  where end_buurt is not null
),

per_buurt as (
  select
    buurt_code,
    income_group,
    count(*) filter (where moment = 'start') as pop_start,
    count(*) filter (where moment = 'end') as pop_end
  from placed
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
