-- Every input fault found by the checks (one row per faulty cell or key), for messages and repairs.
create or replace table faults (
  table_name varchar,
  fault varchar,
  column_name varchar,
  row_nr bigint,
  value varchar,
  detail varchar,
  person_id varchar
);
