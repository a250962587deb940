-- addresses as read: typed in the one scan of the file, with a flag on every row that the cell
-- checks (checks/addresses_values.sql) might find fault with. Only a file with a flagged row is
-- read again as text and checked cell by cell, so the messages name the value as written. A CSV's
-- rows keep the order read (row_nr null: the row is rowid + 1, see checks/*_keys.sql).
create or replace table addresses_read as
with source as (
  select * from addresses_source
),

typed as (
  select
    row_nr,
    clean(address_id) as address_id,
    clean(buurt_code) as buurt_code
  from source
),

final as (
  select
    row_nr,
    address_id,
    buurt_code,
    address_id is null or buurt_code is null as input_fault
  from typed
)

select * from final;
