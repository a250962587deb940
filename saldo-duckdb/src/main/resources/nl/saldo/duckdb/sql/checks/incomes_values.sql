-- Cell-level faults of incomes: required values, year, household_kind set, student, income_pct.
insert into faults
-- One scan of the file's rows keeps the few suspect ones; the checks below read only those.
with raw as materialized (
  select *
  from raw_incomes
  where clean(person_id) is null or clean(year) is null or clean(household_kind) is null
    or whole_number(year) is null
    or set_value(household_kind) not in ('private', 'institutional')
    or yes_no(student) is null
    or (clean(income_pct) is not null and plain_number(income_pct) is null)
),

missing as (
  select 'person_id' as column_name, row_nr, person_id as value from raw where clean(person_id) is null
  union all
  select 'year', row_nr, year from raw where clean(year) is null
  union all
  select 'household_kind', row_nr, household_kind from raw where clean(household_kind) is null
),

bad_years as (
  select row_nr, year as value from raw where clean(year) is not null and whole_number(year) is null
),

outside_set as (
  select row_nr, household_kind as value
  from raw
  where clean(household_kind) is not null
    and set_value(household_kind) not in ('private', 'institutional')
),

bad_booleans as (
  select row_nr, student as value from raw where yes_no(student) is null
),

bad_numbers as (
  select row_nr, income_pct as value
  from raw where clean(income_pct) is not null and plain_number(income_pct) is null
),

final as (
  select 'incomes', 'missing_value', column_name, row_nr, value, null, null from missing
  union all
  select 'incomes', 'bad_year', 'year', row_nr, value, null, null from bad_years
  union all
  select 'incomes', 'outside_set', 'household_kind', row_nr, value, null, null from outside_set
  union all
  select 'incomes', 'bad_boolean', 'student', row_nr, value, null, null from bad_booleans
  union all
  select 'incomes', 'bad_number', 'income_pct', row_nr, value, null, null from bad_numbers
)

select * from final;
