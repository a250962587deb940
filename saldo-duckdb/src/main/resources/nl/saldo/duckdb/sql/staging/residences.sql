-- residences, typed: one row per address spell; end_date exclusive, null = still there.
create or replace table residences as
with raw as (
  select * from raw_residences
),

final as (
  select
    row_nr,
    clean(person_id) as person_id,
    clean(address_id) as address_id,
    iso_date(start_date) as start_date,
    iso_date(end_date) as end_date
  from raw
)

select * from final;
