package nl.saldo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SynthCommandTest {
  @Test
  void helpExplainsEveryOptionAndItsDefault() {
    StringWriter text = new StringWriter();
    CommandLine command = new CommandLine(new SynthCommand());
    command.setOut(new PrintWriter(text));

    int exit = command.execute("--help");

    assertThat(exit).isZero();
    assertThat(text.toString())
        .contains(
            "--out=DIR",
            "--study",
            "default: noord-nederland-2018",
            "--scale=north|national",
            "Default: north",
            "--fraction",
            "Default: 0.1",
            "--seed",
            "default: 2018",
            "--format=csv|parquet",
            "default: csv",
            "--areas-from=DIR");
  }

  @Test
  void namesTheChoicesOfAnUnknownScale() {
    StringWriter errors = new StringWriter();
    CommandLine command = new CommandLine(new SynthCommand());
    command.setErr(new PrintWriter(errors));

    int exit = command.execute("--out", "target/never", "--scale", "europe");

    assertThat(exit).isNotZero();
    assertThat(errors.toString()).contains("--scale 'europe': expected north or national");
  }

  @Test
  void rejectsAFractionOutsideZeroToOne() {
    StringWriter errors = new StringWriter();
    CommandLine command = new CommandLine(new SynthCommand());
    command.setErr(new PrintWriter(errors));

    int exit = command.execute("--out", "target/never", "--fraction", "1.5");

    assertThat(exit).isNotZero();
    assertThat(errors.toString()).contains("--fraction 1.5: expected a number in (0, 1]");
  }
}
