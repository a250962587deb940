-- residences, typed: one row per address spell; end_date exclusive, null = still there
-- (staging/residences_read.sql); row_nr the file's row, or the reader's own row number.
create or replace table residences as
with read as (
  select rowid + 1 as position, * from residences_read
),

final as (
  select
    coalesce(row_nr, position) as row_nr,
    person_id,
    address_id,
    start_date,
    end_date
  from read
)

select * from final;
