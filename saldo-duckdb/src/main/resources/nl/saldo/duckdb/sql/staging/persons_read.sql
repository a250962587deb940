-- persons as read: typed in the one scan of the file, with a flag on every row that the cell
-- checks (checks/persons_values.sql) might find fault with. Only a file with a flagged row is read
-- again as text and checked cell by cell, so the messages name the value as written. A CSV's rows
-- keep the order read (row_nr null: the row is rowid + 1, see checks/*_keys.sql). A column the
-- reader delivers typed (COLUMN_typed, from a Parquet file) is used as it is.
create or replace table persons_read as
with source as (
  select * from persons_source
),

typed as (
  select
    row_nr,
    clean(person_id) as person_id,
    case
      when birth_date_typed is not null then birth_date_typed
      else iso_date(birth_date)
    end as birth_date,
    case
      when origin in ('nl', 'western', 'non_western', 'unknown') then origin
      else set_value(origin)
    end as origin,
    case
      when register_entry_date_typed is not null then register_entry_date_typed
      else iso_date(register_entry_date)
    end as register_entry_date,
    birth_date as birth_date_text,
    register_entry_date as register_entry_date_text
  from source
),

-- A value that does not parse is a fault unless its cell is empty; the text is cleaned only for
-- the rows whose value did not parse (a CASE evaluates its branch for those rows alone).
final as (
  select
    row_nr,
    person_id,
    birth_date,
    origin,
    register_entry_date,
    coalesce(
      person_id is null
        or origin is null
        or origin not in ('nl', 'western', 'non_western', 'unknown')
        or case when birth_date is null then clean(birth_date_text) is not null else false end
        or case
          when register_entry_date is null then clean(register_entry_date_text) is not null
          else false
        end,
      true) as input_fault
  from typed
)

select * from final;
