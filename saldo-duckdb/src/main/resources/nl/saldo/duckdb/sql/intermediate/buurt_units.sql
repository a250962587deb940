-- Classify areas: every buurt of the country mapped to one unit in every layer (METHOD.md §2).
-- A buurt whose municipality is not in the study area is `rest` in every layer; so is a buurt of
-- an overlay whose municipality is outside the study area (§9).
create or replace table buurt_units as
with buurten as (
  select buurt_code, gemeente_code, oad from buurten
),

gemeenten as (
  select * from gemeenten
),

settings as (
  select * from settings
),

layers as (
  select * from layers_enabled
),

urbanity_classes(urbanity_class, class_name) as (
  values
    (1, 'zeer sterk stedelijk'),
    (2, 'sterk stedelijk'),
    (3, 'matig stedelijk'),
    (4, 'weinig stedelijk'),
    (5, 'niet stedelijk')
),

located as (
  select
    buurten.buurt_code,
    gemeenten.gemeente_code is not null as in_study,
    gemeenten.gemeente_code,
    gemeenten.gemeente_name,
    gemeenten.province,
    gemeenten.region,
    gemeenten.area_type,
    case
      when buurten.oad >= settings.urbanity_bound_4 then 1
      when buurten.oad >= settings.urbanity_bound_3 then 2
      when buurten.oad >= settings.urbanity_bound_2 then 3
      when buurten.oad >= settings.urbanity_bound_1 then 4
      else 5
    end as urbanity_class,
    settings.study_name
  from buurten
  left join gemeenten on gemeenten.gemeente_code = buurten.gemeente_code
  cross join settings
),

overlay_members as (
  select distinct overlay, buurt_code from overlays
),

built_in as (
  select 'gemeente' as layer, buurt_code, in_study, gemeente_code as unit, gemeente_name as unit_name
  from located
  union all
  select 'region', buurt_code, in_study, region, region from located
  union all
  select 'area_type', buurt_code, in_study, area_type, area_type from located
  union all
  select 'province', buurt_code, in_study, province, province from located
  union all
  select 'study', buurt_code, in_study, 'study', study_name from located
  union all
  select
    'urbanity',
    located.buurt_code,
    in_study,
    area_type || '|' || located.urbanity_class,
    area_type || ' ' || urbanity_classes.class_name
  from located
  join urbanity_classes on urbanity_classes.urbanity_class = located.urbanity_class
),

overlaid as (
  select
    layers.layer,
    located.buurt_code,
    located.in_study and overlay_members.buurt_code is not null as in_unit,
    layers.layer as unit,
    layers.layer as unit_name
  from located
  cross join layers
  left join overlay_members
    on overlay_members.overlay = layers.layer and overlay_members.buurt_code = located.buurt_code
  where layers.is_overlay
),

final as (
  select
    built_in.layer,
    layers.layer_order,
    built_in.buurt_code,
    case when built_in.in_study then built_in.unit else 'rest' end as unit,
    case when built_in.in_study then built_in.unit_name else 'rest' end as unit_name
  from built_in
  join layers on layers.layer = built_in.layer
  union all
  select
    overlaid.layer,
    layers.layer_order,
    overlaid.buurt_code,
    case when overlaid.in_unit then overlaid.unit else 'rest' end,
    case when overlaid.in_unit then overlaid.unit_name else 'rest' end
  from overlaid
  join layers on layers.layer = overlaid.layer
)

select * from final;
