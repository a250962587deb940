package nl.saldo.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The translation of DuckDB's constructs, and Spark's parser on every SQL file of the method. */
class SparkSqlTest {
  static final Path DUCKDB_SQL = Path.of("../saldo-duckdb/src/main/resources/nl/saldo/duckdb/sql");

  static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SharedSpark.start().newSession();
    spark.conf().set("spark.sql.ansi.enabled", "true");
    spark.conf().set("spark.sql.ansi.doubleQuotedIdentifiers", "true");
    SparkSession.setActiveSession(spark);
  }

  @Test
  void rewritesEachDuckDbConstruct() {
    assertThat(SparkSql.translate("with raw as materialized (select 1)"))
        .isEqualTo("with raw as (select 1)");
    assertThat(SparkSql.translate("select * exclude (a, b) from t"))
        .isEqualTo("select * except (a, b) from t");
    assertThat(SparkSql.translate("iff(a, 1, 2)")).isEqualTo("if(a, 1, 2)");
    assertThat(SparkSql.translate("create or replace view v as select 1"))
        .isEqualTo("create or replace temporary view v as select 1");
    assertThat(SparkSql.translate("date_diff('day', o.end_date, o.move_date) <= 1"))
        .isEqualTo("datediff(o.move_date, o.end_date) <= 1");
    assertThat(SparkSql.translate("strftime(d, '%Y-%m-%d')"))
        .isEqualTo("date_format(d, 'yyyy-MM-dd')");
    assertThat(SparkSql.translate("list_contains(g.members, c.group)"))
        .isEqualTo("array_contains(g.members, c.group)");
    assertThat(SparkSql.translate("arg_max(row_nr, e) over w"))
        .isEqualTo("max_by(row_nr, e) over w");
    assertThat(SparkSql.translate("select unnest(\n  generate_series(a, b)) from s"))
        .isEqualTo("select explode(sequence(a, b)) from s");
    assertThat(SparkSql.translate("set variable d = (select make_date(y, 1, 1) from settings)"))
        .isEqualTo(
            "create or replace temporary view d as select make_date(y, 1, 1) as d from settings");
    assertThat(SparkSql.translate("where s.start_date <= getvariable('d')"))
        .isEqualTo("where s.start_date <= (select d from d)");
    assertThat(SparkSql.translate("values ('a', 1, ['a', 'b'], true)"))
        .isEqualTo("values ('a', 1, array('a', 'b'), true)");
    assertThat(SparkSql.translate("cast(x as hugeint) // 2"))
        .isEqualTo("cast(x as decimal(38, 0))  div  2");
    assertThat(SparkSql.translate("cast(null as varchar)")).isEqualTo("cast(null as string)");
    assertThat(SparkSql.translate("'private'::household_kind_enum")).isEqualTo("'private'::string");
    assertThat(SparkSql.translate("b + to_years(s.age)"))
        .isEqualTo("b + make_ym_interval(s.age, 0)");
    assertThat(SparkSql.translate("coalesce(e, 'infinity'::date)"))
        .isEqualTo("coalesce(e, date'9999-12-31')");
    assertThat(SparkSql.translate("select rowid + 1 as position"))
        .isEqualTo("select cast(null as bigint) as position");
    assertThat(SparkSql.translate("abs(u.lower / s.lower - u.higher / s.higher)"))
        .isEqualTo("abs(try_divide(u.lower, s.lower) - try_divide(u.higher, s.higher))");
    assertThat(SparkSql.translate("then i.value / e.value end"))
        .isEqualTo("then try_divide(i.value, e.value) end");
  }

  @Test
  void aDivisionIsRewrittenOnlyWhereItsGroupingStays() {
    // (a * b) / c, a / f(x), a / (b * c), (case … end) / b and a / 2 keep Spark's `/`
    for (String kept :
        List.of("a * b / c", "a / ln(b)", "a / (b * c)", "case when x then 1 end / b", "a / 2")) {
      assertThat(SparkSql.divisions(kept)).isEqualTo(kept);
    }
    assertThat(SparkSql.divisions("-sum(g / s * ln(g / s))"))
        .isEqualTo("-sum(try_divide(g, s) * ln(try_divide(g, s)))");
  }

  @Test
  void leavesStringsAndCommentsAlone() {
    assertThat(SparkSql.translate("select 'within [0, 1] // iff(' -- list_contains(\nfrom t"))
        .isEqualTo("select 'within [0, 1] // iff(' \nfrom t");
    assertThat(SparkSql.translate("where index like 'M\\_%' escape '\\'"))
        .isEqualTo("where index like 'M\\\\_%' escape '\\\\'");
    assertThat(SparkSql.translate("select 'it''s -- not a comment'"))
        .isEqualTo("select 'it''s -- not a comment'");
  }

  @Test
  void prefersTheSparkCopy() {
    assertThat(SparkSql.load("macros.sql").statements())
        .allMatch(statement -> statement.startsWith("create or replace temporary function"));
  }

  static Stream<String> files() throws IOException {
    try (Stream<Path> walk = Files.walk(DUCKDB_SQL)) {
      return walk
          .filter(path -> path.toString().endsWith(".sql"))
          .map(path -> DUCKDB_SQL.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void sparkParsesEveryStatement(String file) {
    List<String> statements = SparkSql.load(file).statements();
    assertThat(statements).isNotEmpty();
    for (String statement : statements) {
      String sql = SparkDatabase.sparkForm(statement);
      assertThatCode(() -> spark.sessionState().sqlParser().parsePlan(sql))
          .as(file + ": " + sql)
          .doesNotThrowAnyException();
    }
  }
}
