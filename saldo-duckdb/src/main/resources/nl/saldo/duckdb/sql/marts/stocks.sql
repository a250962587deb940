-- stocks.csv (METHOD.md §6, §8): per layer × unit × group the stocks at both dates, the change and
-- the shares, every percentage from unrounded counts; rounding of counts happens in disclosure.
create or replace table stocks_mart as
with units as (
  select * from units
),

stock_counts as (
  select * from stock_counts
),

settings as (
  select * from settings
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

with_totals as (
  select
    all_groups.*,
    totals.pop_start as total_start,
    totals.pop_end as total_end
  from all_groups
  join all_groups as totals
    on totals.layer = all_groups.layer
    and totals.unit = all_groups.unit
    and totals.income_group = 'total'
),

final as (
  select
    with_totals.layer,
    with_totals.unit,
    with_totals.unit_name,
    with_totals.income_group as "group",
    with_totals.pop_start,
    with_totals.pop_end,
    with_totals.pop_end - with_totals.pop_start as change,
    published_percentage(
      with_totals.pop_end - with_totals.pop_start,
      with_totals.pop_start * settings.years_stock,
      with_totals.pop_start,
      settings.min_denominator) as change_pct_per_year,
    published_percentage(
      with_totals.pop_start, with_totals.total_start, with_totals.total_start, settings.min_denominator)
      as share_start_pct,
    published_percentage(
      with_totals.pop_end, with_totals.total_end, with_totals.total_end, settings.min_denominator)
      as share_end_pct,
    case
      when least(with_totals.total_start, with_totals.total_end) < settings.min_denominator then null
      when with_totals.total_start = 0 or with_totals.total_end = 0 then null
      else percentage(
        with_totals.pop_end * with_totals.total_start - with_totals.pop_start * with_totals.total_end,
        with_totals.total_start * with_totals.total_end)
    end as share_change_pp,
    row_number() over (
      order by with_totals.layer_order, with_totals.unit, with_totals.group_order) as row_order
  from with_totals
  cross join settings
)

select * from final;
