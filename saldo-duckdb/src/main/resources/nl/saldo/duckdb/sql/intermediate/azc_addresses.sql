-- AZC addresses (METHOD.md §5, §9): more than N distinct persons had a spell there overlapping the
-- period, who were at least M years old at their register entry and have the given origin.
create or replace table azc_addresses as
with spells as (
  select * from spells
),

persons as (
  select * from persons
),

settings as (
  select * from settings
),

qualifying_spells as (
  select spells.address_id, spells.person_id
  from spells
  join persons on persons.person_id = spells.person_id
  cross join settings
  where spells.start_date <= settings.azc_period_end
    and (spells.end_date is null or spells.end_date > settings.azc_period_start)
    and persons.origin = settings.azc_origin
    and persons.birth_date is not null
    and persons.register_entry_date is not null
    and persons.register_entry_date >= persons.birth_date + to_years(settings.azc_min_age_years)
),

final as (
  select address_id, count(distinct person_id) as qualifying_persons
  from qualifying_spells
  group by address_id
  having count(distinct person_id) > (select azc_more_than_persons from settings)
)

select * from final;
