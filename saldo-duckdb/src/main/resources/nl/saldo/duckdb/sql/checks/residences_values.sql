-- Cell-level faults of residences: required values and dates.
insert into faults
-- One scan of the file's rows keeps the few suspect ones; the checks below read only those.
with raw as materialized (
  select *
  from raw_residences
  where clean(person_id) is null or clean(address_id) is null or clean(start_date) is null
    or iso_date(start_date) is null
    or (clean(end_date) is not null and iso_date(end_date) is null)
),

missing as (
  select 'person_id' as column_name, row_nr, person_id as value from raw where clean(person_id) is null
  union all
  select 'address_id', row_nr, address_id from raw where clean(address_id) is null
  union all
  select 'start_date', row_nr, start_date from raw where clean(start_date) is null
),

bad_dates as (
  select 'start_date' as column_name, row_nr, start_date as value
  from raw where clean(start_date) is not null and iso_date(start_date) is null
  union all
  select 'end_date', row_nr, end_date
  from raw where clean(end_date) is not null and iso_date(end_date) is null
),

final as (
  select 'residences', 'missing_value', column_name, row_nr, value, null, null from missing
  union all
  select 'residences', 'bad_date', column_name, row_nr, value, null, null from bad_dates
)

select * from final;
