-- residences, typed: one row per address spell; end_date exclusive, null = still there.
-- Cell values were checked (checks/*_values.sql), so plain casts suffice here.
create or replace table residences as
with raw as (
  select * from raw_residences
),

final as (
  select
    row_nr,
    clean(person_id) as person_id,
    clean(address_id) as address_id,
    cast(clean(start_date) as date) as start_date,
    cast(clean(end_date) as date) as end_date
  from raw
)

select * from final;
