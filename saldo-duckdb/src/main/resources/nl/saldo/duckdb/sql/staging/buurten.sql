-- buurten, typed: every buurt of the country with its municipality and oad.
create or replace table buurten as
with raw as (
  select * from raw_buurten
),

final as (
  select
    row_nr,
    clean(buurt_code) as buurt_code,
    clean(gemeente_code) as gemeente_code,
    plain_number(oad) as oad
  from raw
)

select * from final;
