-- Moves lie in the window, change address, and carry a group from the set.
select 'moves in the window' as contract, count(*) as violations
from moves cross join settings
where move_date < settings.window_start or move_date > settings.window_end
union all
select 'moves change address', count(*) from moves where origin_address_id = destination_address_id
union all
select 'move groups in their set', count(*)
from moves
where income_group not in ('lt101', '101_150', 'ge150', 'student', 'other');
