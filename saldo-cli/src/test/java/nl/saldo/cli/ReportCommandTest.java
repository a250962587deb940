package nl.saldo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.saldo.report.ReportOptions;
import nl.saldo.report.Reports;
import nl.saldo.report.RunDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `saldo report --run DIR` on a directory holding only the three CSVs and the manifest. */
class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void theCommandGivesTheSameReportAsTheApi() throws IOException {
    Path api = RunDirs.copyOfSmall(dir.resolve("api"));
    Reports.write(api, new ReportOptions("en", null, false));
    Path command = RunDirs.copyOfSmall(dir.resolve("command"));
    StringWriter out = new StringWriter();
    int exit =
        new CommandLine(new ReportCommand())
            .setOut(new PrintWriter(out))
            .execute("--run", command.toString(), "--lang", "en", "--no-charts");
    assertThat(exit).isZero();
    assertThat(out.toString()).contains(command.resolve("report.html").toString());
    assertThat(Files.readString(command.resolve("report.html")))
        .isEqualTo(Files.readString(api.resolve("report.html")));
    assertThat(command.resolve("charts")).doesNotExist();
  }

  @Test
  void theCommandExplainsItsOptions() {
    StringWriter out = new StringWriter();
    new CommandLine(new ReportCommand()).setOut(new PrintWriter(out)).execute("--help");
    assertThat(out.toString())
        .contains("--run=DIR", "--lang=nl|en", "--boundaries=FILE", "--[no-]charts");
  }
}
