package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile sentences, on the figures the report gives for the krimp areas in §4: net -5.990,
 * students -6.480, higher incomes +410, lower incomes +80 (in and out invented, the report has
 * none).
 */
class ProfileTest {
  @TempDir Path dir;
  private RunTables tables;

  @BeforeEach
  void krimpAsInTheReport() throws IOException {
    Files.writeString(
        dir.resolve("stocks.csv"),
        String.join(
            "\n",
            String.join(",", StockRow.COLUMNS),
            "area_type,krimp,krimp,lt101,17630,19640,2010,1.90,5.17,5.91,0.74",
            "area_type,krimp,krimp,101_150,48330,42530,-5800,-2.00,14.18,12.81,-1.37",
            "area_type,krimp,krimp,ge150,262010,256990,-5020,-0.32,76.87,77.38,0.51",
            "area_type,krimp,krimp,student,4130,4800,670,2.70,1.21,1.45,0.24",
            "area_type,krimp,krimp,other,8730,8140,-590,-1.13,2.56,2.45,-0.11",
            "area_type,krimp,krimp,lower,65960,62170,-3790,-0.96,19.35,18.72,-0.63",
            "area_type,krimp,krimp,higher_incl_students,266140,261790,-4350,-0.27,78.09,78.83,0.74",
            "area_type,krimp,krimp,total,340830,332100,-8730,-0.43,100.00,100.00,0.00",
            ""));
    Files.writeString(
        dir.resolve("migration.csv"),
        String.join(
            "\n",
            String.join(",", MigrationRow.COLUMNS),
            "area_type,krimp,krimp,lt101,3140,3000,140,0.13,6.97,dempend",
            "area_type,krimp,krimp,101_150,4000,4060,-60,-0.02,1.03,versterkend",
            "area_type,krimp,krimp,ge150,18860,18450,410,0.03,-8.17,dempend",
            "area_type,krimp,krimp,student,4000,10480,-6480,-26.15,,versterkend",
            "area_type,krimp,krimp,lower,7140,7060,80,0.02,-2.11,dempend",
            "area_type,krimp,krimp,higher_incl_students,22860,28930,-6070,-0.38,139.54,versterkend",
            "area_type,krimp,krimp,total,30000,35990,-5990,-0.29,68.61,versterkend",
            ""));
    Files.writeString(dir.resolve("od.csv"), String.join(",", OdRow.COLUMNS) + "\n");
    Files.copy(RunDirs.small().resolve("manifest.json"), dir.resolve("manifest.json"));
    tables = RunTables.read(dir);
  }

  @Test
  void dutchFollowsTheReportsWording() {
    List<String> paragraphs =
        new Profile(tables, Texts.of("nl")).paragraphs("area_type", "krimp", "krimp");
    assertThat(paragraphs)
        .containsExactly(
            "In de periode 2011 tot 2017 is de totale bevolking van krimp afgenomen, van 340.830 naar 332.100 (-8.730)."
                + " Dit is een jaarlijkse daling van 0,43%. De sterkste absolute afname vond plaats bij personen in een"
                + " huishouden met een inkomen tussen 101 en 150% van het bijstandsniveau (-5.800). Het aandeel lagere"
                + " inkomens is afgenomen van 19,4% naar 18,7%.",
            "In krimp waren van 2011 tot en met 2016 meer vertrekkers dan vestigers: een binnenlands vertrekoverschot."
                + " In totaal vestigden 30.000 personen zich van buiten krimp en vertrokken er 35.990. Er waren in totaal"
                + " 5.990 meer vertrekkers dan vestigers. Dit zorgt voor een jaarlijkse afname van de bevolking van 0,29%."
                + " De totale bevolkingskrimp kan hiermee voor 69% verklaard worden door het binnenlands verhuissaldo.",
            "De sterkste netto uitstroom vond plaats bij de groep personen die in het jaar na hun verhuizing student waren"
                + " (-6.480). De sterkste netto instroom vond plaats bij de groep personen die in het jaar na hun verhuizing"
                + " behoorden tot een huishouden met een inkomen boven 150% van het bijstandsniveau (+410). Het"
                + " verhuissaldo van lagere inkomens (+80) heeft een dempend effect op de totale ontwikkeling van deze"
                + " groep (-3.790). Het verhuissaldo van hogere inkomens inclusief studenten (-6.070) heeft een versterkend"
                + " effect op de totale ontwikkeling van deze groep (-4.350).",
            "Het relatieve verhuissaldo van lagere inkomens was +0,02% per jaar, dat van hogere inkomens inclusief"
                + " studenten -0,38% per jaar. Dit betekent dat het aandeel lagere inkomens door binnenlandse verhuizingen"
                + " toeneemt.");
  }

  @Test
  void englishSaysTheSame() {
    List<String> paragraphs =
        new Profile(tables, Texts.of("en")).paragraphs("area_type", "krimp", "krimp");
    assertThat(paragraphs.get(1))
        .contains("In total there were 5,990 more out-movers than in-movers.")
        .endsWith("Domestic moves thus explain 69% of the total population decline.");
    assertThat(paragraphs.get(2))
        .contains("were students (-6,480)")
        .contains(
            "The net migration of lower incomes (+80) has a dampening effect on the total change of this group (-3,790).");
    assertThat(paragraphs.get(3))
        .endsWith("This means that domestic moves raise the share of lower incomes.");
  }

  @Test
  void leavesOutSentencesWhosePercentageWasSuppressed() throws IOException {
    RunTablesTest.replaceInFile(
        dir.resolve("migration.csv"),
        "total,30000,35990,-5990,-0.29,68.61,versterkend",
        "total,30000,35990,-5990,,,versterkend");
    List<String> paragraphs =
        new Profile(RunTables.read(dir), Texts.of("nl")).paragraphs("area_type", "krimp", "krimp");
    assertThat(paragraphs.get(1))
        .endsWith("Er waren in totaal 5.990 meer vertrekkers dan vestigers.");
  }
}
