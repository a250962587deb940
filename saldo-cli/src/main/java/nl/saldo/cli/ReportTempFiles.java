package nl.saldo.cli;

import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Points POI's temporary files into the run's own directory while a run writes its workbook.
 * Otherwise POI uses one shared {@code poifiles} directory in the system's temporary directory,
 * which the first OS user owns, so a second user's run fails after the whole pipeline with {@code
 * AccessDeniedException: /tmp/poifiles/…}; and a killed run leaves its files there.
 */
final class ReportTempFiles implements AutoCloseable {
  private ReportTempFiles() {}

  static ReportTempFiles in(Path dir) {
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
    return new ReportTempFiles();
  }

  /** POI's default again: the run's directory is about to be removed. */
  @Override
  public void close() {
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
  }
}
