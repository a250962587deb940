-- The study settings as a one-row table every stage joins; filled with bind parameters by name.
create or replace table settings (
  study_name varchar,
  stock_start_year integer,
  stock_end_year integer,
  window_start date,
  window_end date,
  max_gap_days integer,
  lower_threshold double,
  upper_threshold double,
  stock_year_offset integer,
  move_year_offset integer,
  azc_period_start date,
  azc_period_end date,
  azc_more_than_persons integer,
  azc_min_age_years integer,
  azc_origin varchar,
  urbanity_bound_1 double,
  urbanity_bound_2 double,
  urbanity_bound_3 double,
  urbanity_bound_4 double,
  min_denominator bigint,
  years_stock integer,
  years_moves integer,
  sequence_layer varchar,
  sequence_max_length integer
);

create or replace table layers_enabled (
  layer varchar,
  layer_order integer,
  is_overlay boolean
);

create or replace table faults (
  table_name varchar,
  fault varchar,
  column_name varchar,
  row_nr bigint,
  value varchar,
  detail varchar,
  person_id varchar
);

create or replace table rows_dropped (
  table_name varchar,
  reason varchar,
  rows bigint
);

-- The groups of METHOD.md §3 and §8 in output order: each group is the sum of its members'
-- counts. Counted moves never have group other, so one definition serves stocks and moves.
create or replace table income_groups as
select *
from (
  values
    ('lt101', 1, ['lt101'], true),
    ('101_150', 2, ['101_150'], true),
    ('ge150', 3, ['ge150'], true),
    ('student', 4, ['student'], true),
    ('other', 5, ['other'], false),
    ('lower', 6, ['lt101', '101_150'], true),
    ('higher_incl_students', 7, ['ge150', 'student'], true),
    ('total', 8, ['lt101', '101_150', 'ge150', 'student', 'other'], true)
) as groups(income_group, group_order, members, for_movers);
