-- The extra attributes of profiles.csv (issue #14, who moves), long: one row per row of persons
-- (year null) or incomes and per column the study file names (profiles.attributes); value trimmed,
-- empty = missing (null). Filled by CsvParquetSource.loadAttributes from the same files as the tables.
create or replace table attribute_values (
  source_table varchar,
  person_id varchar,
  year integer,
  attribute varchar,
  value varchar
);
