package nl.saldo.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.saldo.core.SaldoException;

/**
 * A SQL file of the method for Spark: the Spark copy under {@code nl/saldo/spark/sql/} when the
 * dialects differ too much for a rewrite (docs/engines.md lists them), else the DuckDB file from
 * saldo-duckdb's jar, {@link #translate translated} for the handful of constructs that Spark spells
 * differently. One source of the method for both engines.
 */
record SparkSql(String path, List<String> statements) {
  static final String SPARK_ROOT = "/nl/saldo/spark/sql/";
  static final String DUCKDB_ROOT = "/nl/saldo/duckdb/sql/";

  private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");

  /** DuckDB construct → Spark construct, applied outside string literals. */
  private static final List<Rewrite> REWRITES =
      List.of(
          // a CSV's row number on DuckDB is its rowid + 1; on Spark every raw table carries it
          new Rewrite(
              "\\*\\s*replace\\s*\\(\\s*coalesce\\s*\\(\\s*row_nr\\s*,\\s*rowid\\s*\\+\\s*1\\s*\\)\\s+as\\s+row_nr\\s*\\)",
              "*"),
          // `with raw as [not] materialized (`: Spark plans CTEs itself
          new Rewrite("\\bas\\s+(?:not\\s+)?materialized\\s*\\(", "as ("),
          // `select * exclude (a, b)`
          new Rewrite("\\*\\s*exclude\\s*\\(", "* except ("),
          // a view of the method (incomes_grouped) reads the session's temporary views
          new Rewrite("\\bcreate\\s+or\\s+replace\\s+view\\b", "create or replace temporary view"),
          new Rewrite("\\biff\\s*\\(", "if("),
          new Rewrite("\\bstrftime\\s*\\(", "date_format("),
          new Rewrite("\\blist_contains\\s*\\(", "array_contains("),
          new Rewrite("\\barg_max\\s*\\(", "max_by("),
          new Rewrite("\\barg_min\\s*\\(", "min_by("),
          // the whole numbers from a to b as rows (staging/income_years.sql)
          new Rewrite("\\bunnest\\s*\\(\\s*generate_series\\s*\\(", "explode(sequence("),
          // 128-bit integers: Spark's widest exact type
          new Rewrite("\\bhugeint\\b", "decimal(38, 0)"),
          new Rewrite("\\bvarchar\\b", "string"),
          // the typed incomes table's two household kinds (macros.sql): a string on Spark
          new Rewrite("\\bhousehold_kind_enum\\b", "string"),
          // integer division
          new Rewrite("//", " div "),
          // a duration of whole years added to a date
          new Rewrite("\\bto_years\\s*\\(([^()]*)\\)", "make_ym_interval($1, 0)"),
          // every raw table on Spark carries the file's row number, never a reader's position
          new Rewrite("\\browid\\s*\\+\\s*1\\b", "cast(null as bigint)"));

  private record Rewrite(Pattern pattern, String replacement) {
    Rewrite(String regex, String replacement) {
      this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement);
    }
  }

  static SparkSql load(String path) {
    String own = read(SPARK_ROOT + path);
    if (own != null) {
      return new SparkSql(path, split(stripComments(own)));
    }
    String duckdb = read(DUCKDB_ROOT + path);
    if (duckdb == null) {
      throw SaldoException.internal("missing SQL resource " + path, null);
    }
    return new SparkSql(path, split(translate(duckdb)));
  }

  static boolean exists(String path) {
    return SparkSql.class.getResource(SPARK_ROOT + path) != null
        || SparkSql.class.getResource(DUCKDB_ROOT + path) != null;
  }

  /**
   * The DuckDB text in Spark's dialect: comments removed, then {@link #REWRITES} outside strings.
   */
  static String translate(String duckdb) {
    // Spark's dates have no infinity: the latest date it has stands for it
    String code =
        listLiterals(stripComments(duckdb))
            .replaceAll("(?i)'infinity'\\s*::\\s*date", "date'9999-12-31'")
            // date_diff('day', a, b) = b - a in days
            .replaceAll(
                "(?i)\\bdate_diff\\s*\\(\\s*'day'\\s*,\\s*([\\w.]+)\\s*,\\s*([\\w.]+)\\s*\\)",
                "datediff($2, $1)")
            // a variable set from settings (intermediate/person_states.sql) is a one-row view
            // of that name on Spark, read by a scalar subquery
            .replaceAll(
                "(?is)\\bset\\s+variable\\s+(\\w+)\\s*=\\s*\\(\\s*select\\s+(.*?)\\s+from\\s+settings\\s*\\)",
                "create or replace temporary view $1 as select $2 as $1 from settings")
            .replaceAll("(?i)\\bgetvariable\\s*\\(\\s*'(\\w+)'\\s*\\)", "(select $1 from $1)");
    StringBuilder out = new StringBuilder();
    Matcher strings = STRING.matcher(code);
    int at = 0;
    while (strings.find()) {
      out.append(rewrite(code.substring(at, strings.start())));
      String literal = strings.group();
      // the one date format the method prints (strftime → date_format)
      // DuckDB reads a backslash in a string as itself, Spark as an escape
      out.append(literal.equals("'%Y-%m-%d'") ? "'yyyy-MM-dd'" : literal.replace("\\", "\\\\"));
      at = strings.end();
    }
    out.append(rewrite(code.substring(at)));
    return out.toString();
  }

  private static String rewrite(String code) {
    String text = code;
    for (Rewrite rewrite : REWRITES) {
      text = rewrite.pattern().matcher(text).replaceAll(rewrite.replacement());
    }
    return divisions(text);
  }

  private static final Pattern DIVISION =
      Pattern.compile("(?<![\\w.])([A-Za-z_][\\w.]*)\\s*/\\s*([A-Za-z_][\\w.]*)(?![\\w.])");

  /**
   * A division of two columns {@code a / b} as {@code try_divide(a, b)}: null when b is 0, as
   * DuckDB's {@code /}, where Spark's ANSI mode fails the query (an aggregate under a {@code case}
   * that discards it is computed all the same). Only where that cannot change the grouping: the
   * left column not after {@code *}, {@code /} or {@code %}, the right one not a function call.
   */
  static String divisions(String code) {
    Matcher matcher = DIVISION.matcher(code);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (matcher.find()) {
      int before = matcher.start() - 1;
      while (before >= 0 && Character.isWhitespace(code.charAt(before))) {
        before--;
      }
      int after = matcher.end();
      while (after < code.length() && Character.isWhitespace(code.charAt(after))) {
        after++;
      }
      boolean grouped = before >= 0 && "*/%".indexOf(code.charAt(before)) >= 0;
      boolean call = after < code.length() && code.charAt(after) == '(';
      if (grouped || call || matcher.group(1).equalsIgnoreCase("end")) {
        continue;
      }
      out.append(code, at, matcher.start())
          .append("try_divide(")
          .append(matcher.group(1))
          .append(", ")
          .append(matcher.group(2))
          .append(')');
      at = matcher.end();
    }
    return out.append(code.substring(at)).toString();
  }

  /**
   * DuckDB's list literals {@code ['a', 'b']} as {@code array('a', 'b')}: a bracket outside a
   * string that follows an opening parenthesis, a comma or a space (an index follows a name or a
   * closing parenthesis, and the method's SQL never indexes outside macros.sql).
   */
  static String listLiterals(String text) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    int open = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        inString = !inString;
      } else if (!inString && c == '[') {
        int before = i - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
          before--;
        }
        char previous = before < 0 ? '(' : text.charAt(before);
        if (previous == '(' || previous == ',' || before < i - 1) {
          out.append("array(");
          open++;
          continue;
        }
      } else if (!inString && c == ']' && open > 0) {
        out.append(')');
        open--;
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Line comments removed (outside string literals), so that rewrites never touch prose. */
  static String stripComments(String text) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        inString = !inString;
      } else if (!inString && c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
        out.append('\n');
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static List<String> split(String text) {
    List<String> statements = new ArrayList<>();
    for (String statement : text.split(";\\s*(\\r?\\n|$)")) {
      if (!statement.isBlank()) {
        statements.add(statement.strip());
      }
    }
    return List.copyOf(statements);
  }

  private static String read(String resource) {
    try (InputStream in = SparkSql.class.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw SaldoException.internal("cannot read SQL resource " + resource, e);
    }
  }

  /** The single statement of a query file. */
  String query() {
    if (statements.size() != 1) {
      throw SaldoException.internal(
          path + " should hold one query, holds " + statements.size(), null);
    }
    return statements.get(0);
  }

  @Override
  public String toString() {
    return path + ": " + Arrays.toString(statements.toArray());
  }
}
