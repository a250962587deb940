-- profiles.csv (issue #14, who moves): per layer × unit × flow × attribute × value × group the
-- persons. Flows: in_movers and out_movers are the counted moves of migration.csv (METHOD.md §5:
-- every move counts once, group after the move), so per attribute they add up to its in_movers and
-- out_movers; stayers are the persons in the unit on both stock dates (§4), with their group at the
-- start date (group other left out, as moves of group other are). Attributes: age_class (completed
-- years at the move date, for stayers at the start date; a birthday on that date counts, 29 February
-- + 1 year = 28 February as in §9), origin, household_kind (of the income year the group comes
-- from) and the extra columns of profiles.attributes (persons: of the person; incomes: of that
-- income year). An absent value (no birth date, no incomes row, an empty cell) is `missing`.
-- share_pct is left empty here: disclosure control computes it from the published counts.
create or replace table profiles_mart as
with moves as (
  select person_id, move_date, origin_buurt_code, destination_buurt_code, income_group, household_kind
  from moves
  where not excluded_other_group and not excluded_azc_origin
),

person_states as (
  select * from person_states
),

persons as (
  select person_id, birth_date, origin from persons
),

attribute_values as (
  select * from attribute_values
),

buurt_units as (
  select buurt_code, layer, unit from buurt_units
),

units as (
  select * from units
),

settings as (
  select * from settings
),

mover_groups as (
  select * from income_groups where for_movers
),

age_bounds as (
  select
    cast(unnest(string_split(age_class_bounds, ',')) as integer) as lower_bound,
    generate_subscripts(string_split(age_class_bounds, ','), 1) as class_order
  from settings
),

age_classes as (
  select
    lower_bound,
    lead(lower_bound) over (order by class_order) as next_bound,
    class_order,
    case
      when lead(lower_bound) over (order by class_order) is null then lower_bound || '+'
      else lower_bound || '-' || (lead(lower_bound) over (order by class_order) - 1)
    end as label
  from age_bounds
),

extra_attributes as (
  select
    split_part(entry, '.', 1) as source_table,
    split_part(entry, '.', 2) as attribute,
    3 + attribute_order as attribute_order
  from (
    select
      unnest(string_split(profile_attributes, ',')) as entry,
      generate_subscripts(string_split(profile_attributes, ','), 1) as attribute_order
    from settings
  )
  where entry <> ''
),

-- one row per counted move and per stayer, with the buurt it starts from and the buurt it ends in:
-- the attributes are a person's, so they are counted per pair of buurten first (a few hundred
-- thousand rows), and only those counts are spread over the layers' units
person_rows as (
  select
    moves.person_id,
    'move' as kind,
    moves.origin_buurt_code as from_buurt,
    moves.destination_buurt_code as to_buurt,
    moves.move_date as reference_date,
    year(moves.move_date) + settings.move_year_offset as income_year,
    moves.income_group,
    moves.household_kind
  from moves
  cross join settings
  union all
  select
    person_states.person_id,
    'stay',
    person_states.start_buurt,
    person_states.end_buurt,
    make_date(settings.stock_start_year, 1, 1),
    settings.stock_start_year + settings.stock_year_offset,
    person_states.start_group,
    person_states.start_household_kind
  from person_states
  cross join settings
  where person_states.start_buurt is not null
    and person_states.end_buurt is not null
    and person_states.start_group <> 'other'
),

with_persons as (
  select
    person_rows.*,
    persons.origin,
    year(person_rows.reference_date) - year(persons.birth_date)
      - case
          when persons.birth_date + to_years(year(person_rows.reference_date) - year(persons.birth_date))
            > person_rows.reference_date then 1
          else 0
        end as age
  from person_rows
  left join persons on persons.person_id = person_rows.person_id
),

-- per pair of buurten the persons with each combination of the three attributes every study has
-- (one row where three unpivoted rows would be; unpivoted after counting, in long_counts), and
-- per extra attribute of profiles.attributes its values (attribute is null on the first kind)
pair_values as (
  select
    with_persons.kind, with_persons.from_buurt, with_persons.to_buurt, with_persons.income_group,
    coalesce(age_classes.label, 'missing') as age_class,
    coalesce(age_classes.class_order, 1000) as age_order,
    coalesce(with_persons.origin, 'missing') as origin,
    coalesce(with_persons.household_kind, 'missing') as household_kind,
    cast(null as string) as attribute,
    cast(null as integer) as attribute_order,
    cast(null as string) as value,
    cast(null as integer) as value_order,
    count(*) as persons
  from with_persons
  left join age_classes
    on with_persons.age >= age_classes.lower_bound
    and (age_classes.next_bound is null or with_persons.age < age_classes.next_bound)
  group by all
  union all
  select
    person_rows.kind, person_rows.from_buurt, person_rows.to_buurt, person_rows.income_group,
    null, null, null, null,
    extra_attributes.attribute, extra_attributes.attribute_order,
    coalesce(attribute_values.value, 'missing'),
    case when attribute_values.value is null then 1000 else 500 end,
    count(*)
  from person_rows
  cross join extra_attributes
  left join attribute_values
    on attribute_values.source_table = extra_attributes.source_table
    and attribute_values.attribute = extra_attributes.attribute
    and attribute_values.person_id = person_rows.person_id
    and (extra_attributes.source_table = 'persons' or attribute_values.year = person_rows.income_year)
  group by all
),

-- the units of both buurten of each pair that occurs, per layer: found for the distinct pairs (a
-- few hundred thousand) in two materialized steps, so that no plan joins the units of all buurten
-- to those of all others (millions of pairs of buurten)
pairs as materialized (
  select distinct from_buurt, to_buurt from pair_values
),

pair_from as materialized (
  select pairs.from_buurt, pairs.to_buurt, from_units.layer, from_units.unit as from_unit
  from pairs
  join buurt_units as from_units on from_units.buurt_code = pairs.from_buurt
),

pair_units as materialized (
  select pair_from.*, to_units.unit as to_unit
  from pair_from
  join buurt_units as to_units
    on to_units.buurt_code = pair_from.to_buurt and to_units.layer = pair_from.layer
),

spread as (
  select pair_values.*, pair_units.layer, pair_units.from_unit, pair_units.to_unit
  from pair_values
  join pair_units
    on pair_units.from_buurt = pair_values.from_buurt and pair_units.to_buurt = pair_values.to_buurt
),

flows as (
  select 'in_movers' as flow, 1 as flow_order, 'move' as kind
  union all
  select 'out_movers', 2, 'move'
  union all
  select 'stayers', 3, 'stay'
),

-- a move counts in the units it leaves and enters, of every layer in which the two differ; a stayer
-- in the unit of every layer in which both buurten lie in the same one
counted as (
  select
    spread.layer,
    case when flows.flow = 'out_movers' then spread.from_unit else spread.to_unit end as unit,
    flows.flow, flows.flow_order, spread.income_group,
    spread.age_class, spread.age_order, spread.origin, spread.household_kind,
    spread.attribute, spread.attribute_order, spread.value, spread.value_order, spread.persons
  from spread
  join flows on flows.kind = spread.kind
  where (spread.kind = 'move') = (spread.from_unit <> spread.to_unit)
),

unit_counts as (
  select
    layer, unit, flow, flow_order, income_group,
    age_class, age_order, origin, household_kind, attribute, attribute_order, value, value_order,
    sum(persons) as persons
  from counted
  group by all
),

-- the three attributes every study has, unpivoted now that they are counted per unit
long_counts as (
  select
    layer, unit, flow, flow_order, income_group,
    'age_class' as attribute, 1 as attribute_order, age_class as value, age_order as value_order,
    persons
  from unit_counts
  where attribute is null
  union all
  select
    layer, unit, flow, flow_order, income_group,
    'origin', 2, origin,
    case origin when 'nl' then 1 when 'western' then 2 when 'non_western' then 3
      when 'unknown' then 4 else 1000 end,
    persons
  from unit_counts
  where attribute is null
  union all
  select
    layer, unit, flow, flow_order, income_group,
    'household_kind', 3, household_kind,
    case household_kind when 'private' then 1 when 'institutional' then 2 else 1000 end,
    persons
  from unit_counts
  where attribute is null
  union all
  select
    layer, unit, flow, flow_order, income_group, attribute, attribute_order, value, value_order,
    persons
  from unit_counts
  where attribute is not null
),

grouped as (
  select
    units.layer,
    units.layer_order,
    units.unit,
    units.unit_name,
    long_counts.flow,
    long_counts.flow_order,
    long_counts.attribute,
    long_counts.attribute_order,
    long_counts.value,
    long_counts.value_order,
    mover_groups.income_group,
    mover_groups.group_order,
    sum(long_counts.persons) as persons
  from long_counts
  join units on units.layer = long_counts.layer and units.unit = long_counts.unit
  join mover_groups on list_contains(mover_groups.members, long_counts.income_group)
  group by all
),

final as (
  select
    layer,
    unit,
    unit_name,
    flow,
    attribute,
    value,
    income_group as "group",
    persons,
    cast(null as decimal(18, 2)) as share_pct,
    row_number() over (
      order by layer_order, unit, flow_order, attribute_order, value_order, value, group_order
    ) as row_order
  from grouped
)

select * from final;
