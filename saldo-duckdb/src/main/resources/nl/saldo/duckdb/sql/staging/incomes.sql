-- incomes, typed: household_kind lower case, student a boolean, income_pct null when unknown.
-- Cell values were checked (checks/*_values.sql), so plain casts suffice here.
create or replace table incomes as
with raw as (
  select * from raw_incomes
),

final as (
  select
    row_nr,
    clean(person_id) as person_id,
    cast(trim(year) as integer) as year,
    lower(trim(household_kind)) as household_kind,
    yes_no(student) as student,
    cast(clean(income_pct) as double) as income_pct
  from raw
)

select * from final;
