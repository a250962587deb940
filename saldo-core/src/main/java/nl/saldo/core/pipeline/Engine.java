package nl.saldo.core.pipeline;

import java.util.List;
import java.util.Map;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.study.StudySettings;

/**
 * An engine runs the method's stages set-based on its own storage. Engines plug in through {@link
 * EngineFactory} and {@code META-INF/services}; the core never names one.
 */
public interface Engine extends AutoCloseable {

  /** Loads the input files into the engine (stage LOAD). */
  void load(InputSet inputs, StudySettings settings);

  /**
   * Checks the loaded inputs (stage VALIDATE), applies the chosen repair policies, and throws
   * {@link nl.saldo.core.input.InvalidInputException} for every fault left.
   *
   * @return per input file, rows read, used and dropped by reason
   */
  List<InputReport> validate();

  /**
   * Runs one method stage.
   *
   * @return the data contracts the stage's output violates; empty when all hold
   */
  List<String> run(Stage stage);

  /**
   * Replaces the study settings of a loaded engine (saldo monitor: another move window on the same
   * inputs); the stages that depend on them must run again.
   */
  default void changeSettings(StudySettings settings) {
    throw new UnsupportedOperationException("this engine cannot change settings after loading");
  }

  /** The unrounded mart, in METHOD.md §9 row order. */
  Table fetch(Mart mart);

  /** Counts for the manifest: moves found and excluded by reason, ignored spells, AZC addresses. */
  Map<String, Long> facts();

  /** The files an input profile read (the cbs-ra profile's register files); empty for format v1. */
  default List<SourceFile> sourceFiles() {
    return List.of();
  }

  /** What an input profile's checks found in its files (for the manifest); empty for format v1. */
  default List<Map<String, Object>> sourceChecks() {
    return List.of();
  }

  /**
   * Per gemeente code of the study area, its unit in the layers {@code region}, {@code area_type}
   * and {@code province} (for secondary cell suppression across layers, min_cell); empty when the
   * engine cannot tell, which refuses min_cell.
   */
  default Map<String, Map<String, String>> geography() {
    return Map.of();
  }

  @Override
  void close();
}
