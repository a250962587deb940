-- Derive moves (METHOD.md §5): consecutive spells s1 → s2 of a person are a domestic move when s2
-- starts at most max_gap_days after s1 ends, the address differs and s2 starts in the window.
-- The mover's group is the one of income year = year of the move + offset. Moves of group `other`
-- and moves from an AZC address are kept here, flagged, and excluded from the counts. The household
-- kind of that income year comes along for profiles.csv, which breaks the flows down by it.
create or replace table moves as
with settings as (
  select * from settings
),

-- Only the spells a move of the window can read: a destination starts in the window, and its
-- origin ends at most max_gap_days before the destination starts. The spells of a person do not
-- overlap (checks) and cover a day each, so by start their ends only grow: the spells left out are
-- a prefix and a suffix of each person's, and every spell kept keeps its predecessor unless that
-- one ended too early to be the origin of a move in the window.
spells as (
  select spells.*
  from spells
  cross join settings
  where (spells.end_date is null
      or date_diff('day', spells.end_date, settings.window_start) <= settings.max_gap_days)
    and spells.start_date <= settings.window_end
),

consecutive as (
  select
    person_id,
    lag(address_id) over by_start as origin_address_id,
    lag(buurt_code) over by_start as origin_buurt_code,
    lag(end_date) over by_start as origin_end_date,
    address_id as destination_address_id,
    buurt_code as destination_buurt_code,
    start_date as move_date
  from spells
  window by_start as (partition by person_id order by start_date)
),

found as (
  select consecutive.*
  from consecutive
  cross join settings
  where consecutive.origin_end_date is not null
    and date_diff('day', consecutive.origin_end_date, consecutive.move_date) <= settings.max_gap_days
    and consecutive.origin_address_id <> consecutive.destination_address_id
    and consecutive.move_date between settings.window_start and settings.window_end
),

grouped as (
  select
    found.*,
    coalesce(incomes_grouped.income_group, 'other') as income_group,
    incomes_grouped.household_kind
  from found
  cross join settings
  left join incomes_grouped
    on incomes_grouped.person_id = found.person_id
    and incomes_grouped.year = year(found.move_date) + settings.move_year_offset
),

final as (
  select
    grouped.person_id,
    grouped.move_date,
    grouped.origin_address_id,
    grouped.origin_buurt_code,
    grouped.destination_address_id,
    grouped.destination_buurt_code,
    grouped.income_group,
    grouped.household_kind,
    grouped.income_group = 'other' as excluded_other_group,
    azc_addresses.address_id is not null as excluded_azc_origin
  from grouped
  left join azc_addresses on azc_addresses.address_id = grouped.origin_address_id
)

select * from final;
