package nl.saldo.cli.export;

import java.util.ArrayList;
import java.util.List;

/** The checks of a bundle in the order they ran, each with its first failure as an example. */
final class CheckLog {
  private final List<BundleChecks.Check> checks = new ArrayList<>();

  void add(String table, String check, long checked, List<String> failures) {
    checks.add(
        new BundleChecks.Check(
            table,
            check,
            failures.isEmpty(),
            checked,
            failures.size(),
            failures.isEmpty() ? null : failures.get(0)));
  }

  List<BundleChecks.Check> checks() {
    return List.copyOf(checks);
  }
}
