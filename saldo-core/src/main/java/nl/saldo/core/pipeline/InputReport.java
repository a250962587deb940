package nl.saldo.core.pipeline;

import java.util.Map;

/**
 * What loading did with each input file: rows read, rows used, rows dropped by reason. Every row
 * read is used or dropped with a reason: {@code rows_used + sum(rows_dropped) = rows_read}.
 */
public record InputReport(
    String table, String file, long rowsRead, long rowsUsed, Map<String, Long> rowsDropped) {}
