-- The Spark copy of saldo-duckdb's macros.sql (docs/engines.md): the same helpers as SQL
-- functions. Spark has no string index (value[1] → substr), no regexp_full_match (rlike with
-- anchors), no isfinite (abs(x) < Infinity, false for NaN too), and its cast of '2011.0' to an
-- integer fails where DuckDB's succeeds (whole_number takes the digits before .0 instead).

-- An input text cell: trimmed, empty = missing.
create or replace temporary function clean(value string) returns string return
  case
    when value = '' then null
    when substr(value, 1, 1) <> ' ' and substr(value, -1, 1) <> ' ' then value
    else nullif(trim(value), '')
  end;

-- ISO date YYYY-MM-DD only (METHOD.md §1); anything else is null.
create or replace temporary function iso_date(value string) returns date return
  case
    when length(value) = 10 and substr(value, 5, 1) = '-' and substr(value, 8, 1) = '-'
        and substr(value, 1, 1) between '0' and '9'
        and value rlike '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
      then try_cast(value as date)
    when trim(value) rlike '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then try_cast(trim(value) as date)
  end;

-- A plain decimal number such as 101, 150.5 or -3.2e1; nan and inf are not numbers, nor is a
-- value too large for a double (1e400), nor one with the digit separator _.
create or replace temporary function plain_number(value string) returns double return
  case
    when trim(value) rlike '^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?$'
        and abs(try_cast(trim(value) as double)) < double('Infinity')
      then try_cast(trim(value) as double)
  end;

-- A whole number such as a year: digits only (2011.0 from a file of doubles too), so 2010.5 and
-- 2_011 are not whole numbers.
create or replace temporary function whole_number(value string) returns int return
  case
    when trim(value) rlike '^[-+]?[0-9]{1,9}([.]0+)?$'
      then try_cast(regexp_extract(trim(value), '^([-+]?[0-9]+)', 1) as int)
  end;

-- student: true/false, 1/0, yes/no, ja/nee, empty = false (METHOD.md §9); null = not a yes/no value.
create or replace temporary function yes_no(value string) returns boolean return
  case
    when value = 'false' then false
    when value = 'true' then true
    when clean(value) is null then false
    when lower(trim(value)) in ('true', '1', 'yes', 'ja', 't', 'y', 'j') then true
    when lower(trim(value)) in ('false', '0', 'no', 'nee', 'f', 'n') then false
  end;

-- A value of a small set (origin, household_kind), compared trimmed and in lower case.
create or replace temporary function set_value(value string) returns string return
  lower(trim(value));

-- 100 × numerator / denominator, exactly, rounded half away from zero to two decimals: integer
-- arithmetic on decimal(38, 0) (DuckDB: hugeint); Spark's sign() is a double, so the sign is a case.
create or replace temporary function percentage(numerator decimal(38, 0), denominator decimal(38, 0))
returns decimal(21, 2) return
  cast(
    case when (numerator < 0) <> (denominator < 0) then -1 else 1 end
      * ((20000 * abs(numerator) + abs(denominator)) div (2 * abs(denominator)))
    as decimal(18, 0)) * cast(0.01 as decimal(3, 2));

-- A percentage published only when its unrounded denominator is at least the threshold (§7).
create or replace temporary function published_percentage(
    numerator decimal(38, 0), denominator decimal(38, 0),
    threshold_denominator decimal(38, 0), threshold decimal(38, 0))
returns decimal(21, 2) return
  case
    when threshold_denominator is null or threshold_denominator = 0 then null
    when abs(threshold_denominator) < threshold then null
    else percentage(numerator, denominator)
  end;
