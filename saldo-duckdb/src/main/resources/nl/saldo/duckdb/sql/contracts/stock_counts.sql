-- One count per layer, unit and group; no unit rest.
select 'stock counts keyed by layer, unit, group' as contract,
  count(*) - count(distinct (layer, unit, income_group)) as violations
from stock_counts
union all
select 'no stock counts for rest', count(*) from stock_counts where unit = 'rest';
