package nl.saldo.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.input.InputTable;
import nl.saldo.core.study.StudySettings;

/** What a run says about its inputs before it starts, and what it keeps out of its outputs. */
final class InputNotices {
  private InputNotices() {}

  /** Where gemeenten.csv comes from, when it is not the user's own file. */
  static void print(InputSet inputs, StudySettings settings, PrintStream out) {
    for (InputFile file : inputs.of(InputTable.GEMEENTEN)) {
      if (file.bundled() && !file.derived()) {
        out.println(
            "saldo: note: no gemeenten.csv in the areas directory; using the one bundled with study "
                + settings.name()
                + " (the manifest says so too)");
      } else if (!file.bundled()) {
        out.println("saldo: gemeenten from " + file.path());
      }
    }
  }

  /**
   * Only the file name of the study's boundary file: an absolute path would tell where the secure
   * environment keeps its files, in manifest.json, report.html and report.xlsx alike.
   */
  @SuppressWarnings("unchecked")
  static void portablePaths(Map<String, Object> manifest) {
    if (manifest.get("study") instanceof Map<?, ?> study && study.get("boundaries") != null) {
      Path named = Path.of(study.get("boundaries").toString()).getFileName();
      ((Map<String, Object>) study).put("boundaries", named == null ? null : named.toString());
    }
  }
}
