package nl.saldo.sav;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * {@code saldo inspect --cbs-ra study.yaml}: before a long run, which file the cbs-ra profile takes
 * for each register and year (its rows and variables), then the profile run once into an in-memory
 * database and its checks (persons without address, addresses without buurt, group other and why,
 * population types). Checks are warnings: the exit code stays 0.
 */
public final class CbsRaInspection {

  private CbsRaInspection() {}

  public static void print(PrintWriter out, Path studyFile, Path dataDir)
      throws IOException, SQLException {
    CbsRaSettings settings = CbsRaSettings.fromStudyFile(studyFile);
    Path root = CbsRaProfile.root(dataDir, settings);
    out.printf("cbs-ra profile of %s%n", studyFile);
    out.printf("root: %s%n", root);
    out.println();
    out.println("files (version rule: highest unless the study names a file):");
    List<CbsRaSource> chosen = CbsRaProfile.choose(dataDir, settings);
    for (CbsRaSource source : chosen) {
      try (SavFile sav = SavFile.open(source.file())) {
        out.printf(
            "  %-28s %s  %,d rows, %d variables%n",
            source.register(), shown(root, source.file()), rows(sav), sav.variables().size());
      }
    }
    out.flush();
    CbsRaRun run;
    try (Connection duckdb = offlineDuckDb()) {
      run = CbsRaProfile.run(duckdb, dataDir, settings);
    }
    out.println();
    out.printf(
        "checks (WARN = share above %s%%, or a population code in no list; never an error):%n",
        trimmed(settings.warnSharePct()));
    Set<String> names = new LinkedHashSet<>();
    for (CbsRaCheck check : run.checks()) {
      out.println("  " + check.line());
      names.add(check.name());
    }
    out.println();
    out.println("what the checks count:");
    for (String name : names) {
      out.printf("  %-30s %s%n", name, CbsRaCheck.MEANING.getOrDefault(name, name));
    }
    out.flush();
  }

  /** The header's row count, or the rows counted when the header declares none. */
  private static long rows(SavFile sav) throws IOException {
    long declared = sav.header().declaredRowCount();
    if (declared >= 0) {
      return declared;
    }
    SavCursor cursor = sav.rows();
    long rows = 0;
    while (cursor.next()) {
      rows++;
    }
    return rows;
  }

  private static String shown(Path root, Path file) {
    Path relative = file.startsWith(root) ? root.relativize(file) : file;
    return relative.toString().replace('/', '\\');
  }

  private static String trimmed(double pct) {
    return pct == Math.rint(pct) ? Long.toString((long) pct) : Double.toString(pct);
  }

  /** An in-memory DuckDB that, like saldo's engine, never installs or loads an extension. */
  private static Connection offlineDuckDb() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    return DriverManager.getConnection("jdbc:duckdb:", properties);
  }
}
