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

linked as (
    select
        person_households.year,
        person_households.row_nr as key_row_nr,
        cbs_value(person_households.person_source) || cbs_value(person_households.person_number) as person_id,
        cbs_value(households.population_type) as population_type,
        cbs_value(households.income_pct) as income_pct
    from person_households
    inner join households
        on households.year = person_households.year
        and cbs_value(households.household_source) = cbs_value(person_households.household_source)
        and cbs_value(households.household_number) = cbs_value(person_households.household_number)
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

select * from final order by row_nr
