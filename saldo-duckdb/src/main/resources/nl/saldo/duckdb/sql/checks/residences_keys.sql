-- Key faults of residences: spells that end before they start, unknown persons and addresses,
-- and spells of one person that overlap (METHOD.md §9: a.start < b.end and b.start < a.end,
-- empty end = open; touching spells do not overlap).
-- Import CTEs are not materialized: each check reads the table itself, with no copy of it.
-- A CSV's row is the table's rowid + 1 (row_nr is null: the rows were read in order).
insert into faults
with residences as not materialized (
  select * replace (coalesce(row_nr, rowid + 1) as row_nr) from residences
),

persons as not materialized (
  select person_id from persons
),

addresses as not materialized (
  select address_id from addresses
),

end_before_start as (
  select row_nr, end_date, start_date
  from residences
  where end_date < start_date
),

unknown_persons as (
  select residences.row_nr, residences.person_id
  from residences
  anti join persons on persons.person_id = residences.person_id
),

unknown_addresses as (
  select residences.row_nr, residences.address_id
  from residences
  anti join addresses on addresses.address_id = residences.address_id
),

-- A person has overlapping spells only if, sorted by start and end, some spell starts before the
-- end of the spell just before it: up to the first spell that overlaps an earlier one, each spell
-- starts on or after the end of the one before, so the latest earlier end is the previous spell's.
-- Two spells with the same start and end fire it in either order (unless they cover no day, and
-- then they do not overlap), so it needs no tie-break by row and no frame, the costly parts of the
-- window below: nationally this search takes about 7 s where the window over all spells took 10.6 s,
-- and on valid input the window then reads no spell at all (ResidenceKeysTest tells the cases).
persons_with_a_spell_that_starts_early as (
  select distinct person_id
  from (
    select
      person_id,
      start_date,
      lag(coalesce(end_date, 'infinity'::date)) over (
        partition by person_id order by start_date, end_date nulls last
      ) as previous_end
    from residences
    where end_date is null or end_date >= start_date
  )
  where previous_end > start_date
),

-- Only for those persons: sorted by start (a spell that covers no day before a longer one with the
-- same start), a spell overlaps an earlier one exactly when the latest end among the earlier spells
-- lies after its start; the latest earlier spell is the one the message names.
spells_in_order as (
  select
    row_nr,
    person_id,
    start_date,
    end_date,
    max(coalesce(end_date, 'infinity'::date)) over earlier as latest_earlier_end,
    arg_max(row_nr, coalesce(end_date, 'infinity'::date)) over earlier as latest_earlier_row_nr
  from residences
  semi join persons_with_a_spell_that_starts_early as suspects
    on suspects.person_id = residences.person_id
  where end_date is null or end_date >= start_date
  window earlier as (
    partition by person_id
    order by start_date, end_date nulls last, row_nr
    rows between unbounded preceding and 1 preceding
  )
),

overlapping as (
  select
    later.row_nr,
    later.person_id,
    strftime(earlier.start_date, '%Y-%m-%d') || ' … ' || coalesce(strftime(earlier.end_date, '%Y-%m-%d'), 'open')
      || ' in row ' || earlier.row_nr || ' and '
      || strftime(later.start_date, '%Y-%m-%d') || ' … ' || coalesce(strftime(later.end_date, '%Y-%m-%d'), 'open')
      || ' in row ' || later.row_nr as detail
  from spells_in_order as later
  join residences as earlier on earlier.row_nr = later.latest_earlier_row_nr
  where later.latest_earlier_end > later.start_date
),

final as (
  select 'residences', 'end_before_start', 'end_date', row_nr, strftime(end_date, '%Y-%m-%d'),
    'start_date ' || strftime(start_date, '%Y-%m-%d'), null
  from end_before_start
  union all
  select 'residences', 'unknown_person', 'person_id', row_nr, person_id, null, null from unknown_persons
  union all
  select 'residences', 'unknown_address', 'address_id', row_nr, address_id, null, null from unknown_addresses
  union all
  select 'residences', 'overlapping_spells', 'person_id', row_nr, person_id, detail, person_id from overlapping
)

select * from final;
