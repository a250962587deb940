-- Cell-level faults of persons: required values, dates, the origin set.
insert into faults
-- One scan of the file's rows keeps the few suspect ones; the checks below read only those.
with raw as materialized (
  select *
  from raw_persons
  where clean(person_id) is null or clean(origin) is null
    or (clean(birth_date) is not null and iso_date(birth_date) is null)
    or (clean(register_entry_date) is not null and iso_date(register_entry_date) is null)
    or set_value(origin) not in ('nl', 'western', 'non_western', 'unknown')
),

missing as (
  select 'person_id' as column_name, row_nr, person_id as value from raw where clean(person_id) is null
  union all
  select 'origin', row_nr, origin from raw where clean(origin) is null
),

bad_dates as (
  select 'birth_date' as column_name, row_nr, birth_date as value
  from raw where clean(birth_date) is not null and iso_date(birth_date) is null
  union all
  select 'register_entry_date', row_nr, register_entry_date
  from raw where clean(register_entry_date) is not null and iso_date(register_entry_date) is null
),

outside_set as (
  select 'origin' as column_name, row_nr, origin as value
  from raw
  where clean(origin) is not null
    and set_value(origin) not in ('nl', 'western', 'non_western', 'unknown')
),

final as (
  select 'persons', 'missing_value', column_name, row_nr, value, null, null from missing
  union all
  select 'persons', 'bad_date', column_name, row_nr, value, null, null from bad_dates
  union all
  select 'persons', 'outside_set', column_name, row_nr, value, null, null from outside_set
)

select * from final;
