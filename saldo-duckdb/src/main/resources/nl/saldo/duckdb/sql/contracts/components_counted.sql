-- The components add up to the change exactly (METHOD.md §12) on the unrounded table, and the
-- stocks they start from are the stocks of stocks.csv.
with components as (
  select * from components_mart
),

stocks as (
  select * from stocks_mart
)

select 'change = moved_in - moved_out + born + arrived - left + stayers_into_group - stayers_out_of_group'
    as contract,
  count(*) as violations
from components
where change <> moved_in - moved_out + born + arrived - "left" + stayers_into_group - stayers_out_of_group
union all
select 'components pop_start, pop_end, change equal stocks', count(*)
from components
full join stocks
  on stocks.layer = components.layer and stocks.unit = components.unit and stocks."group" = components."group"
where components.pop_start is distinct from stocks.pop_start
  or components.pop_end is distinct from stocks.pop_end
  or components.change is distinct from stocks.change
union all
select 'components keyed by layer, unit, group',
  count(*) - count(distinct (layer, unit, "group"))
from components
union all
select 'no component is negative', count(*)
from components
where least(moved_in, moved_out, born, arrived, "left", stayers_into_group, stayers_out_of_group) < 0;
