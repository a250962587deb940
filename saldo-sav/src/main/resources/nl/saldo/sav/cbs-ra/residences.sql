-- raw_residences from GBAADRESOBJECTBUS: one row per address spell; end date made exclusive.

with

spells as (
    select * from cbs_residences
),

final as (
    select
        row_nr,
        cbs_value(person_source) || cbs_value(person_number) as person_id,
        cbs_value(object_type) || cbs_value(object_number) as address_id,
        cbs_date(start_ymd) as start_date,
        cbs_end_date(end_ymd) as end_date
    from spells
)

select * from final order by row_nr
