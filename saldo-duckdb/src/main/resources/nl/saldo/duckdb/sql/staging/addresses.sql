-- addresses, typed.
create or replace table addresses as
with raw as (
  select * from raw_addresses
),

final as (
  select
    row_nr,
    clean(address_id) as address_id,
    clean(buurt_code) as buurt_code
  from raw
)

select * from final;
