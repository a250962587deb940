-- Key faults of overlays: each listed buurt known, and listed once per overlay.
-- Import CTEs are not materialized: each check reads the table itself, with no copy of it.
insert into faults
with overlays as not materialized (
  select * from overlays
),

buurten as not materialized (
  select buurt_code from buurten
),

duplicate_keys as (
  select overlay, buurt_code from overlays group by overlay, buurt_code having count(*) > 1
),

duplicates as (
  select overlays.row_nr, overlays.overlay, overlays.buurt_code
  from overlays
  semi join duplicate_keys using (overlay, buurt_code)
),

unknown_buurten as (
  select overlays.row_nr, overlays.overlay, overlays.buurt_code
  from overlays
  anti join buurten on buurten.buurt_code = overlays.buurt_code
),

final as (
  select 'overlay:' || overlay, 'duplicate_key', 'buurt_code', row_nr, buurt_code, null, null from duplicates
  union all
  select 'overlay:' || overlay, 'unknown_buurt', 'buurt_code', row_nr, buurt_code, null, null from unknown_buurten
)

select * from final;
