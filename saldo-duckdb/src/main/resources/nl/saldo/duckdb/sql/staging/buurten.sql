-- buurten, typed: every buurt of the country with its municipality and oad.
-- Cell values were checked (checks/*_values.sql), so plain casts suffice here.
create or replace table buurten as
with raw as (
  select * from raw_buurten
),

final as (
  select
    row_nr,
    clean(buurt_code) as buurt_code,
    clean(gemeente_code) as gemeente_code,
    cast(clean(oad) as double) as oad
  from raw
)

select * from final;
