package nl.saldo.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.saldo.core.SaldoException;
import nl.saldo.duckdb.InputChecks;
import nl.saldo.duckdb.SqlSession;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The method's relations as Spark temporary views, each materialised once (a local checkpoint), so
 * a relation is computed once as in DuckDB. The statements of the SQL files that Spark has no
 * temporary-view form of are carried out here: {@code create or replace table NAME as QUERY},
 * {@code create or replace table NAME (columns)}, {@code insert into NAME QUERY} (a union), {@code
 * delete from NAME where CONDITION} (the rows where it is not true), {@code alter table NAME drop
 * column C}, {@code alter table NAME rename to OTHER} and {@code drop}.
 */
final class SparkDatabase implements SqlSession {
  private static final Pattern CREATE_AS =
      Pattern.compile(
          "(?is)create\\s+or\\s+replace\\s+(?:temporary\\s+)?table\\s+(\\w+)\\s+as\\s+(.*)");
  private static final Pattern CREATE_COLUMNS =
      Pattern.compile(
          "(?is)create\\s+or\\s+replace\\s+(?:temporary\\s+)?table\\s+(\\w+)\\s*\\((.*)\\)");
  private static final Pattern INSERT = Pattern.compile("(?is)insert\\s+into\\s+(\\w+)\\s+(.*)");
  private static final Pattern DELETE =
      Pattern.compile("(?is)delete\\s+from\\s+(\\w+)(?:\\s+where\\s+(.*))?");
  private static final Pattern DROP_COLUMN =
      Pattern.compile("(?is)alter\\s+table\\s+(\\w+)\\s+drop\\s+column\\s+(\\w+)");
  private static final Pattern RENAME =
      Pattern.compile("(?is)alter\\s+table\\s+(\\w+)\\s+rename\\s+to\\s+(\\w+)");
  private static final Pattern DROP =
      Pattern.compile("(?is)drop\\s+(?:table|view)\\s+(?:if\\s+exists\\s+)?(\\w+)");

  private final SparkSession spark;

  SparkDatabase(SparkSession spark) {
    this.spark = spark;
  }

  SparkSession spark() {
    return spark;
  }

  /** Runs every statement of a SQL file. */
  void execute(SparkSql script) {
    for (String statement : script.statements()) {
      execute(script.path(), statement);
    }
  }

  @Override
  public void script(String path) {
    execute(SparkSql.load(path));
  }

  @Override
  public boolean hasScript(String path) {
    return SparkSql.exists(path);
  }

  @Override
  public List<List<Object>> scriptRows(String what, String path) {
    return rows(what, SparkSql.load(path).query());
  }

  @Override
  public void execute(String what, String statement, Object... parameters) {
    try {
      Matcher matcher;
      if ((matcher = CREATE_AS.matcher(statement)).matches()) {
        store(matcher.group(1), sql(matcher.group(2), parameters));
      } else if ((matcher = CREATE_COLUMNS.matcher(statement)).matches()) {
        StructType schema = StructType.fromDDL(matcher.group(2));
        store(matcher.group(1), spark.createDataFrame(List.<Row>of(), schema));
      } else if ((matcher = INSERT.matcher(statement)).matches()) {
        insert(matcher.group(1), sql(matcher.group(2), parameters));
      } else if ((matcher = DELETE.matcher(statement)).matches()) {
        String table = matcher.group(1);
        store(
            table,
            matcher.group(2) == null
                ? spark.table(table).limit(0)
                : sql(
                    "select * from " + table + " where (" + matcher.group(2) + ") is not true",
                    parameters));
      } else if ((matcher = DROP_COLUMN.matcher(statement)).matches()) {
        store(matcher.group(1), spark.table(matcher.group(1)).drop(matcher.group(2)));
      } else if ((matcher = RENAME.matcher(statement)).matches()) {
        // the kept rows under the new name, not computed again
        Dataset<Row> kept = spark.table(matcher.group(1));
        if (exists(matcher.group(2))) {
          spark.catalog().dropTempView(matcher.group(2));
        }
        kept.createOrReplaceTempView(matcher.group(2));
        spark.catalog().dropTempView(matcher.group(1));
      } else if ((matcher = DROP.matcher(statement)).matches()) {
        spark.catalog().dropTempView(matcher.group(1));
      } else {
        sql(statement, parameters).collect();
      }
    } catch (SaldoException e) {
      throw e;
    } catch (RuntimeException e) {
      throw SaldoException.internal(
          what + ": " + firstLine(e.getMessage()) + "\n  in: " + abbreviate(statement), e);
    }
  }

  /**
   * A relation made once: computed now and kept (a local checkpoint, memory then disk), so every
   * later stage reads it instead of computing it again, and its plan is a leaf: a stage's plan does
   * not grow with every stage before it (Spark's analyser slows down sharply on deep plans).
   */
  void store(String name, Dataset<Row> rows) {
    Dataset<Row> kept = rows.localCheckpoint(true);
    if (exists(name)) {
      spark.catalog().dropTempView(name);
    }
    kept.createOrReplaceTempView(name);
  }

  /**
   * The statement as Spark runs it (for tests of the parser): the query of a {@code create ... as},
   * {@code insert} or {@code delete}, a column list as a query of no rows.
   */
  static String sparkForm(String statement) {
    Matcher matcher;
    if ((matcher = CREATE_AS.matcher(statement)).matches()) {
      return matcher.group(2);
    } else if ((matcher = CREATE_COLUMNS.matcher(statement)).matches()) {
      StructType.fromDDL(matcher.group(2));
      return "select 1";
    } else if ((matcher = INSERT.matcher(statement)).matches()) {
      return matcher.group(2);
    } else if ((matcher = DELETE.matcher(statement)).matches()) {
      return "select * from "
          + matcher.group(1)
          + (matcher.group(2) == null ? "" : " where (" + matcher.group(2) + ") is not true");
    } else if (DROP.matcher(statement).matches()
        || DROP_COLUMN.matcher(statement).matches()
        || RENAME.matcher(statement).matches()) {
      return "select 1";
    }
    return statement;
  }

  /** Appends the rows, by position, cast to the table's column types. */
  void insert(String table, Dataset<Row> rows) {
    Dataset<Row> target = spark.table(table);
    StructField[] fields = target.schema().fields();
    if (rows.columns().length != fields.length) {
      throw SaldoException.internal(
          "insert into " + table + ": " + rows.columns().length + " columns for " + fields.length,
          null);
    }
    // by position: a query's columns may share a name (null, null)
    String[] positions = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      positions[i] = "c" + i;
    }
    Dataset<Row> renamed = rows.toDF(positions);
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < fields.length; i++) {
      columns.add(renamed.col(positions[i]).cast(fields[i].dataType()).as(fields[i].name()));
    }
    store(table, target.unionAll(renamed.select(columns.toArray(Column[]::new))));
  }

  /** A query with bind parameters ({@code ?}: Spark's positional parameters), or none. */
  private Dataset<Row> sql(String query, Object[] parameters) {
    return parameters.length == 0 ? spark.sql(query) : spark.sql(query, parameters);
  }

  @Override
  public List<List<Object>> rows(String what, String query, Object... parameters) {
    try {
      return rows(sql(query, parameters));
    } catch (RuntimeException e) {
      throw SaldoException.internal(what + ": " + firstLine(e.getMessage()), e);
    }
  }

  static List<List<Object>> rows(Dataset<Row> rows) {
    List<List<Object>> result = new ArrayList<>();
    for (Row row : rows.collectAsList()) {
      Object[] values = new Object[row.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.get(i);
      }
      result.add(Arrays.asList(values));
    }
    return result;
  }

  @Override
  public long count(String what, String query, Object... parameters) {
    List<List<Object>> rows = rows(what, query, parameters);
    Object value = rows.get(0).get(0);
    return value == null ? 0 : ((Number) value).longValue();
  }

  boolean exists(String view) {
    return spark.catalog().tableExists(view);
  }

  @Override
  public String quote(String name) {
    return identifier(name);
  }

  /** The raw text of a table and, for a microdata table, its typed read. */
  @Override
  public void dropRaw(String table) {
    if (InputChecks.READ_TYPED.contains(table)) {
      spark.catalog().dropTempView(table + "_read");
    }
    spark.catalog().dropTempView("raw_" + table);
  }

  /** A Spark identifier: back-quoted. */
  static String identifier(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** A Spark string literal. */
  static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    return message.lines().filter(line -> !line.isBlank()).findFirst().orElse(message);
  }

  private static String abbreviate(String statement) {
    String flat = statement.replaceAll("\\s+", " ");
    return flat.length() > 300 ? flat.substring(0, 300) + " …" : flat;
  }
}
