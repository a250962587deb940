-- raw_addresses from VSLGWBTAB: the buurt of every address object in the classification year.
-- A buurt that is unknown (a missing code such as --------, or partly unknown such as 0363----:
-- any character other than a digit) leaves the address out: spells there have no buurt, which
-- the checks count and validation names (repair unknown_address=drop_row).

with

address_objects as (
    select * from cbs_addresses
),

settings as (
    select * from cbs_setting
),

address_values as (
    select
        row_nr,
        cbs_value(object_type, getvariable('cbs_missing_addresses_object_type'))
            || cbs_value(object_number, getvariable('cbs_missing_addresses_object_number')) as address_id,
        cbs_value(buurt, getvariable('cbs_missing_addresses_buurt')) as buurt
    from address_objects
),

final as (
    select
        address_values.row_nr,
        address_values.address_id,
        settings.buurt_code_prefix || lpad(address_values.buurt, 8, '0') as buurt_code
    from address_values
    cross join settings
    where regexp_full_match(address_values.buurt, '[0-9]{1,8}')
)

select * from final
