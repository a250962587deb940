-- Repair unknown_person=drop_row: drop residences and incomes rows of persons not in persons.
insert into rows_dropped
select 'residences', 'unknown_person', count(*)
from residences anti join persons on persons.person_id = residences.person_id;

insert into rows_dropped
select 'incomes', 'unknown_person', count(*)
from incomes anti join persons on persons.person_id = incomes.person_id;

delete from residences where person_id not in (select person_id from persons);

delete from incomes where person_id not in (select person_id from persons);
