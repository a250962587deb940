package nl.saldo.core.pipeline;

import java.util.List;
import java.util.Map;
import nl.saldo.core.disclosure.ProtectedTables;

/**
 * What a run produced: the protected tables and the facts the manifest reports; sourceFiles are the
 * files an input profile read.
 */
public record RunResult(
    ProtectedTables tables,
    List<InputReport> inputs,
    Map<String, Long> facts,
    Map<String, Long> timingsMillis,
    List<SourceFile> sourceFiles) {}
