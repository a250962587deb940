-- OD counts: pairs of different units, keys unique, no layer counts more moves than were counted.
select 'od pairs of different units' as contract, count(*) as violations
from od_counts where origin = destination
union all
select 'od keyed by layer, origin, destination, group',
  count(*) - count(distinct (layer, origin, destination, income_group))
from od_counts
union all
select 'no layer has more od moves than counted moves', count(*)
from (select layer, sum(moves) as moves from od_counts group by layer) as per_layer
where per_layer.moves > (
  select count(*) from moves where not excluded_other_group and not excluded_azc_origin);
