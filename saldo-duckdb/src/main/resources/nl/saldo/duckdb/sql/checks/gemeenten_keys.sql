-- Key faults of gemeenten: gemeente_code unique; no unit may be called rest (METHOD.md §9).
-- Import CTEs are not materialized: each check reads the table itself, with no copy of it.
insert into faults
with gemeenten as not materialized (
  select * from gemeenten
),

duplicate_keys as (
  select gemeente_code from gemeenten group by gemeente_code having count(*) > 1
),

duplicates as (
  select gemeenten.row_nr, gemeenten.gemeente_code
  from gemeenten
  semi join duplicate_keys using (gemeente_code)
),

unit_codes as (
  select row_nr, 'gemeente_code' as column_name, gemeente_code as value from gemeenten
  union all
  select row_nr, 'province', province from gemeenten
  union all
  select row_nr, 'region', region from gemeenten
  union all
  select row_nr, 'area_type', area_type from gemeenten
),

reserved as (
  select row_nr, column_name, value from unit_codes where lower(value) = 'rest'
),

final as (
  select 'gemeenten', 'duplicate_key', 'gemeente_code', row_nr, gemeente_code, null, null from duplicates
  union all
  select 'gemeenten', 'reserved_unit', column_name, row_nr, value, null, null from reserved
)

select * from final;
