-- persons, typed: trimmed ids, dates, origin lower case.
-- Cell values were checked (checks/*_values.sql), so plain casts suffice here.
create or replace table persons as
with raw as (
  select * from raw_persons
),

final as (
  select
    row_nr,
    clean(person_id) as person_id,
    cast(clean(birth_date) as date) as birth_date,
    lower(trim(origin)) as origin,
    cast(clean(register_entry_date) as date) as register_entry_date
  from raw
)

select * from final;
