-- Cleaning rules shared by the cbs-ra files. Settings come in through the cbs_* setting tables.

-- A value, trimmed; null when empty or one of the missing codes ("-", "--", 9999999999, ...).
create or replace temp macro cbs_value(value) as
    case
        when trim(value) in (select code from cbs_missing_code) then null
        else nullif(trim(value), '')
    end;

-- A date as ISO text: yyyymmdd (number or string) and SPSS dates (already ISO) alike.
-- A value that is no date stays as it is, so that validation names it.
create or replace temp macro cbs_date(value) as
    case
        when regexp_full_match(cbs_value(value), '[0-9]{8}')
            then coalesce(strftime(try_strptime(cbs_value(value), '%Y%m%d'), '%Y-%m-%d'), cbs_value(value))
        else cbs_value(value)
    end;

-- GBADATUMEINDEADRESHOUDING is the last day at the address; format v1 wants the first day
-- elsewhere (exclusive end): one day later. An open-end sentinel (20501231) becomes empty.
create or replace temp macro cbs_end_date(value) as
    case
        when cbs_date(value) in (select cbs_date(code) from cbs_open_end_date) then null
        when try_cast(cbs_date(value) as date) is null then cbs_date(value)
        else strftime(try_cast(cbs_date(value) as date) + interval 1 day, '%Y-%m-%d')
    end;
