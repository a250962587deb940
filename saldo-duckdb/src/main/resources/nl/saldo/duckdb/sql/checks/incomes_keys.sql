-- Key faults of incomes: one row per person and year, persons known.
-- One aggregation per person (a million groups, not one per person and year) finds the persons
-- that might have a fault: an unknown person, or more rows than distinct years (the years of a
-- person as bits of a 127-bit mask; a year outside the mask's range makes the person a suspect).
-- Only the rows of those few persons are then checked key by key. A CSV's row is the table's
-- rowid + 1 (row_nr is null: the rows were read in order, and a repair's delete keeps rowids).
insert into faults
with incomes as not materialized (
  select * replace (coalesce(row_nr, rowid + 1) as row_nr) from incomes
),

persons as not materialized (
  select person_id from persons
),

per_person as (
  select
    person_id,
    count(*) as income_rows,
    bit_count(bit_or(case when year between 1950 and 2076 then 1::hugeint << (year - 1950) end))
      as years_in_mask,
    count(*) filter (where year not between 1950 and 2076) as years_outside_mask
  from incomes
  group by person_id
),

unknown_person_ids as (
  select per_person.person_id
  from per_person
  anti join persons on persons.person_id = per_person.person_id
),

suspect_person_ids as (
  select person_id
  from per_person
  where years_outside_mask > 0 or income_rows > coalesce(years_in_mask, 0)
),

suspect_incomes as (
  select incomes.row_nr, incomes.person_id, incomes.year
  from incomes
  semi join suspect_person_ids on suspect_person_ids.person_id = incomes.person_id
),

duplicate_keys as (
  select person_id, year from suspect_incomes group by person_id, year having count(*) > 1
),

duplicates as (
  select suspect_incomes.row_nr, suspect_incomes.person_id, suspect_incomes.year
  from suspect_incomes
  semi join duplicate_keys using (person_id, year)
),

unknown_persons as (
  select incomes.row_nr, incomes.person_id
  from incomes
  semi join unknown_person_ids on unknown_person_ids.person_id = incomes.person_id
),

final as (
  select 'incomes', 'duplicate_key', 'person_id, year', row_nr, person_id || ', ' || year, null, null
  from duplicates
  union all
  select 'incomes', 'unknown_person', 'person_id', row_nr, person_id, null, null from unknown_persons
)

select * from final;
