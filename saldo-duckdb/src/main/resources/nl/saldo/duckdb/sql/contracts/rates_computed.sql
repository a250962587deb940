-- The marts add up: in − out = net; group stocks sum to the total; derived groups are sums.
with stocks as (
  select * from stocks_mart
),

migration as (
  select * from migration_mart
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
),

mover_sums as (
  select
    layer,
    unit,
    sum(net) filter (where "group" in ('lt101', '101_150', 'ge150', 'student')) as base_net,
    sum(net) filter (where "group" = 'total') as total_net,
    sum(in_movers) filter (where "group" in ('ge150', 'student')) as higher_parts,
    sum(in_movers) filter (where "group" = 'higher_incl_students') as higher_in
  from migration
  group by layer, unit
)

select 'in_movers - out_movers = net' as contract, count(*) as violations
from migration where in_movers - out_movers <> net
union all
select 'group stocks sum to the total', count(*)
from stock_sums where base_start <> total_start or base_end <> total_end
union all
select 'lower = lt101 + 101_150', count(*) from stock_sums where lower_parts <> lower_start
union all
select 'mover groups sum to the total', count(*) from mover_sums where base_net <> total_net
union all
select 'higher_incl_students = ge150 + student', count(*) from mover_sums where higher_parts <> higher_in
union all
select 'stocks keyed by layer, unit, group', count(*) - count(distinct (layer, unit, "group")) from stocks
union all
select 'migration keyed by layer, unit, group', count(*) - count(distinct (layer, unit, "group")) from migration
union all
select 'no rest in stocks or migration', count(*)
from (select unit from stocks union all select unit from migration) where unit = 'rest';
