-- The indices are what they claim: D and H within [0, 1], M >= 0, and M = M_between_K + M_within_K
-- (to floating-point precision) wherever the decomposition is published.
with segregation as (
  select * from segregation_mart
),

decomposed as (
  select
    total.layer,
    total.within,
    total.moment,
    total.exact_value as m,
    parts.k,
    sum(parts.exact_value) as m_parts
  from segregation as total
  join (
    select layer, within, moment, exact_value, regexp_extract(index, 'M_(between|within)_(.*)', 2) as k
    from segregation
    where index like 'M\_%' escape '\'
  ) as parts
    on parts.layer = total.layer and parts.within = total.within and parts.moment = total.moment
  where total.index = 'M'
  group by all
)

select 'segregation keyed by layer, within, index, moment' as contract,
  count(*) - count(distinct (layer, within, index, moment)) as violations
from segregation
union all
select 'D and H within [0, 1], M not negative', count(*)
from segregation
where exact_value < -1e-9 or (index in ('D', 'H') and exact_value > 1 + 1e-9)
union all
select 'M = M_between_K + M_within_K', count(*)
from decomposed
where abs(m - m_parts) > 1e-9;
