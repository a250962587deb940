package nl.saldo.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir Path dir;

  @Test
  void outputsAppearOnlyWhenPublished() throws IOException {
    Path target = dir.resolve("out");
    try (OutputDirectory output = OutputDirectory.prepare(target, false)) {
      Files.writeString(output.staging().resolve("stocks.csv"), "x");
      assertThat(target).doesNotExist();
      output.publish();
    }
    assertThat(target.resolve("stocks.csv")).hasContent("x");
    try (var entries = Files.list(dir)) {
      assertThat(entries).containsExactly(target);
    }
  }

  @Test
  void aFailedRunLeavesNothing() throws IOException {
    Path target = dir.resolve("out");
    try (OutputDirectory output = OutputDirectory.prepare(target, false)) {
      Files.writeString(output.staging().resolve("stocks.csv"), "half");
    }
    try (var entries = Files.list(dir)) {
      assertThat(entries).isEmpty();
    }
  }

  @Test
  void aNonEmptyTargetIsRefusedUnlessOverwriting() throws IOException {
    Path target = Files.createDirectories(dir.resolve("out"));
    Files.writeString(target.resolve("old.csv"), "old");
    previousRun(target, "old.csv");
    assertThatThrownBy(() -> OutputDirectory.prepare(target, false))
        .hasMessage(
            "--out "
                + target
                + " exists and is not empty; choose another directory or add --overwrite");
    try (OutputDirectory output = OutputDirectory.prepare(target, true)) {
      Files.writeString(output.staging().resolve("new.csv"), "new");
      output.publish();
    }
    assertThat(target.resolve("old.csv")).doesNotExist();
    assertThat(target.resolve("new.csv")).hasContent("new");
    try (var entries = Files.list(dir)) {
      assertThat(entries).containsExactly(target);
    }
  }

  @Test
  void overwriteReplacesOnlyAPreviousSaldoRun() throws IOException {
    Path target = Files.createDirectories(dir.resolve("out"));
    Files.writeString(target.resolve("thesis.docx"), "mine");
    assertThatThrownBy(() -> OutputDirectory.prepare(target, true))
        .hasMessageContaining(
            "is not the output of a previous saldo run (it has no manifest.json)");
    Files.writeString(target.resolve("manifest.json"), "{\"tool\": {\"name\": \"other\"}}");
    assertThatThrownBy(() -> OutputDirectory.prepare(target, true))
        .hasMessageContaining("(its manifest.json was not written by saldo)");
    Files.writeString(target.resolve("manifest.json"), "{not json");
    assertThatThrownBy(() -> OutputDirectory.prepare(target, true))
        .hasMessageContaining("(its manifest.json cannot be read as JSON)");
    previousRun(target, "stocks.csv");
    assertThatThrownBy(() -> OutputDirectory.prepare(target, true))
        .hasMessageContaining(
            "(it also holds thesis.docx, which its manifest does not list); --overwrite replaces"
                + " only such a directory, never anything else: choose another directory");
    assertThat(target.resolve("thesis.docx")).hasContent("mine");
    Files.delete(target.resolve("thesis.docx"));
    Files.writeString(target.resolve("compare-report.csv"), "written by saldo demo afterwards");
    OutputDirectory.prepare(target, true).close();
  }

  @Test
  void aRunKilledBeforeItCouldCleanUpIsRemovedByTheNextRun() throws IOException {
    Path target = dir.resolve("out");
    String prefix = OutputDirectory.prefix(target);
    // what SIGKILL leaves: a lock file nobody holds, half-written outputs
    Path killed = Files.createDirectories(dir.resolve(prefix + "999999999-1").resolve("staging"));
    Files.writeString(killed.resolve("stocks.csv"), "half");
    Files.writeString(killed.getParent().resolve(ScratchDirectory.LOCK_FILE), "saldo run");
    // killed before the lock file was written: no lock file, a process id that is gone
    Path early = Files.createDirectories(dir.resolve(prefix + "999999998-2"));
    // a live run of this user: no lock file yet, but its process (this one) lives
    Path live = Files.createDirectories(dir.resolve(prefix + ProcessHandle.current().pid() + "-3"));
    try (OutputDirectory output = OutputDirectory.prepare(target, false)) {
      assertThat(killed.getParent()).doesNotExist();
      assertThat(early).doesNotExist();
      assertThat(live).exists();
      assertThat(output.scratch().path().resolve(ScratchDirectory.LOCK_FILE)).exists();
    }
    assertThat(live).exists();
  }

  @Test
  void aLiveRunsDirectoryIsNeverSwept() throws IOException {
    Path target = dir.resolve("out");
    // another process's run, simulated by a lock this JVM holds on a directory it did not create
    Path other = Files.createDirectories(dir.resolve(OutputDirectory.prefix(target) + "1-4"));
    try (var channel =
            java.nio.channels.FileChannel.open(
                other.resolve(ScratchDirectory.LOCK_FILE),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        var lock = channel.lock()) {
      OutputDirectory.prepare(target, false).close();
      assertThat(other.resolve(ScratchDirectory.LOCK_FILE)).exists();
    }
    OutputDirectory.prepare(target, false).close();
    assertThat(other).doesNotExist();
  }

  private static void previousRun(Path target, String... files) throws IOException {
    StringBuilder outputs = new StringBuilder();
    for (String file : files) {
      outputs.append(outputs.length() == 0 ? "" : ", ").append("{\"file\": \"" + file + "\"}");
    }
    Files.writeString(
        target.resolve("manifest.json"),
        "{\"tool\": {\"name\": \"saldo\"}, \"outputs\": [" + outputs + "]}");
  }
}
