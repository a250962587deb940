package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-sentence answer on stepwise sorting, from published (rounded) counts of sequences.csv
 * with the threshold on its published denominator.
 */
class BeyondSectionsTest {
  @TempDir Path dir;

  private CsvTable table(String rows) throws IOException {
    Path file = dir.resolve("sequences.csv");
    Files.writeString(file, "layer,sequence,group,persons\n" + rows);
    return CsvTable.read(file, BeyondSections.SEQUENCE_COLUMNS);
  }

  @Test
  void theShareOfLowerIncomesIntoKrimpWhoseStepBeforeWasOverig() throws IOException {
    // Into krimp after another unit: 80 + 30 + 40 = 150; via overig: 80 + 30 = 110 → 73.33%.
    // Left out: krimp alone (never enters), a cut sequence (end unknown), another group, a
    // sequence ending elsewhere.
    CsvTable table =
        table(
            "area_type,rest>overig>krimp,lower,80\n"
                + "area_type,krimp>overig>krimp,lower,30\n"
                + "area_type,rest>krimp,lower,40\n"
                + "area_type,krimp,lower,500\n"
                + "area_type,rest>overig>krimp>anticipeer>krimp>overig>…,lower,10\n"
                + "area_type,rest>overig>krimp,ge150,70\n"
                + "area_type,krimp>overig,lower,20\n");
    BeyondSections.Stepwise answer = BeyondSections.stepwise(table, 100);
    assertThat(answer.intoKrimp()).isEqualTo(150);
    assertThat(answer.viaOverig()).isEqualTo(110);
    assertThat(answer.sharePct()).isEqualTo("73.33");
  }

  @Test
  void aDenominatorBelowTheThresholdLeavesTheShareEmpty() throws IOException {
    CsvTable table = table("area_type,rest>overig>krimp,lower,60\narea_type,rest>krimp,lower,30\n");
    assertThat(BeyondSections.stepwise(table, 100).sharePct()).isNull();
    assertThat(BeyondSections.stepwise(table, 90).sharePct()).isEqualTo("66.67");
  }
}
