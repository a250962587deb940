-- One line per class of fault: how many rows (and persons) share it, and the first five rows.
with faults as (
  select * from faults
),

classes as (
  select
    table_name,
    fault,
    column_name,
    count(*) as rows_with_fault,
    count(distinct person_id) as persons_with_fault
  from faults
  group by table_name, fault, column_name
),

examples as (
  select
    *,
    row_number() over (partition by table_name, fault, column_name order by row_nr) as example_nr
  from faults
  qualify example_nr <= 5
),

final as (
  select
    examples.table_name,
    examples.fault,
    examples.column_name,
    classes.rows_with_fault,
    classes.persons_with_fault,
    examples.example_nr,
    examples.row_nr,
    examples.value,
    examples.detail
  from examples
  join classes using (table_name, fault, column_name)
)

select * from final
order by table_name, fault, column_name, example_nr;
