-- The stocks mart adds up: group stocks sum to the total; lower is the sum of its parts.
with stocks as (
  select * from stocks_mart
),

stock_sums as (
  select
    layer,
    unit,
    sum(pop_start) filter (where "group" in ('lt101', '101_150', 'ge150', 'student', 'other')) as base_start,
    sum(pop_start) filter (where "group" = 'total') as total_start,
    sum(pop_end) filter (where "group" in ('lt101', '101_150', 'ge150', 'student', 'other')) as base_end,
    sum(pop_end) filter (where "group" = 'total') as total_end,
    sum(pop_start) filter (where "group" in ('lt101', '101_150')) as lower_parts,
    sum(pop_start) filter (where "group" = 'lower') as lower_start
  from stocks
  group by layer, unit
)

select 'group stocks sum to the total' as contract, count(*) as violations
from stock_sums where base_start <> total_start or base_end <> total_end
union all
select 'lower = lt101 + 101_150', count(*) from stock_sums where lower_parts <> lower_start
union all
select 'stocks keyed by layer, unit, group', count(*) - count(distinct (layer, unit, "group")) from stocks
union all
select 'no rest in stocks', count(*) from stocks where unit = 'rest';
