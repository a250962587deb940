-- gemeenten, typed: the municipalities of the study area with region and area type.
create or replace table gemeenten as
with raw as (
  select * from raw_gemeenten
),

final as (
  select
    row_nr,
    clean(gemeente_code) as gemeente_code,
    clean(gemeente_name) as gemeente_name,
    clean(province) as province,
    clean(region) as region,
    clean(area_type) as area_type
  from raw
)

select * from final;
