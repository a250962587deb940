-- Repair end_before_start=drop_row: drop spells that end before they start.
insert into rows_dropped
select 'residences', 'end_before_start', count(*) from residences where end_date < start_date;

delete from residences where end_date < start_date;
