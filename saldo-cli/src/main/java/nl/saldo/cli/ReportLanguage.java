package nl.saldo.cli;

import picocli.CommandLine.Option;

/** The language of the reports, shared by the commands that write them after a run. */
final class ReportLanguage {
  @Option(
      names = "--lang",
      defaultValue = "nl",
      description = "Language of the reports: nl or en (default: ${DEFAULT-VALUE}).")
  String lang;
}
