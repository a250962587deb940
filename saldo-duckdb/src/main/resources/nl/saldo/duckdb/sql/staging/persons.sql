-- persons, typed: trimmed ids, dates, origin lower case.
create or replace table persons as
with raw as (
  select * from raw_persons
),

final as (
  select
    row_nr,
    clean(person_id) as person_id,
    iso_date(birth_date) as birth_date,
    set_value(origin) as origin,
    iso_date(register_entry_date) as register_entry_date
  from raw
)

select * from final;
