-- Cell-level faults of gemeenten: every column required (METHOD.md §9).
insert into faults
with raw as (
  select * from raw_gemeenten
),

missing as (
  select 'gemeente_code' as column_name, row_nr, gemeente_code as value from raw where clean(gemeente_code) is null
  union all
  select 'gemeente_name', row_nr, gemeente_name from raw where clean(gemeente_name) is null
  union all
  select 'province', row_nr, province from raw where clean(province) is null
  union all
  select 'region', row_nr, region from raw where clean(region) is null
  union all
  select 'area_type', row_nr, area_type from raw where clean(area_type) is null
),

final as (
  select 'gemeenten', 'missing_value', column_name, row_nr, value, null, null from missing
)

select * from final;
