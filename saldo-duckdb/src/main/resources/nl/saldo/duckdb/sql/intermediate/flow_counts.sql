-- Flows: counted moves per unit, in and out (METHOD.md §5, §8), from the pairs of od_counts.
create or replace table flow_counts as
with od_counts as (
  select * from od_counts
),

inflow as (
  select layer, destination as unit, income_group, sum(moves) as in_movers
  from od_counts
  group by layer, destination, income_group
),

outflow as (
  select layer, origin as unit, income_group, sum(moves) as out_movers
  from od_counts
  group by layer, origin, income_group
),

final as (
  select
    coalesce(inflow.layer, outflow.layer) as layer,
    coalesce(inflow.unit, outflow.unit) as unit,
    coalesce(inflow.income_group, outflow.income_group) as income_group,
    coalesce(inflow.in_movers, 0) as in_movers,
    coalesce(outflow.out_movers, 0) as out_movers
  from inflow
  full join outflow
    on outflow.layer = inflow.layer
    and outflow.unit = inflow.unit
    and outflow.income_group = inflow.income_group
  where coalesce(inflow.unit, outflow.unit) <> 'rest'
)

select * from final;
