package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header of an input CSV is read by the one CSV reader before DuckDB sees the file. */
class CsvHeaderTest {
  @TempDir Path dir;

  @Test
  void aTrailingCommaOrARepeatedNameIsNamedNotABinderError() throws IOException {
    Path buurten = dir.resolve("buurten.csv");
    Files.writeString(buurten, "buurt_code,gemeente_code,oad,\nBU1,GM1,100,\n");
    assertThatThrownBy(() -> CsvHeader.read(buurten, "buurten.csv"))
        .hasMessage(
            "buurten.csv line 1: column 4 of the header has no name (a comma at the end of the"
                + " header?)");
    Path gemeenten = dir.resolve("gemeenten.csv");
    Files.writeString(gemeenten, "gemeente_code,gemeente_name,gemeente_code\n");
    assertThatThrownBy(() -> CsvHeader.read(gemeenten, "gemeenten.csv"))
        .hasMessage("gemeenten.csv line 1: the header names column \"gemeente_code\" twice");
  }

  @Test
  void aLatinOneByteAfterTheHeaderIsLeftToTheReaderThatNamesItsLine() throws IOException {
    Path persons = dir.resolve("persons.csv");
    byte[] text =
        "person_id,birth_date\nP1,1950-01-01\nP\u00e9,1950-01-01\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(persons, text);
    assertThat(CsvHeader.read(persons, "persons.csv")).containsExactly("person_id", "birth_date");
  }

  @Test
  void aQuotedHeaderWithABomIsRead() throws IOException {
    Path file = dir.resolve("gemeenten.csv");
    Files.writeString(file, "\uFEFF\"gemeente_code\",\"gemeente_name\"\r\nGM1,\"A, B\"\r\n");
    assertThat(CsvHeader.read(file, "gemeenten.csv"))
        .containsExactly("gemeente_code", "gemeente_name");
  }
}
