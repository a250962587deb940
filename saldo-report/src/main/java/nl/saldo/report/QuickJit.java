package nl.saldo.report;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * While the reports are written, the JVM compiles new hot code with its quick compiler (C1) only.
 * The reports run the code of openhtmltopdf, PDFBox, Batik and POI once, for a few seconds; the
 * optimising compiler (C2) spent more CPU time compiling it (about 6 s of 10 for report.pdf) than
 * its faster code saved. The same as {@code -XX:TieredStopAtLevel=1} for these seconds, but also
 * with a plain {@code java -jar}: a compiler directive added through the JVM's diagnostic command
 * bean (as {@code jcmd PID Compiler.directives_add} does) and removed afterwards. Where the JVM has
 * no such command, nothing changes; the output never depends on it. {@code -Dsaldo.report.c2=true}
 * leaves the compiler as it is (to measure).
 */
final class QuickJit implements AutoCloseable {
  private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]\n";
  private static final String[] SIGNATURE = {String[].class.getName()};

  private final MBeanServer server;
  private final ObjectName command;

  private QuickJit(MBeanServer server, ObjectName command) {
    this.server = server;
    this.command = command;
  }

  /** Adds the directive; close() removes it again. */
  static QuickJit start() {
    if (Boolean.getBoolean("saldo.report.c2")) {
      return new QuickJit(null, null);
    }
    Path file = null;
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName command = new ObjectName("com.sun.management:type=DiagnosticCommand");
      file = Files.createTempFile("saldo-jit", ".json");
      Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
      Object added =
          server.invoke(
              command,
              "compilerDirectivesAdd",
              new Object[] {new String[] {file.toString()}},
              SIGNATURE);
      return String.valueOf(added).startsWith("1 ")
          ? new QuickJit(server, command)
          : new QuickJit(null, null);
    } catch (Exception | LinkageError e) {
      return new QuickJit(null, null); // another JVM, or no java.management: compile as usual
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (Exception e) {
          // a file of 40 bytes in the temporary directory
        }
      }
    }
  }

  @Override
  public void close() {
    if (server == null) {
      return;
    }
    try {
      server.invoke(command, "compilerDirectivesRemove", new Object[] {new String[0]}, SIGNATURE);
    } catch (Exception e) {
      // the directive stays: later code is compiled by C1 only, the output is the same
    }
  }
}
