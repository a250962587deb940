-- incomes, typed: household_kind lower case, student a boolean, income_pct null when unknown
-- (staging/incomes_read.sql); row_nr the file's row, or the reader's own row number.
create or replace table incomes as
with read as (
  select rowid + 1 as position, * from incomes_read
),

final as (
  select
    coalesce(row_nr, position) as row_nr,
    person_id,
    year,
    household_kind,
    student,
    income_pct
  from read
)

select * from final;
