package nl.saldo.sav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SavFileTest {

  @ParameterizedTest
  @CsvSource({
    "types-uncompressed.sav, none, UTF-8",
    "types-bytecode.sav, bytecode, UTF-8",
    "types.zsav, zlib, UTF-8",
    "types-windows-1252.sav, bytecode, windows-1252"
  })
  void readsEveryValueAsTheSourceHasIt(String fixture, String compression, String encoding)
      throws IOException {
    List<String[]> expected = expectedRows();
    try (SavFile sav = SavFile.open(Fixtures.path(fixture))) {
      assertThat(sav.header().compression()).isEqualTo(compression);
      assertThat(sav.header().encoding().name()).isEqualTo(encoding);
      assertThat(sav.header().declaredRowCount()).isEqualTo(5);
      assertThat(sav.variables()).extracting(SavVariable::name).containsExactly(expected.get(0));
      SavCursor rows = sav.rows();
      for (int row = 1; row < expected.size(); row++) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.rowNumber()).isEqualTo(row);
        for (SavVariable variable : sav.variables()) {
          String want = expected.get(row)[variable.index()];
          assertThat(rows.text(variable))
              .as("%s row %d %s", fixture, row, variable.name())
              .isEqualTo(want.isEmpty() ? null : want);
        }
      }
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void describesVariables() throws IOException {
    try (SavFile sav = SavFile.open(Fixtures.path("types-bytecode.sav"))) {
      assertThat(sav.variable("ID").label()).isEqualTo("Row id");
      assertThat(sav.variable("name").label()).isEqualTo("Naam met accenten é");
      assertThat(sav.variable("name").typeName()).isEqualTo("string(40)");
      assertThat(sav.variable("note").width()).isEqualTo(600);
      assertThat(sav.variable("note").segments()).hasSize(3);
      assertThat(sav.variable("birth").format().name()).isEqualTo("DATE11");
      assertThat(sav.variable("amount").format().decimals()).isEqualTo(2);
      assertThat(sav.variable("score").valueLabels())
          .containsEntry("5", "five")
          .containsEntry("12", "twelve");
      assertThat(sav.variable("short").valueLabels()).containsEntry("nl", "Nederland");
      assertThat(sav.variable("score").missing().describe()).isEqualTo("90 THRU 99, -1");
      assertThat(sav.variable("short").missing().describe()).isEqualTo("'-', '--'");
      assertThat(sav.variable("name").missing().describe()).isEqualTo("'n/a'");
    }
  }

  @Test
  void tellsSystemMissingFromUserMissing() throws IOException {
    try (SavFile sav = SavFile.open(Fixtures.path("types.zsav"))) {
      SavVariable code = sav.variable("code");
      SavCursor rows = sav.rows();
      rows.next();
      rows.next();
      assertThat(rows.number(code)).isEqualTo(9_999_999_999d);
      assertThat(rows.isMissing(code)).isTrue();
      assertThat(rows.isSystemMissing(code)).isFalse();
      rows.next();
      rows.next();
      assertThat(rows.isSystemMissing(code)).isTrue();
    }
  }

  @Test
  void streamsZlibDataOverSeveralBlocks() throws IOException {
    try (SavFile sav = SavFile.open(Fixtures.path("blocks.zsav"))) {
      SavVariable id = sav.variable("id");
      SavVariable text = sav.variable("text");
      SavCursor rows = sav.rows();
      long count = 0;
      while (rows.next()) {
        count++;
        long want = count % 150;
        assertThat(rows.number(id)).isEqualTo(want);
        assertThat(rows.string(text)).startsWith("row " + (want % 10) + " ---").hasSize(255);
      }
      assertThat(count).isEqualTo(15_000);
    }
  }

  @Test
  void namesTheFileAndTheFaultWhenItIsNoSystemFile(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("persons.sav");
    Files.writeString(csv, "person_id,birth_date\n1,2000-01-01\n");
    assertThatThrownBy(() -> SavFile.open(csv))
        .isInstanceOf(SavFormatException.class)
        .hasMessage(
            csv
                + " at byte 4: not an SPSS system file (starts with 'pers', expected $FL2 or $FL3)");
  }

  @Test
  void listsTheVariablesWhenOneIsNotThere() throws IOException {
    try (SavFile sav = SavFile.open(Fixtures.path("types.zsav"))) {
      assertThatThrownBy(() -> sav.variable("RINPERSOON"))
          .hasMessageEndingWith(
              "has no variable 'RINPERSOON'; its variables are "
                  + "id, amount, code, score, birth, ymd_num, ymd_str, short, name, stamp, note");
    }
  }

  @Test
  void namesTheFileWhenItEndsInsideARow(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    byte[] whole = Files.readAllBytes(Fixtures.path("types-uncompressed.sav"));
    Path cut = dir.resolve("cut.sav");
    Files.write(cut, Arrays.copyOf(whole, whole.length - 100));
    try (SavFile sav = SavFile.open(cut)) {
      SavCursor rows = sav.rows();
      assertThatThrownBy(
              () -> {
                while (rows.next()) {
                  // read to the cut
                }
              })
          .hasMessageStartingWith(cut + " at byte ")
          .hasMessageEndingWith(": file ends inside a record");
    }
  }

  static List<String[]> expectedRows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line :
        Files.readAllLines(Fixtures.path("types-expected.tsv"), StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t", -1);
      rows.add(Arrays.copyOf(fields, fields.length));
    }
    return rows;
  }
}
