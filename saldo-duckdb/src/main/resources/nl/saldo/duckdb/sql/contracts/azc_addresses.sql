-- AZC addresses are unique and above the threshold.
select 'AZC addresses unique' as contract, count(*) - count(distinct address_id) as violations
from azc_addresses
union all
select 'AZC addresses above the threshold', count(*)
from azc_addresses cross join settings
where qualifying_persons <= settings.azc_more_than_persons;
