-- The units that get rows in stocks.csv and migration.csv: every unit a study buurt maps to (§9).
create or replace table units as
select distinct layer, layer_order, unit, unit_name
from buurt_units
where unit <> 'rest';
