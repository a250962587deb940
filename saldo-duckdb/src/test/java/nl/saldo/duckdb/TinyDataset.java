package nl.saldo.duckdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.input.InvalidInputException;
import nl.saldo.core.pipeline.InputReport;
import nl.saldo.core.pipeline.Pipeline;
import nl.saldo.core.pipeline.ProgressListener;
import nl.saldo.core.pipeline.RunResult;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
import org.assertj.core.api.Assertions;

/**
 * Test helper: the files of a dataset as text, written to a directory and run through the whole
 * method in-process. The base dataset is InvalidInputTest's: two persons in two municipalities, P1
 * moving once (2012-03-01, GM0001 → GM0002).
 */
final class TinyDataset {
  final Map<String, String> files = new LinkedHashMap<>();

  static TinyDataset base() {
    TinyDataset data = new TinyDataset();
    data.files.put(
        "persons.csv",
        """
        person_id,birth_date,origin,register_entry_date
        P1,1980-01-01,nl,1980-01-01
        P2,1990-05-05,non_western,1995-05-05
        """);
    data.files.put(
        "residences.csv",
        """
        person_id,address_id,start_date,end_date
        P1,A1,2000-01-01,2012-03-01
        P1,A2,2012-03-01,
        P2,A2,2005-01-01,
        """);
    data.files.put(
        "addresses.csv",
        """
        address_id,buurt_code
        A1,BU00010001
        A2,BU00020001
        """);
    data.files.put(
        "incomes.csv",
        """
        person_id,year,household_kind,student,income_pct
        P1,2013,private,false,120
        P2,2011,private,,
        """);
    data.files.put(
        "areas/buurten.csv",
        """
        buurt_code,gemeente_code,oad
        BU00010001,GM0001,800
        BU00020001,GM0002,1600
        BU00030001,GM0003,
        """);
    data.files.put(
        "areas/gemeenten.csv",
        """
        gemeente_code,gemeente_name,province,region,area_type
        GM0001,Een,Groningen,Noord,krimp
        GM0002,Twee,Drenthe,Zuid,overig
        """);
    return data;
  }

  /** Replaces the first occurrence of {@code from} in {@code file}; fails when it is absent. */
  TinyDataset replace(String file, String from, String to) {
    String text = files.get(file);
    if (text == null || !text.contains(from)) {
      throw new IllegalArgumentException(file + " has no " + from);
    }
    files.put(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    return this;
  }

  void write(Path dir) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue().getBytes(StandardCharsets.UTF_8));
    }
  }

  RunResult run(Path dir) throws IOException {
    return run(dir, StudyFile.defaults());
  }

  RunResult run(Path dir, StudySettings settings) throws IOException {
    write(dir);
    InputSet inputs = InputSet.find(dir, dir.resolve("areas"), settings);
    try (var engine = new DuckDbEngineFactory().create(null, "1GB", 1)) {
      return new Pipeline(engine, ProgressListener.SILENT).run(inputs, settings);
    }
  }

  /** Asserts that a run of these files stops as invalid input (exit code 2) with this message. */
  void assertInvalid(Path dir, String message) {
    Assertions.assertThatThrownBy(() -> run(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input:\n  " + message)
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(2);
  }

  /** The input report of one table of a run. */
  static InputReport report(RunResult result, String table) {
    return result.inputs().stream().filter(r -> r.table().equals(table)).findFirst().orElseThrow();
  }
}
