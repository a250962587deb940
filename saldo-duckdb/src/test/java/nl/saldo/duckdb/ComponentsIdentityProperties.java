package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.Mart;
import nl.saldo.core.pipeline.Pipeline;
import nl.saldo.core.pipeline.ProgressListener;
import nl.saldo.core.pipeline.RunResult;
import nl.saldo.core.pipeline.Table;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;

/**
 * METHOD.md §12 on random populations over the fixtures' mini-geography: the identity {@code change
 * = moved_in − moved_out + born + arrived − left + stayers_into_group − stayers_out_of_group} holds
 * on every row, and pop_start, pop_end and change are those of stocks.csv (the stage's data
 * contract checks the same; a broken contract fails the run).
 */
class ComponentsIdentityProperties {
  private static final String[] ADDRESSES = {
    "A11a", "A11b", "A12", "A21", "A22", "A23", "A31", "A32", "A33", "A91", "A92"
  };

  @Property(tries = 12)
  void identityHoldsOnEveryRow(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int persons)
      throws IOException {
    Path dir = population(new Random(seed), persons);
    StudySettings settings = StudyFile.defaults().withUnsafeUnrounded(true);
    RunResult result;
    try (var engine = new DuckDbEngineFactory().create(null, "1GB", 1)) {
      result =
          new Pipeline(engine, ProgressListener.SILENT)
              .run(InputSet.find(dir, dir.resolve("areas"), settings), settings);
    }
    Table components = result.tables().table(Mart.COMPONENTS);
    Table stocks = result.tables().table(Mart.STOCKS);
    assertThat(components.rows()).hasSameSizeAs(stocks.rows());
    for (int i = 0; i < components.rows().size(); i++) {
      List<Long> n =
          components.rows().get(i).subList(4, 14).stream()
              .map(v -> ((Number) v).longValue())
              .toList();
      assertThat(n.get(2))
          .as("row %s", components.rows().get(i))
          .isEqualTo(n.get(3) - n.get(4) + n.get(5) + n.get(6) - n.get(7) + n.get(8) - n.get(9));
      assertThat(components.rows().get(i).subList(0, 7))
          .isEqualTo(stocks.rows().get(i).subList(0, 7));
    }
  }

  /**
   * Persons with 0–3 spells in time order (gaps, touching spells, zero-length ones); never an empty
   * table.
   */
  private static Path population(Random random, int persons) throws IOException {
    Path dir = Files.createTempDirectory("saldo-components");
    copyTree(MethodFixture.directory("areas"), dir.resolve("areas"));
    Files.copy(
        MethodFixture.directory("components").resolve("addresses.csv"),
        dir.resolve("addresses.csv"));
    StringBuilder people = new StringBuilder("person_id,birth_date,origin,register_entry_date\n");
    StringBuilder spells = new StringBuilder("person_id,address_id,start_date,end_date\n");
    StringBuilder incomes = new StringBuilder("person_id,year,household_kind,student,income_pct\n");
    for (int p = 0; p < persons; p++) {
      String id = "p" + p;
      LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(24_000));
      String birthText = random.nextInt(10) == 0 ? "" : birth.toString();
      people.append(id).append(',').append(birthText).append(",nl,").append(birthText).append('\n');
      LocalDate start = LocalDate.of(2009, 1, 1).plusDays(random.nextInt(3_000));
      // person 0 has a spell and an income row: saldo refuses a table with no rows (issue 12)
      int count = p == 0 ? 1 + random.nextInt(3) : random.nextInt(4);
      for (int s = 0; s < count; s++) {
        int length = random.nextInt(8) == 0 ? 0 : random.nextInt(2_500);
        LocalDate end = start.plusDays(length);
        boolean open = s == count - 1 && random.nextBoolean();
        spells
            .append(id)
            .append(',')
            .append(ADDRESSES[random.nextInt(ADDRESSES.length)])
            .append(',')
            .append(start)
            .append(',')
            .append(open ? "" : end.toString())
            .append('\n');
        start = end.plusDays(random.nextInt(3) == 0 ? random.nextInt(400) : 0);
      }
      for (int year : new int[] {2011, 2012, 2017}) {
        int kind = random.nextInt(6);
        if (kind == 0 && !(p == 0 && year == 2011)) {
          continue;
        }
        incomes.append(id).append(',').append(year).append(',');
        incomes.append(kind == 1 ? "institutional" : "private").append(',');
        incomes.append(kind == 2 ? "true" : "false").append(',');
        incomes.append(kind == 3 ? "" : String.valueOf(random.nextInt(300))).append('\n');
      }
    }
    Files.writeString(dir.resolve("persons.csv"), people);
    Files.writeString(dir.resolve("residences.csv"), spells);
    Files.writeString(dir.resolve("incomes.csv"), incomes);
    return dir;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
