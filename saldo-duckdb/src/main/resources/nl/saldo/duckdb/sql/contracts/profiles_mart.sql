-- The profiles mart adds up: every attribute splits the same persons of a unit, flow and group;
-- the movers are the moves of migration.csv; derived groups are sums of their members.
with profiles as (
  select * from profiles_mart
),

migration as (
  select * from migration_mart
),

attribute_sums as (
  select layer, unit, flow, "group", attribute, sum(persons) as persons
  from profiles
  group by all
),

flow_sums as (
  select
    layer, unit, flow, "group",
    min(persons) as least,
    max(persons) as most,
    count(*) as attributes
  from attribute_sums
  group by all
),

movers as (
  select layer, unit, "group", flow, persons
  from attribute_sums
  where attribute = 'age_class' and flow in ('in_movers', 'out_movers')
),

expected as (
  select layer, unit, "group", 'in_movers' as flow, in_movers as persons from migration
  union all
  select layer, unit, "group", 'out_movers', out_movers from migration
),

group_sums as (
  select
    layer, unit, flow, attribute, value,
    sum(persons) filter (where "group" in ('lt101', '101_150', 'ge150', 'student')) as base,
    sum(persons) filter (where "group" = 'total') as total,
    sum(persons) filter (where "group" in ('lt101', '101_150')) as lower_parts,
    sum(persons) filter (where "group" = 'lower') as lower_sum
  from profiles
  group by all
)

select 'profiles keyed by layer, unit, flow, attribute, value, group' as contract,
  count(*) - count(distinct (layer, unit, flow, attribute, value, "group")) as violations
from profiles
union all
select 'every attribute splits the same persons', count(*)
from flow_sums
where least <> most
  or attributes <> 3 + (
    -- the entries of the comma-separated list, counted by its commas (the same in every dialect)
    select case
      when profile_attributes = '' then 0
      else length(profile_attributes) - length(replace(profile_attributes, ',', '')) + 1
    end
    from settings
  )
union all
select 'movers by age class = in_movers and out_movers of migration', count(*)
from expected
full join movers
  on movers.layer = expected.layer and movers.unit = expected.unit
  and movers."group" = expected."group" and movers.flow = expected.flow
where coalesce(movers.persons, 0) <> coalesce(expected.persons, 0)
union all
select 'the four groups sum to the total, lt101 + 101_150 = lower', count(*)
from group_sums
where coalesce(base, 0) <> coalesce(total, 0) or coalesce(lower_parts, 0) <> coalesce(lower_sum, 0)
union all
select 'no rest in profiles', count(*) from profiles where unit = 'rest';
