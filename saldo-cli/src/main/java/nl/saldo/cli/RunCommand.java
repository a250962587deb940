package nl.saldo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code saldo run}: register extracts in, the report's tables out. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the method of METHOD.md on microdata in format v1 and write stocks.csv, migration.csv, "
          + "od.csv and manifest.json to --out, disclosure-controlled. Outputs appear only when the run "
          + "is complete; invalid input stops the run (exit code 2) with one message per fault.%n"
    })
final class RunCommand implements Callable<Integer> {
  @Mixin RunOptions options;

  @Mixin ReportLanguage language;

  @Mixin EngineOptions engine;

  @Override
  public Integer call() throws Exception {
    RunJob job = new RunJob(options.inputs(), options.output(), language.lang, engine);
    RunJob.Outcome outcome = job.execute(System.err);
    new Summary(outcome, language.lang).print(System.out);
    return 0;
  }
}
