package nl.saldo.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.saldo.core.SaldoException;
import nl.saldo.core.input.InputFile;
import nl.saldo.core.input.InputSet;
import nl.saldo.core.pipeline.Engine;
import nl.saldo.core.pipeline.EngineFactory;
import nl.saldo.core.pipeline.InputReport;
import nl.saldo.core.study.StudyFile;
import nl.saldo.core.study.StudySettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The microdata under a Hadoop file system URL ({@code saldo run --data-url}): Spark reads them
 * through Hadoop's file system of the URL's scheme, here {@code file://} (hdfs://, s3a://, abfss://
 * go the same way with their connector); the DuckDB engine refuses a URL by name.
 */
class UrlInputTest {
  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    SharedSpark.start();
  }

  @Test
  void sparkReadsTheTablesOfAFileUrlAsThoseOfTheLocalDirectory() throws IOException {
    InvalidInputParityTest.Dataset.base().write(dir);
    StudySettings settings = StudyFile.defaults();
    EngineFactory spark = EngineFactory.named("spark");
    InputSet remote =
        InputSet.find(dir.toUri().toString(), dir.resolve("areas"), settings, spark::exists);
    assertThat(remote.files().subList(0, 4))
        .extracting(InputFile::url)
        .containsExactly(
            dir.resolve("persons.csv").toUri().toString(),
            dir.resolve("residences.csv").toUri().toString(),
            dir.resolve("addresses.csv").toUri().toString(),
            dir.resolve("incomes.csv").toUri().toString());
    assertThat(validate(remote, settings))
        .isEqualTo(validate(InputSet.find(dir, dir.resolve("areas"), settings), settings));
  }

  @Test
  void aMissingTableUnderAUrlIsNamed() throws IOException {
    InvalidInputParityTest.Dataset data = InvalidInputParityTest.Dataset.base();
    data.files.remove("incomes.csv");
    data.write(dir);
    String url = dir.toUri().toString();
    assertThatThrownBy(
            () ->
                InputSet.find(
                    url,
                    dir.resolve("areas"),
                    StudyFile.defaults(),
                    EngineFactory.named("spark")::exists))
        .isInstanceOf(SaldoException.class)
        .hasMessage("missing table incomes: expected incomes.csv or incomes.parquet in " + url);
  }

  @Test
  void duckDbRefusesAUrlNamingTheEngine() throws IOException {
    InvalidInputParityTest.Dataset.base().write(dir);
    String url = dir.toUri().toString();
    assertThatThrownBy(
            () ->
                InputSet.find(
                    url,
                    dir.resolve("areas"),
                    StudyFile.defaults(),
                    EngineFactory.named("duckdb")::exists))
        .isInstanceOf(SaldoException.class)
        .hasMessage(
            url
                + "persons.csv: the duckdb engine reads local files only; a file system URL"
                + " (hdfs://, s3a://, abfss://, file://) is read by --engine spark (or copy the"
                + " data to a local directory)")
        .extracting(e -> ((SaldoException) e).exitCode())
        .isEqualTo(2);
  }

  private static List<InputReport> validate(InputSet inputs, StudySettings settings) {
    try (Engine engine =
        EngineFactory.named("spark")
            .create(null, "1GB", 1, Map.of(SparkEngineFactory.MASTER, "local[2]"))) {
      engine.load(inputs, settings);
      return engine.validate();
    }
  }

  @Test
  void aUrlIsNotALocalPath() {
    assertThat(InputSet.isUrl("hdfs://namenode:8020/study/data")).isTrue();
    assertThat(InputSet.isUrl("s3a://bucket/study")).isTrue();
    assertThat(InputSet.isUrl("file:///data/study")).isTrue();
    assertThat(InputSet.isUrl("C://data")).isFalse();
    assertThat(InputSet.isUrl("/data/study")).isFalse();
  }
}
