-- Key faults of persons: person_id unique.
-- Import CTEs are not materialized: each check reads the table itself, with no copy of it.
-- A CSV's row is the table's rowid + 1 (row_nr is null: the rows were read in order).
insert into faults
with persons as not materialized (
  select * replace (coalesce(row_nr, rowid + 1) as row_nr) from persons
),

duplicate_keys as (
  select person_id from persons group by person_id having count(*) > 1
),

duplicates as (
  select persons.row_nr, persons.person_id
  from persons
  semi join duplicate_keys using (person_id)
),

final as (
  select 'persons', 'duplicate_key', 'person_id', row_nr, person_id, null, null from duplicates
)

select * from final;
