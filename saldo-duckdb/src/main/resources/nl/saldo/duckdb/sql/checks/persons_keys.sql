-- Key faults of persons: person_id unique.
insert into faults
with persons as (
  select * from persons
),

duplicates as (
  select row_nr, person_id
  from persons
  qualify count(*) over (partition by person_id) > 1
),

final as (
  select 'persons', 'duplicate_key', 'person_id', row_nr, person_id, null, null from duplicates
)

select * from final;
