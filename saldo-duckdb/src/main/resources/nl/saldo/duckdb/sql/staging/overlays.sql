-- overlays, typed: named sets of buurten.
create or replace table overlays as
with raw as (
  select * from raw_overlays
),

final as (
  select
    row_nr,
    overlay,
    clean(buurt_code) as buurt_code
  from raw
)

select * from final;
