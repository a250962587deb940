-- The spells that cover at least one day, with their buurt; a spell with end = start is ignored
-- for stocks, moves and the AZC rule and counted in the manifest (§9).
create or replace table spells as
select
  residences.person_id,
  residences.address_id,
  addresses.buurt_code,
  residences.start_date,
  residences.end_date
from residences
join addresses on addresses.address_id = residences.address_id
where residences.end_date is null or residences.end_date > residences.start_date;
