-- incomes, typed: household_kind lower case, student a boolean, income_pct null when unknown.
create or replace table incomes as
with raw as (
  select * from raw_incomes
),

final as (
  select
    row_nr,
    clean(person_id) as person_id,
    whole_number(year) as year,
    set_value(household_kind) as household_kind,
    yes_no(student) as student,
    plain_number(income_pct) as income_pct
  from raw
)

select * from final;
