package nl.saldo.core.study;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * A way to derive the four microdata tables from files other than format v1's, chosen by a section
 * of the study file: saldo-sav's {@code cbs_ra:} derives them from CBS Remote Access register
 * files. Profiles are found with {@link ServiceLoader}, so the core names none: {@link StudyFile}
 * takes a registered section out of the study file into {@link StudySettings#inputProfile()}, and
 * the engine's input sources read the tables of the profile the settings name.
 */
public interface InputProfile {
  /** The study file's top-level key that chooses the profile, e.g. {@code cbs_ra}. */
  String section();

  /** The profile's name in messages and file names, e.g. {@code cbs-ra}. */
  String name();

  /** What the profile reads, for messages and the manifest, e.g. {@code CBS register files}. */
  String derivedFrom();

  /** The profiles on the class path, by section. */
  static List<InputProfile> all() {
    return ServiceLoader.load(InputProfile.class).stream()
        .map(ServiceLoader.Provider::get)
        .toList();
  }

  /**
   * A study file's choice of profile: the profile and its section as written (maps, lists and
   * scalars), which only the profile's own code binds.
   */
  record Choice(InputProfile profile, Map<String, Object> settings) {
    public Choice {
      settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(settings);
    }

    /** Equal when they choose the same profile (by section) with the same settings. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Choice choice
          && choice.profile.section().equals(profile.section())
          && choice.settings.equals(settings);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(profile.section(), settings);
    }

    /** The table name as its profile derives it, as messages and the manifest name it. */
    public String tableName(String table) {
      return profile.name() + " profile: " + table;
    }
  }
}
