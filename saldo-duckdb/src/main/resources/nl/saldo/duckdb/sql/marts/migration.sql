-- migration.csv (METHOD.md §5, §6, §8): per layer × unit × group in-movers, out-movers and net.
-- Disclosure control rounds them and computes from the rounded counts the net in % per year of
-- the group's start stock, the share of the stock change explained and the effect (§7).
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
    -- The figures of §6 are computed by disclosure control from the counts it publishes (§7).
    cast(null as decimal(18, 2)) as net_pct_per_year,
    cast(null as decimal(18, 2)) as net_share_of_change_pct,
    cast(null as varchar) as effect,
    row_number() over (
      order by with_stocks.layer_order, with_stocks.unit, with_stocks.group_order) as row_order
  from with_stocks
)

select * from final;
