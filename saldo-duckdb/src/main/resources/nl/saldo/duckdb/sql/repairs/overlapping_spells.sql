-- Repair overlapping_spells=drop_person: drop every row of a person with overlapping spells.
create or replace temporary table persons_to_drop as
select distinct person_id from faults where fault = 'overlapping_spells';

insert into rows_dropped
select 'persons', 'overlapping_spells', count(*) from persons semi join persons_to_drop using (person_id);

insert into rows_dropped
select 'residences', 'overlapping_spells', count(*) from residences semi join persons_to_drop using (person_id);

insert into rows_dropped
select 'incomes', 'overlapping_spells', count(*) from incomes semi join persons_to_drop using (person_id);

delete from persons where person_id in (select person_id from persons_to_drop);

delete from residences where person_id in (select person_id from persons_to_drop);

delete from incomes where person_id in (select person_id from persons_to_drop);
