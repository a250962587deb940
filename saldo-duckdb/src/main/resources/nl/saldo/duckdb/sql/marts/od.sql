-- od.csv (METHOD.md §5, §8): moves by group for every ordered pair of different units with at
-- least one move, `rest` included and sorted last.
create or replace table od_mart as
with od_counts as (
  select * from od_counts
),

layers as (
  select * from layers_enabled
),

pairs as (
  select distinct layer, origin, destination from od_counts
),

mover_groups as (
  select * from income_groups where for_movers
),

counted as (
  select
    pairs.layer,
    pairs.origin,
    pairs.destination,
    mover_groups.income_group,
    mover_groups.group_order,
    coalesce(sum(od_counts.moves), 0) as moves
  from pairs
  cross join mover_groups
  left join od_counts
    on od_counts.layer = pairs.layer
    and od_counts.origin = pairs.origin
    and od_counts.destination = pairs.destination
    and list_contains(mover_groups.members, od_counts.income_group)
  group by all
),

final as (
  select
    counted.layer,
    counted.origin,
    counted.destination,
    counted.income_group as "group",
    counted.moves,
    row_number() over (
      order by
        layers.layer_order,
        counted.origin = 'rest',
        counted.origin,
        counted.destination = 'rest',
        counted.destination,
        counted.group_order) as row_order
  from counted
  join layers on layers.layer = counted.layer
)

select * from final;
