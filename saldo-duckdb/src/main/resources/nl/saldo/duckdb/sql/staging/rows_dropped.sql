-- Rows a repair dropped, per input table and reason, for the manifest's accounting.
create or replace table rows_dropped (
  table_name varchar,
  reason varchar,
  rows bigint
);
