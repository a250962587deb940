-- Count flows (METHOD.md §5): the counted moves (not excluded) between the units of every layer.
-- Moves inside a unit do not count for it. od_counts holds every ordered pair of different units,
-- `rest` included; in-movers and out-movers of a unit are its column and row sums.
create or replace table od_counts as
with moves as (
  select * from moves
  where not excluded_other_group and not excluded_azc_origin
),

per_buurt_pair as (
  select origin_buurt_code, destination_buurt_code, income_group, count(*) as moves
  from moves
  group by origin_buurt_code, destination_buurt_code, income_group
),

final as (
  select
    origin_units.layer,
    origin_units.unit as origin,
    destination_units.unit as destination,
    per_buurt_pair.income_group,
    sum(per_buurt_pair.moves) as moves
  from per_buurt_pair
  join buurt_units as origin_units
    on origin_units.buurt_code = per_buurt_pair.origin_buurt_code
  join buurt_units as destination_units
    on destination_units.buurt_code = per_buurt_pair.destination_buurt_code
    and destination_units.layer = origin_units.layer
  where origin_units.unit <> destination_units.unit
  group by origin_units.layer, origin_units.unit, destination_units.unit, per_buurt_pair.income_group
)

select * from final;
