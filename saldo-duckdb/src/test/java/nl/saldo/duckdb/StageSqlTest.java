package nl.saldo.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.saldo.core.pipeline.Stage;
import org.junit.jupiter.api.Test;

/** One name per step: every stage's SQL file creates exactly the one relation it is named after. */
class StageSqlTest {
  private static final Pattern CREATE =
      Pattern.compile("create\\s+(?:or\\s+replace\\s+)?(?:table|view)\\s+(\\w+)");

  @Test
  void everyMethodStageHasOneFileThatCreatesOneRelationOfItsName() {
    for (Stage stage : Stage.METHOD_STEPS) {
      StageSql step = StageSql.of(stage);
      assertThat(created(step.script())).as(step.script()).containsExactly(step.relation());
      String file = step.script().replaceAll(".*/|\\.sql$", "");
      assertThat(step.relation()).as(stage.key()).isIn(file, file + "_mart");
    }
  }

  @Test
  void everyStagingFileCreatesTheRelationItIsNamedAfter() {
    for (String relation :
        List.of("settings", "layers_enabled", "faults", "rows_dropped", "income_groups")) {
      assertThat(created("staging/" + relation + ".sql")).containsExactly(relation);
    }
  }

  @Test
  void contractsAreNamedAfterTheRelationTheyCheck() {
    for (Stage stage : Stage.METHOD_STEPS) {
      String relation = StageSql.of(stage).relation();
      if (SqlScript.exists("contracts/" + relation + ".sql")) {
        String text =
            String.join("\n", SqlScript.load("contracts/" + relation + ".sql").statements());
        assertThat(text).as(relation).contains(relation);
      }
    }
  }

  private static List<String> created(String script) {
    String text = String.join("\n", SqlScript.load(script).statements()).toLowerCase(Locale.ROOT);
    Matcher matcher = CREATE.matcher(text);
    List<String> names = new java.util.ArrayList<>();
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
