-- Counts for the manifest: moves found and excluded by reason, spells ignored, AZC addresses.
select 'moves_found' as fact, count(*) as value from moves
union all
select 'moves_excluded_other_group', count(*) filter (where excluded_other_group) from moves
union all
select 'moves_excluded_azc_origin', count(*) filter (where excluded_azc_origin) from moves
union all
select 'moves_excluded_both', count(*) filter (where excluded_other_group and excluded_azc_origin) from moves
union all
select 'moves_excluded_total', count(*) filter (where excluded_other_group or excluded_azc_origin) from moves
union all
select 'moves_counted', count(*) filter (where not excluded_other_group and not excluded_azc_origin) from moves
union all
select 'spells_used', count(*) from spells
union all
select 'azc_addresses', count(*) from azc_addresses;
