package nl.saldo.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.study.StudySettings;
import nl.saldo.report.KeyFindings;

/**
 * The terminal summary after a run, in the words and language of the report: the key findings per
 * area type and for the study area (change of the share of lower incomes in percentage points, the
 * net in % per year of lower and of higher incomes incl. students, which way domestic moves push
 * the share of lower incomes) with the study's names, and where the outputs are. Only
 * disclosure-controlled numbers, read back from the run's published tables.
 */
final class Summary {
  private final RunJob.Outcome outcome;
  private final String lang;

  Summary(RunJob.Outcome outcome) {
    this(outcome, "en");
  }

  /** The summary in the report's language (nl or en), with the study's names. */
  Summary(RunJob.Outcome outcome, String lang) {
    this.outcome = outcome;
    this.lang = lang == null ? "nl" : lang;
  }

  void print(PrintStream out) {
    printFindings(out);
    printOutputs(out);
    printTimes(out);
  }

  /** The run's study, its disclosure note and the key findings with their components. */
  void printFindings(PrintStream out) {
    StudySettings settings = outcome.settings();
    boolean dutch = "nl".equals(lang);
    KeyFindings findings = KeyFindings.of(outcome.out(), lang);
    out.printf(
        Locale.ROOT,
        dutch
            ? "%nsaldo: %s — binnenlandse verhuizingen %s … %s, bevolking op 1 januari %d en %d%n"
            : "%nsaldo: %s — domestic moves %s … %s, stocks 1 January %d and %d%n",
        findings.studyName(settings.name()),
        settings.windowStart(),
        settings.windowEnd(),
        settings.stockStartYear(),
        settings.stockEndYear());
    out.println(
        outcome.result().tables().unsafeUnrounded()
            ? (dutch
                ? "!! ONVEILIG: aantallen NIET afgerond — niet voor publicatie"
                : "!! UNSAFE: counts are NOT rounded — not for publication")
            : outcome.result().tables().exactPercentages()
                ? (dutch
                    ? "!! ONVEILIG: percentages uit NIET afgeronde aantallen — niet voor publicatie"
                    : "!! UNSAFE: percentages from UNROUNDED counts — not for publication")
                : dutch
                    ? "Aantallen afgerond op veelvouden van "
                        + settings.disclosure().roundingBase()
                        + " (onthullingscontrole aan).\n"
                        + "Percentages komen uit de afgeronde aantallen. Elk aantal is apart"
                        + " afgerond: in − uit = saldo en\nde groepen die optellen tot het totaal"
                        + " gelden alleen voor afronding; gepubliceerde cijfers kunnen een paar "
                        + settings.disclosure().roundingBase()
                        + "-tallen verschillen."
                    : "Counts rounded to multiples of "
                        + settings.disclosure().roundingBase()
                        + " (disclosure control on).\n"
                        + "Percentages come from the rounded counts. Each count is rounded on its own,"
                        + " so in − out = net and\nthe groups adding up to the total hold before"
                        + " rounding only: published figures may differ by a few "
                        + settings.disclosure().roundingBase()
                        + "s.");
    if (java.nio.file.Files.exists(outcome.out().resolve("SYNTHETIC.txt"))) {
      out.println(
          dutch
              ? "Synthetische gegevens (saldo synth): niet uit registers, niet voor beleid."
              : "Synthetic data (saldo synth): not from registers, not for policy.");
    }
    out.println();
    if (findings.findings().isEmpty()) {
      out.println(dutch ? "(geen gebiedstypen in deze run)" : "(no area_type layer in this run)");
    }
    findings.lines().forEach(out::println);
    ComponentsSummary.print(
        out, outcome.result().tables().table(Mart.COMPONENTS), findings::areaTypeName, lang);
  }

  /** Where the outputs are (the reports by name) and the time per stage. */
  void printOutputs(PrintStream out) {
    boolean dutch = "nl".equals(lang);
    out.printf(Locale.ROOT, "%n%s %s%n", dutch ? "Uitvoer in" : "Outputs in", outcome.out());
    for (String file : List.of("report.html", "report.xlsx", "report.pdf")) {
      if (java.nio.file.Files.exists(outcome.out().resolve(file))) {
        out.println("  " + outcome.out().resolve(file));
      }
    }
  }

  /** The time per stage and the peak memory, on one line. */
  void printTimes(PrintStream out) {
    out.print("nl".equals(lang) ? "Tijd per stap:" : "Stage times:");
    outcome
        .timings()
        .forEach((stage, millis) -> out.printf(Locale.ROOT, " %s %.1fs", stage, millis / 1000.0));
    long peak = PeakMemory.residentMib();
    if (peak >= 0) {
      out.printf(Locale.ROOT, " peak_rss %.1fGiB", peak / 1024.0);
    }
    out.println();
  }
}
