package nl.saldo.core.pipeline;

import java.util.List;
import java.util.Map;
import nl.saldo.core.disclosure.ProtectedTables;

/**
 * What a run produced: the protected tables and the facts the manifest reports; sourceFiles are the
 * files an input profile read, sourceChecks what the profile's checks found in them (warnings, not
 * errors; each a map of plain values for the manifest).
 */
public record RunResult(
    ProtectedTables tables,
    List<InputReport> inputs,
    Map<String, Long> facts,
    Map<String, Long> timingsMillis,
    List<SourceFile> sourceFiles,
    List<Map<String, Object>> sourceChecks) {

  public RunResult(
      ProtectedTables tables,
      List<InputReport> inputs,
      Map<String, Long> facts,
      Map<String, Long> timingsMillis,
      List<SourceFile> sourceFiles) {
    this(tables, inputs, facts, timingsMillis, sourceFiles, List.of());
  }
}
