-- Groups in their set, one group per person and year.
select 'income groups in lt101, 101_150, ge150, student, other' as contract, count(*) as violations
from incomes_grouped
where income_group not in ('lt101', '101_150', 'ge150', 'student', 'other') or income_group is null
union all
select 'one group per person and income year', count(*) - count(distinct (person_id, year))
from incomes_grouped;
