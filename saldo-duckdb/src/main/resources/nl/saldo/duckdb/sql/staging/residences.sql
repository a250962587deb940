-- residences, typed: the table read in the one scan of the file (staging/residences_read.sql),
-- renamed once the cell checks are done and without its fault flag: the rows are not copied
-- again (a CSV's row_nr stays null: the row is the table's rowid + 1, which a delete keeps).
alter table residences_read drop column input_fault;

alter table residences_read rename to residences;
