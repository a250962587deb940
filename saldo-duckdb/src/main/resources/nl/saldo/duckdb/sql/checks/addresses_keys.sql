-- Key faults of addresses: address_id unique, buurt_code known.
-- Import CTEs are not materialized: each check reads the table itself, with no copy of it.
-- A CSV's row is the table's rowid + 1 (row_nr is null: the rows were read in order).
insert into faults
with addresses as not materialized (
  select * replace (coalesce(row_nr, rowid + 1) as row_nr) from addresses
),

buurten as not materialized (
  select buurt_code from buurten
),

duplicate_keys as (
  select address_id from addresses group by address_id having count(*) > 1
),

duplicates as (
  select addresses.row_nr, addresses.address_id
  from addresses
  semi join duplicate_keys using (address_id)
),

unknown_buurten as (
  select addresses.row_nr, addresses.buurt_code
  from addresses
  anti join buurten on buurten.buurt_code = addresses.buurt_code
),

final as (
  select 'addresses', 'duplicate_key', 'address_id', row_nr, address_id, null, null from duplicates
  union all
  select 'addresses', 'unknown_buurt', 'buurt_code', row_nr, buurt_code, null, null from unknown_buurten
)

select * from final;
