package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The who-moves section from published profiles.csv rows: the sentence and the share tables. */
class WhoMovesSectionTest {
  @TempDir Path dir;

  private static final String HEADER =
      "layer,unit,unit_name,flow,attribute,value,group,persons,share_pct\n";

  @Test
  void theAgeClassWhereInMoversAndStayersOfKrimpDifferMost() throws IOException {
    // 18-24: 40.00 − 10.00 = +30 pp; 65+: 20.00 − 50.00; 25-34 has no stayers share: skipped
    Files.writeString(
        dir.resolve("profiles.csv"),
        HEADER
            + "area_type,krimp,krimp,in_movers,age_class,18-24,lower,40,40.00\n"
            + "area_type,krimp,krimp,in_movers,age_class,25-34,lower,40,40.00\n"
            + "area_type,krimp,krimp,in_movers,age_class,65+,lower,20,20.00\n"
            + "area_type,krimp,krimp,stayers,age_class,18-24,lower,10,10.00\n"
            + "area_type,krimp,krimp,stayers,age_class,65+,lower,50,50.00\n"
            + "area_type,krimp,krimp,stayers,age_class,25-34,lower,40,\n"
            + "area_type,krimp,krimp,in_movers,age_class,18-24,ge150,90,90.00\n");
    String en = WhoMovesSection.html(dir, "en");
    assertThat(en)
        .contains("in age class 18-24: 40.00% of the in-movers against 10.00% of the stayers.")
        .contains("<table class=\"profiles\">")
        .contains("<h3>krimp</h3>");
    assertThat(WhoMovesSection.html(dir, "nl"))
        .contains("leeftijdsklasse 18-24: 40,00% van de vestigers tegen 10,00% van de blijvers.");
  }

  @Test
  void unitsAttributesAndValuesInWordsWithTheLanguagesDecimals() throws IOException {
    // the study names krimp "Krimpgebieden"; origin nl and household kind private are codes
    Files.writeString(
        dir.resolve("profiles.csv"),
        HEADER
            + "area_type,krimp,krimp,in_movers,age_class,18-24,lower,40,40.00\n"
            + "area_type,krimp,krimp,stayers,age_class,18-24,lower,10,16.91\n"
            + "area_type,krimp,krimp,in_movers,origin,non_western,lower,40,100.00\n"
            + "area_type,krimp,krimp,in_movers,household_kind,private,lower,40,100.00\n");
    java.util.function.BinaryOperator<String> names =
        (layer, unit) -> unit.equals("krimp") ? "Krimpgebieden" : unit;
    String nl = WhoMovesSection.html(dir, "nl", names);
    assertThat(nl)
        .contains("<h3>Krimpgebieden</h3>")
        .contains("laag inkomen in Krimpgebieden verschillen")
        .contains("<th>Leeftijd</th>", "<th>Herkomst</th>", "<th>Huishouden</th>")
        .contains("<td>niet-westers</td>", "<td>particulier</td>", "<td>16,91</td>")
        .doesNotContain("<h3>krimp</h3>", "non_western", "16.91");
    assertThat(WhoMovesSection.html(dir, "en", names))
        .contains("<th>Origin</th>", "<td>non-Western</td>", "<td>16.91</td>");
  }

  @Test
  void withoutProfilesTheSectionIsLeftOut() {
    assertThat(WhoMovesSection.html(dir, "en")).isEmpty();
  }
}
