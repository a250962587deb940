-- raw_incomes from INHATAB (household income, population type) linked to persons through the
-- person -> household key file (KOPPELPERSOONHUISHOUDEN) of the same year. The population type
-- (INHPOPIIV) decides: student codes -> student; institutional codes -> institutional; unknown-
-- income codes -> income empty; outside-population codes -> no row (group other). INHARMSOC
-- below 0 is a code, not a percentage: empty. row_nr counts rows of the key files, year by year.

with

person_household_values as (
    select * from cbs_person_household_values()
),

household_values as (
    select * from cbs_household_values()
),

population_codes as (
    select * from cbs_population_code
),

settings as (
    select * from cbs_setting
),

household_kinds as (
    select
        household_values.year,
        household_values.household_source,
        household_values.household_number,
        coalesce(population_codes.kind, 'private') as kind,
        case
            when population_codes.kind = 'unknown_income' then null
            when settings.income_pct_negative_missing and try_cast(household_values.income_pct as double) < 0 then null
            else household_values.income_pct
        end as income_pct
    from household_values
    cross join settings
    left join population_codes
        on population_codes.code = household_values.population_type
),

linked as (
    select
        person_household_values.year,
        person_household_values.row_nr as key_row_nr,
        person_household_values.person_id,
        household_kinds.kind,
        household_kinds.income_pct
    from person_household_values
    inner join household_kinds
        on household_kinds.year = person_household_values.year
        and household_kinds.household_source = person_household_values.household_source
        and household_kinds.household_number = person_household_values.household_number
    where household_kinds.kind <> 'outside_population'
),

final as (
    select
        row_number() over (order by year, key_row_nr) as row_nr,
        person_id,
        cast(year as varchar) as year,
        case when kind = 'institutional' then 'institutional' else 'private' end as household_kind,
        case when kind = 'student' then 'true' else 'false' end as student,
        income_pct
    from linked
)

select * from final
