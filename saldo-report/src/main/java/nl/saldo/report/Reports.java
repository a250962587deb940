package nl.saldo.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.saldo.core.SaldoException;
import nl.saldo.core.output.WriteTiming;

/**
 * Writes the human outputs of a run (report.html, report.xlsx, report.pdf, charts/) into its
 * directory, from the published tables alone: stocks.csv, migration.csv, od.csv and manifest.json.
 * The tables are read once; the four writers share them and run side by side, one per core.
 */
public final class Reports {
  private Reports() {}

  /**
   * @return the files written: report.html, report.xlsx, report.pdf, then the charts
   * @throws ReportException when a table is missing or malformed (the message names file and row)
   */
  public static List<Path> write(Path runDir, ReportOptions options) {
    WriteTiming reading = WriteTiming.start();
    RunTables tables = RunTables.read(runDir, options.lang());
    reading.done("reading the tables back");
    quietLibraries();
    // the longest first, so that two cores finish at about the same time
    Callable<List<Path>> pdf =
        timed(
            PdfReport.FILE,
            () -> List.of(PdfReport.write(tables, options, runDir.resolve(PdfReport.FILE))));
    Callable<List<Path>> workbook =
        timed(
            Workbook.FILE,
            () -> List.of(Workbook.write(tables, options, runDir.resolve(Workbook.FILE))));
    Callable<List<Path>> html =
        timed(
            HtmlReport.FILE,
            () -> List.of(HtmlReport.write(tables, options, runDir.resolve(HtmlReport.FILE))));
    List<Callable<List<Path>>> writers = new ArrayList<>(List.of(pdf, workbook, html));
    if (options.charts()) {
      writers.add(
          timed(
              ChartFiles.DIRECTORY,
              () -> ChartFiles.write(tables, options, runDir.resolve(ChartFiles.DIRECTORY))));
    }
    List<List<Path>> files;
    try (QuickJit quick = QuickJit.start()) {
      files = run(writers);
    }
    List<Path> written = new ArrayList<>();
    written.addAll(files.get(2));
    written.addAll(files.get(1));
    written.addAll(files.get(0));
    if (options.charts()) {
      written.addAll(files.get(3));
    }
    return List.copyOf(written);
  }

  /** The writer, its time printed with -Dsaldo.write.timing=true. */
  private static <T> Callable<T> timed(String what, Callable<T> writer) {
    return () -> {
      WriteTiming timing = WriteTiming.start();
      T written = writer.call();
      timing.done(what);
      return written;
    };
  }

  /**
   * Headless drawing, and no log lines of POI, PDFBox (both Log4j) or openhtmltopdf on the console:
   * set before the writers start, as whichever comes first sets up the logging.
   */
  private static void quietLibraries() {
    System.setProperty("java.awt.headless", "true");
    Workbook.quietPoiLogging(); // PDFBox logs through Log4j as well
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  /**
   * The results of the tasks in their order, run on as many threads as there are cores; the first
   * failure (in that order) is thrown once all have ended.
   */
  private static <T> List<T> run(List<Callable<T>> tasks) {
    int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "saldo-report");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<T>> futures = pool.invokeAll(tasks);
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(result(future));
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SaldoException.internal("interrupted while writing the reports", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T result(Future<T> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw SaldoException.internal("cannot write the reports: " + cause.getMessage(), cause);
    }
  }
}
