package nl.saldo.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of docs/design.md, enforced in {@code mvn verify}: the core names no engine, no
 * output module and no command line; the report reads a run's tables, never the engine; only the
 * CLI wires modules together (picocli lives there alone).
 */
class ModuleRulesTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("nl.saldo");
  }

  @Test
  void theRulesSeeEveryModule() {
    for (String name :
        List.of(
            "nl.saldo.core.pipeline.Pipeline",
            "nl.saldo.duckdb.DuckDbEngine",
            "nl.saldo.report.Reports",
            "nl.saldo.synth.Synthesizer",
            "nl.saldo.sav.SavFile",
            "nl.saldo.cli.Main")) {
      assertThat(main.contain(name)).as(name).isTrue();
    }
    assertThat(main.contain("nl.saldo.cli.ModuleRulesTest")).isFalse();
  }

  @Test
  void coreImportsNoEngineReportCliPicocliOrDuckDb() {
    noClasses()
        .that()
        .resideInAPackage("nl.saldo.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "nl.saldo.duckdb..",
            "nl.saldo.report..",
            "nl.saldo.cli..",
            "nl.saldo.synth..",
            "nl.saldo.sav..",
            "picocli..",
            "org.duckdb..")
        .check(main);
  }

  @Test
  void reportImportsNoEngine() {
    noClasses()
        .that()
        .resideInAPackage("nl.saldo.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("nl.saldo.duckdb..", "nl.saldo.sav..", "org.duckdb..", "nl.saldo.cli..")
        .check(main);
  }

  @Test
  void onlyTheCliWiresModulesAndUsesPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("nl.saldo.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..", "nl.saldo.cli..")
        .check(main);
    noClasses()
        .that()
        .resideInAnyPackage("nl.saldo.synth..", "nl.saldo.sav..", "nl.saldo.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("nl.saldo.duckdb..")
        .check(main);
  }

  /**
   * Issue #9, item 2: the core knows input sources only as {@code InputProfile} (and file
   * extensions); no class, method or field of it is named after the CBS register files, whose
   * profile lives in saldo-sav and is found with ServiceLoader.
   */
  @Test
  void coreNamesNoInputProfile() {
    noClasses()
        .that()
        .resideInAPackage("nl.saldo.core..")
        .should()
        .haveNameMatching("(?i).*cbs.*")
        .check(main);
    noMembers()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("nl.saldo.core..")
        .should()
        .haveNameMatching("(?i).*cbs.*")
        .check(main);
  }
}
