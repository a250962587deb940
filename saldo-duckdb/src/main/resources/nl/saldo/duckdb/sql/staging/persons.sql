-- persons, typed: trimmed ids, dates, origin lower case (staging/persons_read.sql); row_nr the
-- file's row, or the reader's own row number where it has one.
create or replace table persons as
with read as (
  select rowid + 1 as position, * from persons_read
),

final as (
  select
    coalesce(row_nr, position) as row_nr,
    person_id,
    birth_date,
    origin,
    register_entry_date
  from read
)

select * from final;
