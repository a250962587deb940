-- raw_addresses from VSLGWBTAB: the buurt of every address object in the classification year.

with

address_objects as (
    select * from cbs_addresses
),

settings as (
    select * from cbs_setting
),

final as (
    select
        address_objects.row_nr,
        cbs_value(address_objects.object_type) || cbs_value(address_objects.object_number) as address_id,
        settings.buurt_code_prefix || lpad(cbs_value(address_objects.buurt), 8, '0') as buurt_code
    from address_objects
    cross join settings
)

select * from final
