-- Spark copy of saldo-duckdb's marts/sequences.sql (docs/engines.md): Spark has no ordered
-- string_agg with a filter, so the units up to the maximum length are collected as (position, unit)
-- pairs, sorted by position and joined. Everything else is the DuckDB file as it is; keep the two
-- in step (EngineParityTest compares sequences.csv).
-- sequences.csv (issue #14, stepwise sorting): for every person with at least two counted moves in
-- the window, the units of the sequence layer (rest included) from the origin of the first counted
-- move through the destination of each, consecutive repeats collapsed (rest>overig>krimp), cut
-- after sequence_max_length units with '>…'. Group = the group after the person's last counted
-- move; derived groups are sums of their members. Persons, not moves, are counted.
create or replace table sequences_mart as
with moves as (
  select * from moves where not excluded_other_group and not excluded_azc_origin
),

settings as (
  select * from settings
),

buurt_units as (
  select buurt_units.buurt_code, buurt_units.layer, buurt_units.unit
  from buurt_units
  join settings on buurt_units.layer = settings.sequence_layer
),

mover_groups as (
  select * from income_groups where for_movers
),

numbered as (
  select
    person_id,
    origin_buurt_code,
    destination_buurt_code,
    income_group,
    row_number() over (partition by person_id order by move_date) as move_nr,
    count(*) over (partition by person_id) as counted_moves
  from moves
),

steps as (
  select person_id, 0 as step, origin_buurt_code as buurt_code
  from numbered
  where counted_moves >= 2 and move_nr = 1
  union all
  select person_id, move_nr, destination_buurt_code
  from numbered
  where counted_moves >= 2
),

step_units as (
  select
    steps.person_id,
    steps.step,
    buurt_units.unit,
    lag(buurt_units.unit) over (partition by steps.person_id order by steps.step) as previous_unit
  from steps
  join buurt_units on buurt_units.buurt_code = steps.buurt_code
),

collapsed as (
  select
    person_id,
    unit,
    row_number() over (partition by person_id order by step) as position
  from step_units
  where previous_unit is null or previous_unit <> unit
),

person_sequences as (
  select
    collapsed.person_id,
    array_join(
      transform(
        array_sort(
          collect_list(
            case when collapsed.position <= settings.sequence_max_length
              then named_struct('position', collapsed.position, 'unit', collapsed.unit) end)),
        step -> step.unit),
      '>')
      || case when max(collapsed.position) > settings.sequence_max_length then '>…' else '' end
      as sequence
  from collapsed
  cross join settings
  group by collapsed.person_id, settings.sequence_max_length
),

last_groups as (
  select person_id, income_group
  from numbered
  where counted_moves >= 2 and move_nr = counted_moves
),

counted as (
  select
    settings.sequence_layer as layer,
    person_sequences.sequence,
    mover_groups.income_group,
    mover_groups.group_order,
    count(*) as persons
  from person_sequences
  join last_groups on last_groups.person_id = person_sequences.person_id
  join mover_groups on array_contains(mover_groups.members, last_groups.income_group)
  cross join settings
  group by all
),

final as (
  select
    layer,
    sequence,
    income_group as "group",
    persons,
    row_number() over (order by group_order, sequence) as row_order
  from counted
)

select * from final;
