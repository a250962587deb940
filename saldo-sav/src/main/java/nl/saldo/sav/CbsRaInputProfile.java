package nl.saldo.sav;

import nl.saldo.core.study.InputProfile;

/**
 * The cbs-ra input profile: a study file with a {@code cbs_ra:} section ({@link CbsRaSettings})
 * derives the four microdata tables from CBS Remote Access register files ({@link CbsRaProfile}).
 * Registered with {@link java.util.ServiceLoader}, so the core knows it only as an {@link
 * InputProfile}.
 */
public final class CbsRaInputProfile implements InputProfile {
  @Override
  public String section() {
    return CbsRaSettings.SECTION;
  }

  @Override
  public String name() {
    return "cbs-ra";
  }

  @Override
  public String derivedFrom() {
    return "CBS register files";
  }
}
