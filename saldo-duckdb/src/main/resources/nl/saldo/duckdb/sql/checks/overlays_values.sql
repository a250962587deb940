-- Cell-level faults of overlays: buurt_code required.
insert into faults
with raw as (
  select * from raw_overlays
),

final as (
  select 'overlay:' || overlay, 'missing_value', 'buurt_code', row_nr, buurt_code, null, null
  from raw
  where clean(buurt_code) is null
)

select * from final;
