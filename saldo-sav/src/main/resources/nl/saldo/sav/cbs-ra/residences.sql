-- raw_residences from GBAADRESOBJECTBUS: one row per address spell. CBS gives the last day at
-- the address (inclusive); format v1 wants the first day elsewhere (exclusive): one day later.
-- An open-end sentinel (20501231) becomes empty.

with

spells as (
    select * from cbs_residences
),

open_end_dates as (
    select cbs_iso_date(nullif(trim(code), '')) as last_day from cbs_open_end_date
),

-- every value cleaned once (a macro repeats its argument wherever it uses it)
spell_values as (
    select
        row_nr,
        cbs_value(person_source, getvariable('cbs_missing_residences_person_source')) as person_source,
        cbs_value(person_number, getvariable('cbs_missing_residences_person_number')) as person_number,
        cbs_value(object_type, getvariable('cbs_missing_residences_object_type')) as object_type,
        cbs_value(object_number, getvariable('cbs_missing_residences_object_number')) as object_number,
        cbs_value(start_ymd, getvariable('cbs_missing_residences_start_date')) as start_ymd,
        cbs_value(end_ymd, getvariable('cbs_missing_residences_end_date')) as end_ymd
    from spells
),

spell_dates as (
    select
        row_nr,
        person_source || person_number as person_id,
        object_type || object_number as address_id,
        cbs_iso_date(start_ymd) as start_date,
        cbs_iso_date(end_ymd) as last_day
    from spell_values
),

final as (
    select
        row_nr,
        person_id,
        address_id,
        start_date,
        case
            when last_day in (select last_day from open_end_dates) then null
            else cbs_day_after(last_day)
        end as end_date
    from spell_dates
)

select * from final
