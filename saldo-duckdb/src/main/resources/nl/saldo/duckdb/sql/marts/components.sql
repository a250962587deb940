-- components.csv (METHOD.md §12): per layer × unit × group, the change between the stock dates
-- split into persons who moved in or out, were born, arrived from abroad, left the country, and
-- stayers who changed group. A derived group counts on its own membership (lt101 → 101_150 is no
-- change of lower). Persons are first counted per pair of buurten and pair of groups, then
-- mapped into the units of every layer; rounding of counts happens in disclosure.
create or replace table components_mart as
with person_states as (
  select * from person_states
),

buurt_units as (
  select * from buurt_units
),

layers_enabled as (
  select * from layers_enabled
),

units as (
  select * from units
),

income_groups as (
  select * from income_groups
),

transitions as (
  select
    start_buurt,
    end_buurt,
    start_group,
    end_group,
    coalesce(born_after_start, false) as born_after_start,
    count(*) as persons
  from person_states
  group by all
),

layered as (
  select
    layers_enabled.layer,
    start_units.unit as start_unit,
    end_units.unit as end_unit,
    transitions.start_group,
    transitions.end_group,
    transitions.born_after_start,
    sum(transitions.persons) as persons
  from transitions
  cross join layers_enabled
  left join buurt_units as start_units
    on start_units.layer = layers_enabled.layer and start_units.buurt_code = transitions.start_buurt
  left join buurt_units as end_units
    on end_units.layer = layers_enabled.layer and end_units.buurt_code = transitions.end_buurt
  group by all
),

-- each transition once for every unit it touches: its start unit and, when different, its end unit
touching as (
  select start_unit as unit, * from layered where start_unit <> 'rest'
  union all
  select end_unit as unit, * from layered
  where end_unit <> 'rest' and end_unit is distinct from start_unit
),

counted as (
  select
    units.layer,
    units.layer_order,
    units.unit,
    units.unit_name,
    income_groups.income_group,
    income_groups.group_order,
    coalesce(sum(touching.persons) filter (where
      touching.start_unit = units.unit and list_contains(income_groups.members, touching.start_group)), 0)
      as pop_start,
    coalesce(sum(touching.persons) filter (where
      touching.end_unit = units.unit and list_contains(income_groups.members, touching.end_group)), 0)
      as pop_end,
    coalesce(sum(touching.persons) filter (where
      touching.end_unit = units.unit and list_contains(income_groups.members, touching.end_group)
      and touching.start_unit is not null and touching.start_unit <> units.unit), 0) as moved_in,
    coalesce(sum(touching.persons) filter (where
      touching.start_unit = units.unit and list_contains(income_groups.members, touching.start_group)
      and touching.end_unit is not null and touching.end_unit <> units.unit), 0) as moved_out,
    coalesce(sum(touching.persons) filter (where
      touching.end_unit = units.unit and list_contains(income_groups.members, touching.end_group)
      and touching.start_unit is null and touching.born_after_start), 0) as born,
    coalesce(sum(touching.persons) filter (where
      touching.end_unit = units.unit and list_contains(income_groups.members, touching.end_group)
      and touching.start_unit is null and not touching.born_after_start), 0) as arrived,
    coalesce(sum(touching.persons) filter (where
      touching.start_unit = units.unit and list_contains(income_groups.members, touching.start_group)
      and touching.end_unit is null), 0) as "left",
    coalesce(sum(touching.persons) filter (where
      touching.start_unit = units.unit and touching.end_unit = units.unit
      and list_contains(income_groups.members, touching.end_group)
      and not list_contains(income_groups.members, touching.start_group)), 0) as stayers_into_group,
    coalesce(sum(touching.persons) filter (where
      touching.start_unit = units.unit and touching.end_unit = units.unit
      and list_contains(income_groups.members, touching.start_group)
      and not list_contains(income_groups.members, touching.end_group)), 0) as stayers_out_of_group
  from units
  cross join income_groups
  left join touching
    on touching.layer = units.layer and touching.unit = units.unit
  group by all
),

final as (
  select
    layer,
    unit,
    unit_name,
    income_group as "group",
    cast(pop_start as bigint) as pop_start,
    cast(pop_end as bigint) as pop_end,
    cast(pop_end - pop_start as bigint) as change,
    cast(moved_in as bigint) as moved_in,
    cast(moved_out as bigint) as moved_out,
    cast(born as bigint) as born,
    cast(arrived as bigint) as arrived,
    cast("left" as bigint) as "left",
    cast(stayers_into_group as bigint) as stayers_into_group,
    cast(stayers_out_of_group as bigint) as stayers_out_of_group,
    row_number() over (order by layer_order, unit, group_order) as row_order
  from counted
)

select * from final;
