-- raw_persons from GBAPERSOONTAB: person_id, birth_date, origin, register_entry_date.

with

persons as (
    select * from cbs_persons
),

origin_codes as (
    select * from cbs_origin_code
),

residences as (
    select * from cbs_residences
),

-- every value cleaned once (a macro repeats its argument wherever it uses it), each with the
-- missing codes of its own variable (cbs_ra.persons.missing)
person_values as (
    select
        row_nr,
        cbs_value(person_source, getvariable('cbs_missing_persons_person_source'))
            || cbs_value(person_number, getvariable('cbs_missing_persons_person_number')) as person_id,
        try_cast(cbs_value(birth_year, getvariable('cbs_missing_persons_birth_year')) as integer) as birth_year,
        try_cast(cbs_value(birth_month, getvariable('cbs_missing_persons_birth_month')) as integer) as birth_month,
        coalesce(try_cast(cbs_value(birth_day, getvariable('cbs_missing_persons_birth_day')) as integer), 1) as birth_day,
        cbs_value(origin_code, getvariable('cbs_missing_persons_origin')) as origin_code,
        cbs_value(register_entry, getvariable('cbs_missing_persons_register_entry_date')) as register_entry
    from persons
),

spell_starts as (
    select
        cbs_value(person_source, getvariable('cbs_missing_residences_person_source'))
            || cbs_value(person_number, getvariable('cbs_missing_residences_person_number')) as person_id,
        cbs_value(start_ymd, getvariable('cbs_missing_residences_start_date')) as start_ymd
    from residences
),

first_spells as (
    select
        person_id,
        min(try_cast(cbs_iso_date(start_ymd) as date)) as first_start
    from spell_starts
    group by person_id
),

final as (
    select
        person_values.row_nr,
        person_values.person_id,
        cast(
            try_cast(
                printf('%04d-%02d-%02d', person_values.birth_year, person_values.birth_month, person_values.birth_day)
                as date
            ) as varchar
        ) as birth_date,
        case
            when person_values.origin_code is null then 'unknown'
            else coalesce(origin_codes.origin, person_values.origin_code)
        end as origin,
        coalesce(
            cbs_iso_date(person_values.register_entry),
            cast(first_spells.first_start as varchar)
        ) as register_entry_date
    from person_values
    left join origin_codes
        on origin_codes.code = person_values.origin_code
    left join first_spells
        on first_spells.person_id = person_values.person_id
)

select * from final
