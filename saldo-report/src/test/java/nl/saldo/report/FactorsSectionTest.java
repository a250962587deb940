package nl.saldo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The area-factors section: the coefficients as published and the descriptive warning. */
class FactorsSectionTest {
  @TempDir Path dir;

  @Test
  void theFitIsShownAndCalledDescriptive() throws IOException {
    Files.writeString(
        dir.resolve("factors.csv"),
        "group,term,estimate,std_error,t,n,left_out,r2\n"
            + "lower,intercept,0.363636,0.545455,0.67,4,3,0.9037\n"
            + "lower,social_rent_pct,1.181818,0.272727,4.33,4,3,0.9037\n"
            + "higher_incl_students,social_rent_pct,,,,2,1,\n");
    String en = FactorsSection.html(dir, "en");
    assertThat(en)
        .contains("A descriptive fit, not a causal model")
        .contains("<td>social_rent_pct</td><td>1.181818</td><td>0.272727</td><td>4.33</td>")
        .contains("<td>higher_incl_students</td><td>social_rent_pct</td><td></td>");
    assertThat(FactorsSection.html(dir, "nl")).contains("geen causaal model");
  }

  @Test
  void withoutFactorsTheSectionIsLeftOut() {
    assertThat(FactorsSection.html(dir, "en")).isEmpty();
  }
}
