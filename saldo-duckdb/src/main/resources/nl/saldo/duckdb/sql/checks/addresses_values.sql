-- Cell-level faults of addresses: required values.
insert into faults
with raw as (
  select * from raw_addresses
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
