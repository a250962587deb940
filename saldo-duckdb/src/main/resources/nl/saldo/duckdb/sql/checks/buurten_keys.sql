-- Key faults of buurten: buurt_code unique; every buurt of the study area has an oad.
-- Import CTEs are not materialized: each check reads the table itself, with no copy of it.
insert into faults
with buurten as not materialized (
  select * from buurten
),

gemeenten as not materialized (
  select gemeente_code from gemeenten
),

duplicate_keys as (
  select buurt_code from buurten group by buurt_code having count(*) > 1
),

duplicates as (
  select buurten.row_nr, buurten.buurt_code
  from buurten
  semi join duplicate_keys using (buurt_code)
),

study_buurten_without_oad as (
  select buurten.row_nr, buurten.buurt_code
  from buurten
  semi join gemeenten on gemeenten.gemeente_code = buurten.gemeente_code
  where buurten.oad is null
),

final as (
  select 'buurten', 'duplicate_key', 'buurt_code', row_nr, buurt_code, null, null from duplicates
  union all
  select 'buurten', 'missing_oad', 'oad', row_nr, buurt_code, null, null from study_buurten_without_oad
)

select * from final;
