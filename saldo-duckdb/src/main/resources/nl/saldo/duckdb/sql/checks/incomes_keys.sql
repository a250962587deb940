-- Key faults of incomes: one row per person and year, persons known.
insert into faults
with incomes as (
  select * from incomes
),

persons as (
  select person_id from persons
),

duplicate_keys as (
  select person_id, year from incomes group by person_id, year having count(*) > 1
),

duplicates as (
  select incomes.row_nr, incomes.person_id, incomes.year
  from incomes
  semi join duplicate_keys using (person_id, year)
),

unknown_persons as (
  select incomes.row_nr, incomes.person_id
  from incomes
  anti join persons on persons.person_id = incomes.person_id
),

final as (
  select 'incomes', 'duplicate_key', 'person_id, year', row_nr, person_id || ', ' || year, null, null
  from duplicates
  union all
  select 'incomes', 'unknown_person', 'person_id', row_nr, person_id, null, null from unknown_persons
)

select * from final;
