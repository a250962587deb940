-- residences as read: typed in the one scan of the file, with a flag on every row that the cell
-- checks (checks/residences_values.sql) might find fault with. Only a file with a flagged row is
-- read again as text and checked cell by cell, so the messages name the value as written. A CSV's
-- rows keep the order read (row_nr null: the row is rowid + 1, see checks/*_keys.sql). A
-- column the reader delivers typed (COLUMN_typed, from a Parquet file) is used as it is.
create or replace table residences_read as
with source as (
  select * from residences_source
),

typed as (
  select
    row_nr,
    clean(person_id) as person_id,
    clean(address_id) as address_id,
    case
      when start_date_typed is not null then start_date_typed
      else iso_date(start_date)
    end as start_date,
    case
      when end_date_typed is not null then end_date_typed
      else iso_date(end_date)
    end as end_date,
    end_date as end_date_text
  from source
),

-- A value that does not parse is a fault unless its cell is empty; the text is cleaned only for
-- the rows whose value did not parse (a CASE evaluates its branch for those rows alone).
final as (
  select
    row_nr,
    person_id,
    address_id,
    start_date,
    end_date,
    coalesce(
      person_id is null
        or address_id is null
        or start_date is null
        or case when end_date is null then clean(end_date_text) is not null else false end,
      true) as input_fault
  from typed
)

select * from final;
