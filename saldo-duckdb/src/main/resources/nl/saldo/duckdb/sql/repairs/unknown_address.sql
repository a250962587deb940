-- Repair unknown_address=drop_row: drop spells at addresses not in addresses.
insert into rows_dropped
select 'residences', 'unknown_address', count(*)
from residences anti join addresses on addresses.address_id = residences.address_id;

delete from residences where address_id not in (select address_id from addresses);
