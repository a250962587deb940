-- migration.csv (METHOD.md §5, §6, §8): per layer × unit × group in-movers, out-movers and net,
-- net in % per year of the group's start stock, the share of the stock change explained and
-- whether moves strengthen (versterkend) or dampen (dempend) the change.
create or replace table migration_mart as
with units as (
  select * from units
),

flow_counts as (
  select * from flow_counts
),

stocks as (
  select layer, unit, "group" as income_group, pop_start, change from stocks_mart
),

settings as (
  select * from settings
),

income_groups as (
  select * from income_groups where for_movers
),

all_groups as (
  select
    units.layer,
    units.layer_order,
    units.unit,
    units.unit_name,
    income_groups.income_group,
    income_groups.group_order,
    coalesce(sum(flow_counts.in_movers), 0) as in_movers,
    coalesce(sum(flow_counts.out_movers), 0) as out_movers
  from units
  cross join income_groups
  left join flow_counts
    on flow_counts.layer = units.layer
    and flow_counts.unit = units.unit
    and list_contains(income_groups.members, flow_counts.income_group)
  group by all
),

with_stocks as (
  select
    all_groups.*,
    all_groups.in_movers - all_groups.out_movers as net,
    stocks.pop_start,
    stocks.change
  from all_groups
  join stocks
    on stocks.layer = all_groups.layer
    and stocks.unit = all_groups.unit
    and stocks.income_group = all_groups.income_group
),

final as (
  select
    with_stocks.layer,
    with_stocks.unit,
    with_stocks.unit_name,
    with_stocks.income_group as "group",
    with_stocks.in_movers,
    with_stocks.out_movers,
    with_stocks.net,
    published_percentage(
      with_stocks.net,
      with_stocks.pop_start * settings.years_moves,
      with_stocks.pop_start,
      settings.min_denominator) as net_pct_per_year,
    published_percentage(
      with_stocks.net, with_stocks.change, with_stocks.change, settings.min_denominator)
      as net_share_of_change_pct,
    case
      when with_stocks.net = 0 or with_stocks.change = 0 then null
      when sign(with_stocks.net) = sign(with_stocks.change) then 'versterkend'
      else 'dempend'
    end as effect,
    row_number() over (
      order by with_stocks.layer_order, with_stocks.unit, with_stocks.group_order) as row_order
  from with_stocks
  cross join settings
)

select * from final;
