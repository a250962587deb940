-- segregation.csv (METHOD.md §13): dissimilarity D of lower vs higher incomes (incl. students),
-- mutual information M of the four groups (natural log), Theil's H = M / E, and for buurten M's
-- decomposition over gemeenten and area types (M = M_between_K + M_within_K, M_within_K =
-- Σ p_k M_k). Sums over units and groups of unrounded counts; 4 decimals; empty when fewer than 3
-- units of the scope hold at least min_denominator persons of the four groups at that moment.
create or replace table segregation_mart as
with counts as (
  select * from segregation_counts
),

buurten as (
  select * from buurten
),

gemeenten as (
  select * from gemeenten
),

settings as (
  select * from settings
),

study_buurten as (
  select buurten.buurt_code, gemeenten.gemeente_code, gemeenten.area_type
  from buurten
  join gemeenten on gemeenten.gemeente_code = buurten.gemeente_code
),

scopes as (
  select distinct 'buurt' as layer, 1 as layer_order, 'study' as within, 1 as within_order
  from study_buurten
  union all
  select distinct 'buurt', 1, 'area_type=' || area_type, 2 from study_buurten
  union all
  select distinct 'buurt', 1, 'gemeente=' || gemeente_code, 3 from study_buurten
  union all
  select distinct 'gemeente', 2, 'study', 1 from study_buurten
  union all
  select distinct 'gemeente', 2, 'area_type=' || area_type, 2 from study_buurten
),

moments(moment, moment_order) as (
  values ('start', 1), ('end', 2), ('end_without_moves', 3)
),

-- which index is published in which scope: the decomposition over K only for buurten, and only
-- where the scope is coarser than K
indices(split, index, index_order, for_layer, for_within_order) as (
  values
    ('lower_vs_higher', 'D', 1, null, null),
    ('four_groups', 'M', 2, null, null),
    ('four_groups', 'H', 3, null, null),
    ('four_groups', 'M_between_gemeente', 4, 'buurt', 2),
    ('four_groups', 'M_within_gemeente', 5, 'buurt', 2),
    ('four_groups', 'M_between_area_type', 6, 'buurt', 1),
    ('four_groups', 'M_within_area_type', 7, 'buurt', 1)
),

unit_totals as (
  select
    layer,
    within,
    moment,
    unit,
    sum(persons) as persons,
    coalesce(sum(persons) filter (where income_group in ('lt101', '101_150')), 0) as lower,
    coalesce(sum(persons) filter (where income_group in ('ge150', 'student')), 0) as higher
  from counts
  group by all
),

scope_totals as (
  select
    unit_totals.layer,
    unit_totals.within,
    unit_totals.moment,
    sum(unit_totals.lower) as lower,
    sum(unit_totals.higher) as higher,
    count(*) filter (where unit_totals.persons >= settings.min_denominator) as units_enough
  from unit_totals
  cross join settings
  group by all
),

dissimilarity as (
  select
    unit_totals.layer,
    unit_totals.within,
    unit_totals.moment,
    'D' as index,
    case
      when scope_totals.lower > 0 and scope_totals.higher > 0
        then 0.5 * sum(abs(
          unit_totals.lower / scope_totals.lower - unit_totals.higher / scope_totals.higher))
    end as value
  from unit_totals
  join scope_totals using (layer, within, moment)
  group by unit_totals.layer, unit_totals.within, unit_totals.moment, scope_totals.lower,
    scope_totals.higher
),

-- the cells M is computed on: part = the unit of K inside which M_k is computed ('' for all)
information_cells as (
  select layer, within, moment, 'M' as index, '' as part, unit, income_group, persons
  from counts
  union all
  select layer, within, moment, 'M_between_gemeente', '', gemeente_code, income_group, persons
  from counts where layer = 'buurt'
  union all
  select layer, within, moment, 'M_within_gemeente', gemeente_code, unit, income_group, persons
  from counts where layer = 'buurt'
  union all
  select layer, within, moment, 'M_between_area_type', '', area_type, income_group, persons
  from counts where layer = 'buurt'
  union all
  select layer, within, moment, 'M_within_area_type', area_type, unit, income_group, persons
  from counts where layer = 'buurt'
),

cells as (
  select layer, within, moment, index, part, unit, income_group, sum(persons) as persons
  from information_cells
  group by all
),

cell_margins as (
  select
    cells.*,
    sum(cells.persons) over (partition by layer, within, moment, index, part, unit) as unit_persons,
    sum(cells.persons) over (partition by layer, within, moment, index, part, income_group)
      as group_persons,
    sum(cells.persons) over (partition by layer, within, moment, index, part) as part_persons,
    sum(cells.persons) over (partition by layer, within, moment, index) as scope_persons
  from cells
),

information as (
  select
    layer,
    within,
    moment,
    index,
    sum(
      persons / scope_persons
        * ln(persons * part_persons / (unit_persons * group_persons))) as value
  from cell_margins
  where persons > 0
  group by all
),

entropy as (
  select
    layer,
    within,
    moment,
    -sum(group_persons / scope_persons * ln(group_persons / scope_persons)) as value
  from (
    select distinct layer, within, moment, income_group, group_persons, scope_persons
    from cell_margins
    where index = 'M' and group_persons > 0
  )
  group by all
),

theil as (
  select information.layer, information.within, information.moment, 'H' as index,
    case when entropy.value > 0 then information.value / entropy.value end as value
  from information
  join entropy using (layer, within, moment)
  where information.index = 'M'
),

values_computed as (
  select layer, within, moment, index, value from dissimilarity
  union all
  select layer, within, moment, index, value from information
  union all
  select layer, within, moment, index, value from theil
),

final as (
  select
    scopes.layer,
    scopes.within,
    indices.split,
    indices.index,
    moments.moment,
    case
      when coalesce(scope_totals.units_enough, 0) >= 3
        then cast(round(values_computed.value, 4) as decimal(18, 4))
    end as value,
    values_computed.value as exact_value,
    row_number() over (
      order by scopes.layer_order, scopes.within_order, scopes.within, indices.index_order,
        moments.moment_order) as row_order
  from scopes
  cross join moments
  join indices
    on (indices.for_layer is null or indices.for_layer = scopes.layer)
    and (indices.for_within_order is null or scopes.within_order <= indices.for_within_order)
  left join scope_totals
    on scope_totals.layer = scopes.layer
    and scope_totals.within = scopes.within
    and scope_totals.moment = moments.moment
  left join values_computed
    on values_computed.layer = scopes.layer
    and values_computed.within = scopes.within
    and values_computed.moment = moments.moment
    and values_computed.index = indices.index
)

select * from final;
