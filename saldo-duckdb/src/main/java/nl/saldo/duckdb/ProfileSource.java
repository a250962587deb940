package nl.saldo.duckdb;

import java.util.List;
import java.util.Map;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.SourceFile;
import nl.saldo.core.study.StudySettings;

/**
 * The source of an {@link nl.saldo.core.study.InputProfile}'s tables: it derives all four microdata
 * tables at once from the files of the data directory ({@link #load}), then reads them as any
 * source does.
 */
interface ProfileSource extends InputSource {
  /** Derives the microdata tables from the profile's files; returns the files read. */
  List<SourceFile> load(InputSet inputs, StudySettings settings);

  /** The profile's checks of the files it read (for the manifest). */
  List<Map<String, Object>> checks();
}
