package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class QuickJitTest {
  @Test
  void c2IsExcludedWhileTheReportsAreWrittenAndAllowedAgainAfter() throws Exception {
    String before = directives();
    try (QuickJit quick = QuickJit.start()) {
      assertThat(directives()).contains("Exclude:true").hasSizeGreaterThan(before.length());
    }
    assertThat(directives()).isEqualTo(before);
  }

  private static String directives() throws Exception {
    return String.valueOf(
        ManagementFactory.getPlatformMBeanServer()
            .invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "compilerDirectivesPrint",
                new Object[] {new String[0]},
                new String[] {String[].class.getName()}));
  }
}
