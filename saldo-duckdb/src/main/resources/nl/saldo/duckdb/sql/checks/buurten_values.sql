-- Cell-level faults of buurten: required codes, oad a number.
insert into faults
-- One scan of the file's rows keeps the few suspect ones; the checks below read only those.
with raw as materialized (
  select *
  from raw_buurten
  where clean(buurt_code) is null or clean(gemeente_code) is null
    or (clean(oad) is not null and plain_number(oad) is null)
),

missing as (
  select 'buurt_code' as column_name, row_nr, buurt_code as value from raw where clean(buurt_code) is null
  union all
  select 'gemeente_code', row_nr, gemeente_code from raw where clean(gemeente_code) is null
),

bad_numbers as (
  select row_nr, oad as value from raw where clean(oad) is not null and plain_number(oad) is null
),

final as (
  select 'buurten', 'missing_value', column_name, row_nr, value, null, null from missing
  union all
  select 'buurten', 'bad_number', 'oad', row_nr, value, null, null from bad_numbers
)

select * from final;
