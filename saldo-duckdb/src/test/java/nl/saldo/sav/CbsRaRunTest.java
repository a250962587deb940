package nl.saldo.sav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.output.Manifest;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Pipeline;
import nl.saldo.core.pipeline.ProgressListener;
import nl.saldo.core.pipeline.RunResult;
import nl.saldo.core.study.RepairPolicy;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
import nl.saldo.duckdb.DuckDbEngineFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same seeded population as CBS Remote Access register files (.sav, CBS names, codes and
 * conventions, in per-register folders with older versions beside them) through the cbs-ra profile,
 * and as format v1 CSV: every output table is equal. Both runs drop the spells at the addresses
 * whose buurt is unknown (VSLGWBTAB -------- and 0363----) by the documented repair.
 */
class CbsRaRunTest {
  @TempDir Path dir;

  @Test
  void registerFilesGiveTheSameTablesAsFormatV1() throws IOException {
    CbsPopulation population = new CbsPopulation(20190601L, 300);
    Path cbs = Files.createDirectories(dir.resolve("G drive"));
    Path v1 = Files.createDirectories(dir.resolve("v1"));
    population.writeCbs(cbs);
    population.writeV1(v1);
    Path areas = Files.createDirectories(dir.resolve("areas"));
    Files.writeString(
        areas.resolve("buurten.csv"),
        """
        buurt_code,gemeente_code,oad
        BU00140000,GM0014,2600
        BU00140101,GM0014,1700
        BU00800203,GM0080,1200
        BU01060105,GM0106,800
        BU03630000,GM0363,3000
        BU05990711,GM0599,2800
        """);
    String common =
        """
        stock_years: [2011, 2013]
        move_window: {start: 2011-01-01, end: 2012-12-31}
        disclosure: {min_denominator: 10}
        """;
    Path study = dir.resolve("cbs-ra.yaml");
    Files.writeString(
        study,
        common
            + """
        cbs_ra:
          persons:
            origin_codes: {"6030": nl, "5022": non_western, "6014": western}
          incomes:
            years: [2011, 2012, 2013]
        """);
    Set<RepairPolicy> dropSpellsWithoutBuurt = Set.of(RepairPolicy.UNKNOWN_ADDRESS);
    StudySettings cbsSettings =
        StudyFile.load(study.toString())
            .withUnsafeUnrounded(true)
            .withRepairs(dropSpellsWithoutBuurt);
    Path v1Study = Files.writeString(dir.resolve("v1.yaml"), common);
    StudySettings v1Settings =
        StudyFile.load(v1Study.toString())
            .withUnsafeUnrounded(true)
            .withRepairs(dropSpellsWithoutBuurt);

    InputSet cbsInputs = InputSet.find(cbs, areas, cbsSettings);
    RunResult fromRegisters = run(cbsSettings, cbsInputs);
    RunResult fromFormatV1 = run(v1Settings, InputSet.find(v1, areas, v1Settings));

    assertThat(fromRegisters.facts().get("moves_found")).isPositive();
    assertThat(fromRegisters.sourceFiles()).hasSize(9);
    assertThat(fromRegisters.sourceChecks())
        .extracting(check -> check.get("check"))
        .contains("persons_without_address_spell", "spells_without_buurt", "other_share");
    assertThat(fromFormatV1.sourceChecks()).isEmpty();
    Map<String, Object> manifest =
        Manifest.build(cbsSettings, cbsInputs, fromRegisters, "duckdb", Instant.EPOCH);
    assertThat(manifest.get("source_checks")).isEqualTo(fromRegisters.sourceChecks());
    assertThat(fromRegisters.sourceChecks().get(0))
        .containsEntry("check", "persons_without_address_spell")
        .containsEntry("count", 3L)
        .containsEntry("of", 300L)
        .containsEntry("warning", false);
    for (Mart mart : Mart.values()) {
      assertThat(fromRegisters.tables().table(mart).rows())
          .as(mart.tableName())
          .isEqualTo(fromFormatV1.tables().table(mart).rows());
    }
    assertThat(fromRegisters.facts()).isEqualTo(fromFormatV1.facts());
  }

  private static RunResult run(StudySettings settings, InputSet inputs) {
    try (var engine = new DuckDbEngineFactory().create(null, "1GB", 1)) {
      return new Pipeline(engine, ProgressListener.SILENT).run(inputs, settings);
    }
  }
}
