-- Flow counts: one row per layer, unit and group.
select 'flow counts keyed by layer, unit, group' as contract,
  count(*) - count(distinct (layer, unit, income_group)) as violations
from flow_counts;
