-- The engine's dialect in one place: small helpers every stage uses.

-- Each helper takes the common, canonical spelling on a fast path (a plain comparison or cast)
-- and pays for trimming and patterns only for the rare other spellings: validation of a national
-- extract reads hundreds of millions of cells. The fast paths compare the text as it is (prefix,
-- suffix, like, <): taking a character out of it (value[1]) makes a new string, and costs more than
-- the copy of the cell.

-- An input text cell: trimmed, empty = missing.
create or replace macro clean(value) as
  case
    when value = '' then null
    when not (prefix(value, ' ') or suffix(value, ' ')) then value
    else nullif(trim(value), '')
  end;

-- ISO date YYYY-MM-DD only (METHOD.md §1); anything else is null.
create or replace macro iso_date(value) as
  case
    when value like '____-__-__' and value >= '0' and value < ':' then try_cast(value as date)
    when regexp_full_match(trim(value), '[0-9]{4}-[0-9]{2}-[0-9]{2}') then try_cast(trim(value) as date)
  end;

-- A plain decimal number such as 101, 150.5 or -3.2e1; nan and inf are not numbers, nor is a
-- value too large for a double (1e400), nor one with the digit separator _ that the engine's own
-- cast would accept (1_50).
create or replace macro plain_number(value) as
  case
    when isfinite(try_cast(value as double)) and not contains(value, '_')
      then try_cast(value as double)
    when regexp_full_match(trim(value), '[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?')
        and isfinite(try_cast(trim(value) as double))
      then try_cast(trim(value) as double)
  end;

-- A whole number such as a year: digits only (2011.0 from a file of doubles too), so 2010.5, which
-- a cast rounds to 2011, and 2_011 are not whole numbers. The fast path takes a value that is its
-- own integer's spelling.
create or replace macro whole_number(value) as
  coalesce(
    case when cast(try_cast(value as integer) as varchar) = value then try_cast(value as integer) end,
    case when regexp_full_match(trim(value), '[-+]?[0-9]{1,9}([.]0+)?')
      then try_cast(trim(value) as integer) end);

-- student: true/false, 1/0, yes/no, ja/nee, empty = false (METHOD.md §9); null = not a yes/no value.
create or replace macro yes_no(value) as
  case
    when value = 'false' then false
    when value = 'true' then true
    when clean(value) is null then false
    when lower(trim(value)) in ('true', '1', 'yes', 'ja') or lower(trim(value)) in ('t', 'y', 'j') then true
    when lower(trim(value)) in ('false', '0', 'no') or lower(trim(value)) in ('nee', 'f', 'n') then false
  end;

-- A value of a small set (origin, household_kind), compared trimmed and in lower case.
create or replace macro set_value(value) as
  case
    when value = lower(value) and not (prefix(value, ' ') or suffix(value, ' ')) then value
    else lower(trim(value))
  end;

-- The household kind as the typed incomes table keeps it: one of two values in a byte. As text,
-- nationally 167 million cells cost more to compress on write than any check of them (the Spark
-- dialect keeps it as a string).
create type if not exists household_kind_enum as enum ('private', 'institutional');

-- 100 × numerator / denominator, exactly, rounded half away from zero to two decimals.
-- Integer arithmetic on hugeint, so 0.125 and 1.005 round the way a person rounds them.
create or replace macro percentage(numerator, denominator) as
  cast(
    sign(numerator) * sign(denominator)
      * ((20000 * abs(cast(numerator as hugeint)) + abs(cast(denominator as hugeint)))
          // (2 * abs(cast(denominator as hugeint))))
    as decimal(18, 0)) * cast(0.01 as decimal(3, 2));

-- A percentage published only when its unrounded denominator is at least the threshold (§7).
create or replace macro published_percentage(numerator, denominator, threshold_denominator, threshold) as
  case
    when threshold_denominator is null or threshold_denominator = 0 then null
    when abs(threshold_denominator) < threshold then null
    else percentage(numerator, denominator)
  end;
