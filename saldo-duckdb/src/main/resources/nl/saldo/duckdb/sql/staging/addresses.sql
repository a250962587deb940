-- addresses, typed (staging/addresses_read.sql); row_nr the file's row, or the reader's own row
-- number.
create or replace table addresses as
with read as (
  select rowid + 1 as position, * from addresses_read
),

final as (
  select
    coalesce(row_nr, position) as row_nr,
    address_id,
    buurt_code
  from read
)

select * from final;
