-- stocks.csv (METHOD.md §6, §8): per layer × unit × group the stocks at both dates and the change.
-- Disclosure control rounds the counts and computes the shares and rates from the rounded ones (§7).
create or replace table stocks_mart as
with units as (
  select * from units
),

stock_counts as (
  select * from stock_counts
),

income_groups as (
  select * from income_groups
),

all_groups as (
  select
    units.layer,
    units.layer_order,
    units.unit,
    units.unit_name,
    income_groups.income_group,
    income_groups.group_order,
    coalesce(sum(stock_counts.pop_start), 0) as pop_start,
    coalesce(sum(stock_counts.pop_end), 0) as pop_end
  from units
  cross join income_groups
  left join stock_counts
    on stock_counts.layer = units.layer
    and stock_counts.unit = units.unit
    and list_contains(income_groups.members, stock_counts.income_group)
  group by all
),

final as (
  select
    all_groups.layer,
    all_groups.unit,
    all_groups.unit_name,
    all_groups.income_group as "group",
    all_groups.pop_start,
    all_groups.pop_end,
    all_groups.pop_end - all_groups.pop_start as change,
    -- The figures of §6 are computed by disclosure control from the counts it publishes (§7).
    cast(null as decimal(18, 2)) as change_pct_per_year,
    cast(null as decimal(18, 2)) as share_start_pct,
    cast(null as decimal(18, 2)) as share_end_pct,
    cast(null as decimal(18, 2)) as share_change_pp,
    row_number() over (
      order by all_groups.layer_order, all_groups.unit, all_groups.group_order) as row_order
  from all_groups
)

select * from final;
