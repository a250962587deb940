-- Cell-level faults of addresses: required values.
insert into faults
-- One scan of the file's rows keeps the few suspect ones; the checks below read only those.
with raw as materialized (
  select *
  from raw_addresses
  where clean(address_id) is null or clean(buurt_code) is null
),

missing as (
  select 'address_id' as column_name, row_nr, address_id as value from raw where clean(address_id) is null
  union all
  select 'buurt_code', row_nr, buurt_code from raw where clean(buurt_code) is null
),

final as (
  select 'addresses', 'missing_value', column_name, row_nr, value, null, null from missing
)

select * from final;
