package nl.saldo.core.monitor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.SaldoException;
import nl.saldo.core.disclosure.DisclosureControl;
import nl.saldo.core.disclosure.ProtectedTables;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.Engine;
import nl.saldo.core.pipeline.InputReport;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Pipeline;
import nl.saldo.core.pipeline.RunResult;
import nl.saldo.core.pipeline.Stage;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.StudySettings;

/**
 * saldo monitor: the inputs loaded and validated once, then the method of {@link Stage} for every
 * move window, each window's marts through {@link DisclosureControl} on their own. The stages that
 * read no window setting (spells, buurt units and units: the urbanity bounds are not the window's,
 * AZC addresses: the AZC period is a setting of its own, the municipalities) run once; every other
 * method step of {@link Stage#METHOD_STEPS} runs again per window, so a stage added later is
 * window-dependent unless listed here. Income groups are not window-free: the incomes read are
 * those of the stock and move years.
 */
public final class MonitorPipeline {
  static final Set<Stage> WINDOW_FREE =
      EnumSet.of(
          Stage.SELECT_SPELLS,
          Stage.CLASSIFY_BUURTEN,
          Stage.LIST_UNITS,
          Stage.FIND_AZC,
          Stage.LIST_MUNICIPALITIES);

  private final Engine engine;
  private final Pipeline timing;

  /** One window's settings and its protected tables, facts and timings. */
  public record WindowResult(MoveWindow window, StudySettings settings, RunResult result) {}

  public MonitorPipeline(Engine engine, Pipeline timing) {
    this.engine = engine;
    this.timing = timing;
  }

  public List<WindowResult> run(InputSet inputs, StudySettings base, List<MoveWindow> windows) {
    StudySettings first = base.withWindow(windows.get(0).start(), windows.get(0).end());
    timing.timed(
        Stage.LOAD,
        () -> {
          engine.load(inputs, first);
          return null;
        });
    List<InputReport> inputReports = timing.timed(Stage.VALIDATE, engine::validate);
    List<WindowResult> results = new ArrayList<>();
    for (int i = 0; i < windows.size(); i++) {
      MoveWindow window = windows.get(i);
      StudySettings settings = base.withWindow(window.start(), window.end());
      Map<String, Long> windowTimings = new LinkedHashMap<>();
      if (i > 0) {
        engine.changeSettings(settings);
      }
      for (Stage stage : Stage.METHOD_STEPS) {
        if (i > 0 && WINDOW_FREE.contains(stage)) {
          continue;
        }
        long start = System.nanoTime();
        List<String> violations = timing.timed(stage, () -> engine.run(stage));
        windowTimings.put(stage.key(), (System.nanoTime() - start) / 1_000_000);
        if (!violations.isEmpty()) {
          throw new SaldoException(
              SaldoException.INTERNAL,
              "window "
                  + window.label()
                  + ": data contract failed after stage "
                  + stage.key()
                  + ": "
                  + String.join("; ", violations));
        }
      }
      ProtectedTables tables =
          timing.timed(
              Stage.DISCLOSURE,
              () -> {
                Map<Mart, Table> marts = new EnumMap<>(Mart.class);
                for (Mart mart : Mart.values()) {
                  marts.put(mart, engine.fetch(mart));
                }
                return DisclosureControl.protect(marts, settings);
              });
      results.add(
          new WindowResult(
              window,
              settings,
              new RunResult(
                  tables, inputReports, engine.facts(), windowTimings, engine.sourceFiles())));
    }
    return List.copyOf(results);
  }
}
