-- Segregation counts (METHOD.md §13): persons of the four groups per unit and moment, in every
-- scope an index is computed in. Units are the study's buurten (layer buurt) or gemeenten (layer
-- gemeente); a scope (`within`) is the whole study area or one unit of a coarser layer:
-- `area_type=krimp` for both layers, `gemeente=GM0001` for buurten. Moments: start, end, and
-- end_without_moves (a person present at both dates counted in the start buurt with the end group;
-- persons born or arrived where they are at the end; persons who left are not counted).
create or replace table segregation_counts as
with person_states as (
  select * from person_states
),

buurten as (
  select * from buurten
),

gemeenten as (
  select * from gemeenten
),

study_buurten as (
  select buurten.buurt_code, gemeenten.gemeente_code, gemeenten.area_type
  from buurten
  join gemeenten on gemeenten.gemeente_code = buurten.gemeente_code
),

placed as (
  select 'start' as moment, 1 as moment_order, start_buurt as buurt_code, start_group as income_group
  from person_states where start_buurt is not null
  union all
  select 'end', 2, end_buurt, end_group
  from person_states where end_buurt is not null
  union all
  select 'end_without_moves', 3, coalesce(start_buurt, end_buurt), end_group
  from person_states where end_buurt is not null
),

per_buurt as (
  select moment, moment_order, buurt_code, income_group, count(*) as persons
  from placed
  where income_group in ('lt101', '101_150', 'ge150', 'student')
  group by all
),

located as (
  select
    per_buurt.moment,
    per_buurt.moment_order,
    study_buurten.buurt_code,
    study_buurten.gemeente_code,
    study_buurten.area_type,
    per_buurt.income_group,
    per_buurt.persons
  from per_buurt
  join study_buurten on study_buurten.buurt_code = per_buurt.buurt_code
),

scoped as (
  select 'buurt' as layer, 1 as layer_order, 'study' as within, 1 as within_order, buurt_code as unit, *
  from located
  union all
  select 'buurt', 1, 'area_type=' || area_type, 2, buurt_code, * from located
  union all
  select 'buurt', 1, 'gemeente=' || gemeente_code, 3, buurt_code, * from located
  union all
  select 'gemeente', 2, 'study', 1, gemeente_code, * from located
  union all
  select 'gemeente', 2, 'area_type=' || area_type, 2, gemeente_code, * from located
),

final as (
  select
    layer,
    layer_order,
    within,
    within_order,
    moment,
    moment_order,
    unit,
    gemeente_code,
    area_type,
    income_group,
    sum(persons) as persons
  from scoped
  group by all
)

select * from final;
