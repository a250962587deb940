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
  }
}
