-- Every buurt maps to exactly one unit in every enabled layer.
with per_buurt as (
  select buurt_code, count(*) as units, count(distinct layer) as layers
  from buurt_units
  group by buurt_code
),

enabled as (
  select count(*) as layers from layers_enabled
)

select 'each buurt has one unit per layer' as contract, count(*) as violations
from per_buurt cross join enabled
where per_buurt.units <> enabled.layers or per_buurt.layers <> enabled.layers
union all
select 'unit codes are not empty', count(*) from buurt_units where unit is null or unit = '';
