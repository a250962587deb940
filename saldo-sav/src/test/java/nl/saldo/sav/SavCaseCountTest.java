package nl.saldo.sav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A system file whose header declares more (or fewer) cases than it holds was cut short or written
 * wrongly: loading it must fail naming the file and both counts, not load the part that is there
 * (545 of 829 moves became "other" when a 12,915-case file held 6,000).
 */
class SavCaseCountTest {
  @TempDir Path dir;

  @Test
  void aFileWithFewerCasesThanDeclaredIsRefused() throws Exception {
    Path file = write(3, 5);
    try (Connection duckdb = OfflineDuckDb.open()) {
      assertThatThrownBy(() -> SavToDuckDb.load(duckdb, file, "raw_t", Map.of()))
          .isInstanceOf(SavFormatException.class)
          .hasMessage(
              "short.sav: the header declares 5 cases but the file holds 3 (cut short: copied or"
                  + " written incompletely?); nothing loaded");
    }
  }

  @Test
  void aFileWithMoreCasesThanDeclaredIsRefused() throws Exception {
    Path file = write(3, 2);
    try (Connection duckdb = OfflineDuckDb.open()) {
      assertThatThrownBy(() -> SavToDuckDb.load(duckdb, file, "raw_t", Map.of()))
          .hasMessage(
              "short.sav: the header declares 2 cases but the file holds 3; nothing loaded");
    }
  }

  @Test
  void theDeclaredCountOrNoneLoads() throws Exception {
    try (Connection duckdb = OfflineDuckDb.open()) {
      assertThat(SavToDuckDb.load(duckdb, write(3, 3), "raw_t", Map.of())).isEqualTo(3);
      assertThat(SavToDuckDb.load(duckdb, write(3, -1), "raw_u", Map.of())).isEqualTo(3);
    }
  }

  /** Three cases of two variables; the header's case count (byte 80) set to {@code declared}. */
  private Path write(int rows, int declared) throws IOException {
    Path file = dir.resolve("short.sav");
    try (SavWriter writer =
        new SavWriter(
            file,
            List.of(SavWriter.Variable.string("person_id", 8), SavWriter.Variable.numeric("year")),
            false)) {
      for (int i = 1; i <= rows; i++) {
        writer.row("P" + i, 2010.0 + i);
      }
    }
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      raw.seek(80);
      raw.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(declared).array());
    }
    return file;
  }
}
