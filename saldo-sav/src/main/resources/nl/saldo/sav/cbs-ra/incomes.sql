-- raw_incomes from INHATAB (household income, population type) linked to persons through the
-- person -> household key file of the same year. row_nr counts rows of the key files, year by year.

with

person_households as (
    select * from cbs_person_households
),

households as (
    select * from cbs_households
),

population_codes as (
    select * from cbs_population_code
),

person_household_values as (
    select
        year,
        row_nr,
        cbs_value(person_source) || cbs_value(person_number) as person_id,
        cbs_value(household_source) as household_source,
        cbs_value(household_number) as household_number
    from person_households
),

household_values as (
    select
        year,
        cbs_value(household_source) as household_source,
        cbs_value(household_number) as household_number,
        cbs_value(population_type) as population_type,
        cbs_value(income_pct) as income_pct
    from households
),

linked as (
    select
        person_household_values.year,
        person_household_values.row_nr as key_row_nr,
        person_household_values.person_id,
        household_values.population_type,
        household_values.income_pct
    from person_household_values
    inner join household_values
        on household_values.year = person_household_values.year
        and household_values.household_source = person_household_values.household_source
        and household_values.household_number = person_household_values.household_number
),

final as (
    select
        row_number() over (order by year, key_row_nr) as row_nr,
        person_id,
        cast(year as varchar) as year,
        case
            when population_type in (select code from population_codes where kind = 'institutional')
                then 'institutional'
            else 'private'
        end as household_kind,
        case
            when population_type in (select code from population_codes where kind = 'student') then 'true'
            else 'false'
        end as student,
        income_pct
    from linked
)

select * from final
