-- The checks a CBS analyst makes before trusting a run, one row per check and income year:
-- check_name, year (null for the whole file), problem_count, total_count, detail. Read after the
-- raw tables are made and before the staging tables are dropped.

with

persons as (
    select * from raw_persons
),

residences as (
    select * from raw_residences
),

addresses as (
    select * from raw_addresses
),

incomes as (
    select * from raw_incomes
),

households as (
    select * from cbs_households
),

person_households as (
    select * from cbs_person_households
),

population_codes as (
    select * from cbs_population_code
),

income_years as (
    select distinct year from households
    union
    select distinct year from person_households
),

spells as (
    select
        person_id,
        address_id,
        try_cast(start_date as date) as start_date,
        try_cast(end_date as date) as end_date
    from residences
),

-- spells that cover some day of the income year
spells_in_year as (
    select
        income_years.year,
        spells.person_id,
        spells.address_id
    from spells
    inner join income_years
        on spells.start_date <= make_date(income_years.year, 12, 31)
        and (spells.end_date is null or spells.end_date > make_date(income_years.year, 1, 1))
),

residents as (
    select distinct year, person_id from spells_in_year
),

key_rows as (
    select year, person_id, household_source, household_number
    from cbs_person_household_values()
),

household_codes as (
    select
        year,
        household_source,
        household_number,
        coalesce(population_type, '(empty)') as population_type
    from cbs_household_values()
),

household_kinds as (
    select
        household_codes.*,
        coalesce(population_codes.kind, 'unlisted') as kind
    from household_codes
    left join population_codes
        on population_codes.code = household_codes.population_type
),

key_households as (
    select
        key_rows.year,
        key_rows.person_id,
        household_kinds.kind
    from key_rows
    left join household_kinds
        on household_kinds.year = key_rows.year
        and household_kinds.household_source = key_rows.household_source
        and household_kinds.household_number = key_rows.household_number
),

-- why a resident of the year is in group other (null when not other)
resident_reasons as (
    select
        residents.year,
        residents.person_id,
        case
            when key_households.person_id is null then 'no key-file row'
            when key_households.kind is null then 'no INHATAB row'
            when key_households.kind = 'outside_population' then 'not in the household population'
            when incomes.household_kind = 'institutional' then 'institutional'
            when incomes.student = 'true' then null
            when incomes.income_pct is null then 'unknown income'
        end as reason
    from residents
    left join key_households
        on key_households.year = residents.year
        and key_households.person_id = residents.person_id
    left join incomes
        on cast(incomes.year as integer) = residents.year
        and incomes.person_id = residents.person_id
),

persons_with_spell as (
    select distinct person_id from residences
),

persons_without_spell as (
    select
        'persons_without_address_spell' as check_name,
        null::integer as year,
        count(*) filter (where persons_with_spell.person_id is null) as problem_count,
        count(*) as total_count,
        null as detail
    from persons
    left join persons_with_spell
        on persons_with_spell.person_id = persons.person_id
),

spells_without_buurt as (
    select
        'spells_without_buurt' as check_name,
        spells_in_year.year,
        count(*) filter (where addresses.address_id is null) as problem_count,
        count(*) as total_count,
        null as detail
    from spells_in_year
    left join addresses
        on addresses.address_id = spells_in_year.address_id
    group by spells_in_year.year
),

residents_without_key_row as (
    select
        'residents_without_key_row' as check_name,
        year,
        count(*) filter (where reason = 'no key-file row') as problem_count,
        count(*) as total_count,
        null as detail
    from resident_reasons
    group by year
),

key_rows_without_household as (
    select
        'key_rows_without_household' as check_name,
        year,
        count(*) filter (where kind is null) as problem_count,
        count(*) as total_count,
        null as detail
    from key_households
    group by year
),

reason_counts as (
    select year, reason, count(*) as persons
    from resident_reasons
    where reason is not null
    group by year, reason
),

other_share as (
    select
        'other_share' as check_name,
        resident_reasons.year,
        count(*) filter (where resident_reasons.reason is not null) as problem_count,
        count(*) as total_count,
        (
            select string_agg(reason_counts.reason || ' ' || reason_counts.persons, ', ' order by reason_counts.persons desc, reason_counts.reason)
            from reason_counts
            where reason_counts.year = resident_reasons.year
        ) as detail
    from resident_reasons
    group by resident_reasons.year
),

code_counts as (
    select year, population_type, kind, count(*) as households
    from household_kinds
    group by year, population_type, kind
),

population_types as (
    select
        'population_type_counts' as check_name,
        year,
        coalesce(sum(households) filter (where kind = 'unlisted'), 0) as problem_count,
        sum(households) as total_count,
        string_agg(
            population_type || ' ' || households || case when kind = 'unlisted' then ' (in no code list)' else '' end,
            ', '
            order by population_type
        ) as detail
    from code_counts
    group by year
),

final as (
    select * from persons_without_spell
    union all
    select * from spells_without_buurt
    union all
    select * from residents_without_key_row
    union all
    select * from key_rows_without_household
    union all
    select * from other_share
    union all
    select * from population_types
)

select * from final
order by
    list_position(
        ['persons_without_address_spell', 'spells_without_buurt', 'residents_without_key_row',
         'key_rows_without_household', 'other_share', 'population_type_counts'],
        check_name
    ),
    year
