-- The income years the study reads (METHOD.md §3): the years of the two stock dates + the stock
-- offset (for_stocks), and every year of the move window + the move offset. incomes_grouped groups
-- only these years, person_states joins only those for the stocks, and the books count the income
-- rows of any other year as outside_study_years.
-- A view over settings, so it follows every change of them (saldo monitor moves the window).
-- A semi join on its few rows is a hash join: the filter it replaces, a cross join with settings,
-- ran as a nested-loop join over every income row (nationally 166.7 M rows, once per reader).
create or replace view income_years as
with settings as (
  select * from settings
),

years as (
  select stock_start_year + stock_year_offset as year from settings
  union
  select stock_end_year + stock_year_offset from settings
  union
  select unnest(generate_series(
      year(window_start) + move_year_offset, year(window_end) + move_year_offset))
  from settings
),

final as (
  select
    cast(years.year as integer) as year,
    years.year in (
      settings.stock_start_year + settings.stock_year_offset,
      settings.stock_end_year + settings.stock_year_offset) as for_stocks
  from years
  cross join settings
)

select * from final;
