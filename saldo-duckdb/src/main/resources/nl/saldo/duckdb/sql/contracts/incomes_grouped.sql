-- Groups in their set, one group per person and year.
-- The second contract groups by person, not by person and year (17 million groups, not 120
-- million, nationally): the years of a person as bits of a 127-bit mask find the persons that
-- might have a year twice (more rows than distinct years, or a year outside the mask's range), and
-- only their rows are counted key by key. A person who is not a suspect has no year twice, so the
-- count is the count over the whole table (as in checks/incomes_keys.sql). The same pass counts
-- the rows whose group is not in the set, so the view is computed twice, not three times.
with per_person as (
  select
    person_id,
    count(*) filter (
      where income_group not in ('lt101', '101_150', 'ge150', 'student', 'other')
        or income_group is null) as groups_not_in_set,
    count(*) as income_rows,
    bit_count(bit_or(case when year between 1950 and 2076 then 1::hugeint << (year - 1950) end))
      as years_in_mask,
    count(*) filter (where year is null or year not between 1950 and 2076) as years_outside_mask
  from incomes_grouped
  group by person_id
),

suspect_incomes as (
  select incomes_grouped.person_id, incomes_grouped.year
  from incomes_grouped
  semi join (
    select person_id
    from per_person
    where years_outside_mask > 0 or income_rows > coalesce(years_in_mask, 0)
  ) as suspects on suspects.person_id is not distinct from incomes_grouped.person_id
)

select
  'income groups in lt101, 101_150, ge150, student, other' as contract,
  coalesce(sum(groups_not_in_set), 0) as violations
from per_person
union all
select 'one group per person and income year', count(*) - count(distinct (person_id, year))
from suspect_incomes;
