package nl.saldo.core.pipeline;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.saldo.core.SaldoException;
import nl.saldo.core.disclosure.DisclosureControl;
import nl.saldo.core.disclosure.ProtectedTables;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.study.StudySettings;

/** Runs the stages of {@link Stage} in order on an engine, checking data contracts after each. */
public final class Pipeline {
  private final Engine engine;
  private final ProgressListener progress;
  private final Map<String, Long> timings = new LinkedHashMap<>();

  public Pipeline(Engine engine, ProgressListener progress) {
    this.engine = engine;
    this.progress = progress;
  }

  public RunResult run(InputSet inputs, StudySettings settings) {
    timed(
        Stage.LOAD,
        () -> {
          engine.load(inputs, settings);
          return null;
        });
    List<InputReport> inputReports = timed(Stage.VALIDATE, engine::validate);
    for (Stage stage : Stage.METHOD_STEPS) {
      List<String> violations = timed(stage, () -> engine.run(stage));
      if (!violations.isEmpty()) {
        throw new SaldoException(
            SaldoException.INTERNAL,
            "data contract failed after stage "
                + stage.key()
                + ": "
                + String.join("; ", violations));
      }
    }
    ProtectedTables tables =
        timed(
            Stage.DISCLOSURE,
            () -> {
              Map<Mart, Table> marts = new EnumMap<>(Mart.class);
              for (Mart mart : Mart.values()) {
                marts.put(mart, engine.fetch(mart));
              }
              if (settings.disclosure().minCell() == 0) {
                return DisclosureControl.protect(marts, settings);
              }
              Map<String, Map<String, String>> geography = engine.geography();
              if (geography.isEmpty()) {
                throw new SaldoException(
                    SaldoException.INVALID_INPUT,
                    "disclosure.min_cell: this engine gives no municipality geography, needed for"
                        + " secondary suppression across layers; leave min_cell at 0");
              }
              return DisclosureControl.protect(marts, settings, geography);
            });
    return new RunResult(
        tables, inputReports, engine.facts(), timings, engine.sourceFiles(), engine.sourceChecks());
  }

  /** The time each stage took so far, in milliseconds. */
  public Map<String, Long> timings() {
    return java.util.Collections.unmodifiableMap(timings);
  }

  /** Times a stage that runs outside the pipeline (writing outputs) into the same timings. */
  public <T> T timed(Stage stage, Supplier<T> work) {
    progress.started(stage);
    long start = System.nanoTime();
    T result = work.get();
    long millis = (System.nanoTime() - start) / 1_000_000;
    timings.merge(stage.key(), millis, Long::sum);
    progress.finished(stage, millis);
    return result;
  }
}
