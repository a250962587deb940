-- The groups of METHOD.md §3 and §8 in output order: each group is the sum of its members'
-- counts. Counted moves never have group other, so one definition serves stocks and moves.
create or replace table income_groups as
select *
from (
  values
    ('lt101', 1, ['lt101'], true),
    ('101_150', 2, ['101_150'], true),
    ('ge150', 3, ['ge150'], true),
    ('student', 4, ['student'], true),
    ('other', 5, ['other'], false),
    ('lower', 6, ['lt101', '101_150'], true),
    ('higher_incl_students', 7, ['ge150', 'student'], true),
    ('total', 8, ['lt101', '101_150', 'ge150', 'student', 'other'], true)
) as groups(income_group, group_order, members, for_movers);
