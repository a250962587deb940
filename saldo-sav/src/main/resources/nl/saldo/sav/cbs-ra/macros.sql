-- Cleaning rules shared by the cbs-ra files. Settings come in through the cbs_* setting tables.

-- A value, trimmed; null when empty or one of its variable's missing codes (a list value, the
-- variable cbs_missing_<register>_<setting>, e.g. ['----', '0000'] for the origin).
create or replace temp macro cbs_value(value, missing_codes) as
    case
        when list_contains(missing_codes, trim(value)) then null
        else nullif(trim(value), '')
    end;

-- A cleaned date as ISO text: yyyymmdd (number or string) becomes YYYY-MM-DD; SPSS dates come
-- as ISO already. A value that is no date stays as it is, so that validation names it.
create or replace temp macro cbs_iso_date(clean) as
    case
        when regexp_full_match(clean, '[0-9]{8}') then coalesce(
            cast(try_cast(substr(clean, 1, 4) || '-' || substr(clean, 5, 2) || '-' || substr(clean, 7, 2) as date) as varchar),
            clean
        )
        else clean
    end;

-- The day after an ISO date (a value that is no date stays as it is).
create or replace temp macro cbs_day_after(iso) as
    coalesce(cast(try_cast(iso as date) + 1 as varchar), iso);

-- The key files (KOPPELPERSOONHUISHOUDEN) of the income years, cleaned: person_id is the person's
-- source and number together, the household as INHATAB names it.
create or replace temp macro cbs_person_household_values() as table
    select
        year,
        row_nr,
        cbs_value(person_source, getvariable('cbs_missing_incomes_person_source'))
            || cbs_value(person_number, getvariable('cbs_missing_incomes_person_number')) as person_id,
        cbs_value(household_source, getvariable('cbs_missing_incomes_person_household_source')) as household_source,
        cbs_value(household_number, getvariable('cbs_missing_incomes_person_household_number')) as household_number
    from cbs_person_households;

-- The household files (INHATAB) of the income years, cleaned.
create or replace temp macro cbs_household_values() as table
    select
        year,
        cbs_value(household_source, getvariable('cbs_missing_incomes_household_source')) as household_source,
        cbs_value(household_number, getvariable('cbs_missing_incomes_household_number')) as household_number,
        cbs_value(population_type, getvariable('cbs_missing_incomes_population_type')) as population_type,
        cbs_value(income_pct, getvariable('cbs_missing_incomes_income_pct')) as income_pct
    from cbs_households;
