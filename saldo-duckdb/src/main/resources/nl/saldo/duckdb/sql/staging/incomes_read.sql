-- incomes as read: typed in the one scan of the file, with a flag on every row that the cell
-- checks (checks/incomes_values.sql) might find fault with. Only a file with a flagged row is read
-- again as text and checked cell by cell, so the messages name the value as written. A CSV's rows
-- keep the order read (row_nr null: the row is rowid + 1, see checks/*_keys.sql). A column the
-- reader delivers typed (COLUMN_typed, from a Parquet file) is used as it is. household_kind is
-- kept as household_kind_enum (macros.sql): null for a value outside the set, which is a fault.
create or replace table incomes_read as
with source as (
  select * from incomes_source
),

typed as (
  select
    row_nr,
    clean(person_id) as person_id,
    case
      when year_typed is not null then year_typed
      else whole_number(year)
    end as year,
    case household_kind
      when 'private' then 'private'::household_kind_enum
      when 'institutional' then 'institutional'::household_kind_enum
      else
        case set_value(household_kind)
          when 'private' then 'private'::household_kind_enum
          when 'institutional' then 'institutional'::household_kind_enum
        end
    end as household_kind,
    case
      when student_typed is not null then student_typed
      else yes_no(student)
    end as student,
    case
      when income_pct_typed is not null then income_pct_typed
      else plain_number(income_pct)
    end as income_pct,
    income_pct as income_pct_text
  from source
),

-- A value that does not parse is a fault unless its cell is empty; the text is cleaned only for
-- the rows whose value did not parse (a CASE evaluates its branch for those rows alone).
final as (
  select
    row_nr,
    person_id,
    year,
    household_kind,
    student,
    income_pct,
    coalesce(
      person_id is null
        or year is null
        or household_kind is null
        or student is null
        or case when income_pct is null then clean(income_pct_text) is not null else false end,
      true) as input_fault
  from typed
)

select * from final;
