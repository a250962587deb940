-- The migration mart adds up: in − out = net; mover groups sum to the total; derived groups are sums.
with migration as (
  select * from migration_mart
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
select 'mover groups sum to the total', count(*) from mover_sums where base_net <> total_net
union all
select 'higher_incl_students = ge150 + student', count(*) from mover_sums where higher_parts <> higher_in
union all
select 'migration keyed by layer, unit, group', count(*) - count(distinct (layer, unit, "group")) from migration
union all
select 'no rest in migration', count(*) from migration where unit = 'rest';
