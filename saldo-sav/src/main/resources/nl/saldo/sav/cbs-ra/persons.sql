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

first_spells as (
    select
        cbs_value(person_source) || cbs_value(person_number) as person_id,
        min(try_cast(cbs_date(start_ymd) as date)) as first_start
    from residences
    group by 1
),

births as (
    select
        row_nr,
        try_cast(cbs_value(birth_year) as integer) as birth_year,
        try_cast(cbs_value(birth_month) as integer) as birth_month,
        coalesce(try_cast(cbs_value(birth_day) as integer), 1) as birth_day
    from persons
),

final as (
    select
        persons.row_nr,
        cbs_value(persons.person_source) || cbs_value(persons.person_number) as person_id,
        strftime(
            try_cast(printf('%04d-%02d-%02d', births.birth_year, births.birth_month, births.birth_day) as date),
            '%Y-%m-%d'
        ) as birth_date,
        case
            when cbs_value(persons.origin_code) is null then 'unknown'
            else coalesce(origin_codes.origin, cbs_value(persons.origin_code))
        end as origin,
        coalesce(
            cbs_date(persons.register_entry),
            strftime(first_spells.first_start, '%Y-%m-%d')
        ) as register_entry_date
    from persons
    inner join births
        on births.row_nr = persons.row_nr
    left join origin_codes
        on origin_codes.code = cbs_value(persons.origin_code)
    left join first_spells
        on first_spells.person_id = cbs_value(persons.person_source) || cbs_value(persons.person_number)
)

select * from final order by row_nr
