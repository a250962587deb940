package nl.saldo.core.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.csv.CsvReader;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.input.InputTable;
import nl.saldo.core.study.BundledStudies;
import nl.saldo.core.study.StudySettings;

/**
 * What the reports need to speak of areas as a study does, written beside the output tables (whose
 * columns METHOD.md fixes): {@code names.csv} (layer, unit, lang, name, in_text: a layer's or
 * unit's display name and its form inside a sentence, e.g. "de Veenkoloniën", in the study's order)
 * and {@code members.csv} (which unit of each municipal layer every municipality belongs to, so the
 * map can draw those layers from municipal boundaries). The names come from the bundled study's
 * names.csv, from the optional columns {@code area_type_name} and {@code region_name} of the
 * gemeenten file and from the study file's {@code names:} section (last, so it wins); a unit
 * without a name keeps its code. Area definitions only: no person data.
 */
public final class AreaNames {
  public static final String NAMES = "names.csv";
  public static final String MEMBERS = "members.csv";

  /** The marker saldo synth writes into a synthetic data directory; a run copies it. */
  public static final String SYNTHETIC = "SYNTHETIC.txt";

  private static final List<String> MEMBER_LAYERS = List.of("region", "area_type", "province");

  private AreaNames() {}

  /** Writes names.csv and members.csv (and SYNTHETIC.txt for synthetic data) into {@code dir}. */
  public static List<Path> write(StudySettings settings, InputSet inputs, Path data, Path dir)
      throws IOException {
    Set<String> rows = new LinkedHashSet<>();
    if (BundledStudies.exists(settings.name())) {
      try (InputStream in = BundledStudies.open(settings.name(), NAMES)) {
        List<List<String>> bundled = read(in, NAMES);
        bundled.stream().skip(1).forEach(row -> rows.add(line(row)));
      } catch (nl.saldo.core.SaldoException e) {
        // a bundled study without names: codes stay as they are
      }
    }
    List<List<String>> gemeenten = gemeenten(inputs, settings);
    List<String> members = new ArrayList<>();
    if (!gemeenten.isEmpty()) {
      List<String> header = gemeenten.get(0);
      int code = header.indexOf("gemeente_code");
      Map<String, Integer> layers = new LinkedHashMap<>();
      MEMBER_LAYERS.forEach(layer -> layers.put(layer, header.indexOf(layer)));
      for (String layer : List.of("area_type", "region")) {
        int unit = header.indexOf(layer);
        int name = header.indexOf(layer + "_name");
        if (unit >= 0 && name >= 0) {
          for (List<String> row : gemeenten.subList(1, gemeenten.size())) {
            if (row.size() > Math.max(unit, name) && !row.get(name).isBlank()) {
              for (String lang : List.of("nl", "en")) {
                rows.add(line(List.of(layer, row.get(unit), lang, row.get(name), row.get(name))));
              }
            }
          }
        }
      }
      if (code >= 0) {
        members.add("gemeente_code,layer,unit");
        for (List<String> row : gemeenten.subList(1, gemeenten.size())) {
          layers.forEach(
              (layer, index) -> {
                if (index >= 0 && index < row.size()) {
                  members.add(line(List.of(row.get(code), layer, row.get(index))));
                }
              });
          members.add(line(List.of(row.get(code), "study", "study")));
        }
      }
    }
    // the study file's names: section, last, so that its names win
    settings
        .names()
        .forEach(
            (layer, units) ->
                units.forEach(
                    (unit, name) -> {
                      for (String lang : List.of("nl", "en")) {
                        rows.add(
                            line(List.of(layer, unit, lang, name.name(lang), name.inText(lang))));
                      }
                    }));
    List<Path> written = new ArrayList<>();
    List<String> names = new ArrayList<>();
    names.add("layer,unit,lang,name,in_text");
    names.addAll(rows);
    written.add(Files.write(dir.resolve(NAMES), names, StandardCharsets.UTF_8));
    if (!members.isEmpty()) {
      written.add(Files.write(dir.resolve(MEMBERS), members, StandardCharsets.UTF_8));
    }
    if (data != null && Files.isRegularFile(data.resolve(SYNTHETIC))) {
      written.add(Files.copy(data.resolve(SYNTHETIC), dir.resolve(SYNTHETIC)));
    }
    return written;
  }

  private static List<List<String>> gemeenten(InputSet inputs, StudySettings settings)
      throws IOException {
    for (InputFile file : inputs.of(InputTable.GEMEENTEN)) {
      if (file.bundled() && !file.derived() && BundledStudies.exists(settings.name())) {
        try (InputStream in = BundledStudies.open(settings.name(), "gemeenten.csv")) {
          return read(in, "gemeenten.csv");
        }
      }
      if (!file.bundled() && file.format().equals("csv") && Files.isRegularFile(file.path())) {
        try (InputStream in = Files.newInputStream(file.path())) {
          return read(in, "gemeenten.csv");
        }
      }
    }
    return List.of();
  }

  /** The header and the rows of a small CSV (the one CSV reader), each value trimmed. */
  static List<List<String>> read(InputStream in, String source) {
    CsvReader.Table table =
        CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), source);
    List<List<String>> rows = new ArrayList<>();
    if (table.header().isEmpty()) {
      return rows;
    }
    rows.add(trimmed(table.header()));
    for (CsvReader.Row row : table.rows()) {
      rows.add(trimmed(row.values()));
    }
    return rows;
  }

  private static List<String> trimmed(List<String> values) {
    return values.stream().map(String::trim).toList();
  }

  private static String line(List<String> fields) {
    return String.join(
        ",",
        fields.stream()
            .map(f -> f.contains(",") || f.contains("\"") ? '"' + f.replace("\"", "\"\"") + '"' : f)
            .toList());
  }
}
