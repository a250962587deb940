-- municipalities.csv (issue #14): the study's municipalities that have buurten, with the units of
-- the coarser layers they belong to, so that published gemeente rows can be grouped by area type
-- (places that attract higher incomes). The study definition only: no counts.
create or replace table municipalities_mart as
with gemeenten as (
  select * from gemeenten
),

buurten as (
  select distinct gemeente_code from buurten
),

final as (
  select
    gemeenten.gemeente_code,
    gemeenten.gemeente_name,
    gemeenten.region,
    gemeenten.area_type,
    gemeenten.province,
    row_number() over (order by gemeenten.gemeente_code) as row_order
  from gemeenten
  join buurten on buurten.gemeente_code = gemeenten.gemeente_code
)

select * from final;
