package nl.saldo.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.saldo.core.SaldoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one CSV reader of the small files: RFC 4180, BOM, CRLF, and faults named by file and line.
 */
class CsvReaderTest {
  @TempDir Path dir;

  @Test
  void quotedSeparatorsQuotesAndNewlinesAreOneField() {
    CsvReader.Table table =
        CsvReader.read(
            new StringReader(
                "code,name\nGM0003,\"Appingedam, \"\"oud\"\"\nen nieuw\"\nGM0005,Bedum\n"),
            "gemeenten.csv");
    assertThat(table.header()).containsExactly("code", "name");
    assertThat(table.rows()).hasSize(2);
    assertThat(table.rows().get(0).values())
        .containsExactly("GM0003", "Appingedam, \"oud\"\nen nieuw");
    assertThat(table.rows().get(1).values()).containsExactly("GM0005", "Bedum");
  }

  @Test
  void aByteOrderMarkAndCrlfAreRead() throws IOException {
    Path file = dir.resolve("gemeenten.csv");
    Files.writeString(file, "\uFEFFcode,name\r\nGM0003,Appingedam\r\n\r\n");
    assertThat(CsvReader.header(file, "gemeenten.csv")).containsExactly("code", "name");
    CsvReader.Table table = CsvReader.read(file, "gemeenten.csv");
    assertThat(table.rows())
        .singleElement()
        .extracting(CsvReader.Row::values)
        .isEqualTo(List.of("GM0003", "Appingedam"));
  }

  @Test
  void aRepeatedOrEmptyColumnNameIsRefused() throws IOException {
    Path twice = dir.resolve("twice.csv");
    Files.writeString(twice, "gemeente_code,name,gemeente_code\nGM1,a,GM1\n");
    assertThatThrownBy(() -> CsvReader.header(twice, "gemeenten.csv"))
        .isInstanceOfSatisfying(
            SaldoException.class,
            e -> assertThat(e.exitCode()).isEqualTo(SaldoException.INVALID_INPUT))
        .hasMessage("gemeenten.csv line 1: the header names column \"gemeente_code\" twice");
    Path trailing = dir.resolve("trailing.csv");
    Files.writeString(trailing, "buurt_code,gemeente_code,oad,\n");
    assertThatThrownBy(() -> CsvReader.header(trailing, "buurten.csv"))
        .hasMessage(
            "buurten.csv line 1: column 4 of the header has no name (a comma at the end of the"
                + " header?)");
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "a,,c\n");
    assertThatThrownBy(() -> CsvReader.header(empty, "e.csv"))
        .hasMessage("e.csv line 1: column 2 of the header has no name");
  }

  @Test
  void aByteThatIsNotUtf8IsNamedWithFileAndLine() throws IOException {
    Path file = dir.resolve("gemeenten.csv");
    byte[] head = "code,name\nGM0003,Appingedam\nGM0005,Bed".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFC; // ü in Latin-1
    bytes[head.length + 1] = 'm';
    bytes[head.length + 2] = '\n';
    Files.write(file, bytes);
    assertThatThrownBy(() -> CsvReader.read(file, "gemeenten.csv"))
        .isInstanceOf(SaldoException.class)
        .hasMessage("gemeenten.csv line 3: byte 0xFC is not UTF-8 text (save the file as UTF-8)");
    assertThat(CsvReader.header(file, "gemeenten.csv")).containsExactly("code", "name");
  }

  @Test
  void badQuotingIsNamedWithFileAndLine() {
    assertThatThrownBy(() -> CsvReader.read(new StringReader("a,b\n1,\"x\"y\n"), "od.csv"))
        .isInstanceOf(SaldoException.class)
        .hasMessageStartingWith("od.csv line 2: not valid CSV: ");
  }
}
