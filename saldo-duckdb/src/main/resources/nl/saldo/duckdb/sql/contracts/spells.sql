-- Every spell has a buurt and covers at least one day.
select 'spells have a buurt' as contract, count(*) as violations from spells where buurt_code is null
union all
select 'spells cover a day', count(*) from spells where end_date <= start_date;
