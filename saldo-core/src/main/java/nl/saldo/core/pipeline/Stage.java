package nl.saldo.core.pipeline;

import java.util.Locale;
import java.util.Set;

/**
 * The method as a pipeline, in order (STYLE.md §2): read inputs → validate → select spells →
 * classify areas → classify persons → find AZC addresses → derive moves → each person's area and
 * group on both stock dates → count stocks and flows → build the marts (sequences, municipalities,
 * profiles) → components and segregation → disclosure control → write. The stages from {@link
 * #SELECT_SPELLS} to {@link #BUILD_SEGREGATION} are the method's set-based steps, run by the
 * engine, each making one relation; the engine, not the core, knows where their code lives.
 */
public enum Stage {
  LOAD("reading inputs"),
  VALIDATE("checking inputs"),
  SELECT_SPELLS("selecting the spells that cover a day"),
  CLASSIFY_BUURTEN("classifying buurten into layers and units"),
  LIST_UNITS("listing the units of the study area"),
  CLASSIFY_PERSONS("grouping persons by income position"),
  FIND_AZC("finding AZC addresses"),
  DERIVE_MOVES("deriving domestic moves"),
  DERIVE_PERSON_STATES("deriving each person's area and group at both stock dates"),
  COUNT_STOCKS("counting stocks"),
  COUNT_OD("counting flows between units"),
  COUNT_FLOWS("counting flows into and out of units"),
  BUILD_STOCKS("building the stocks table with its percentages"),
  BUILD_MIGRATION("building the migration table with its rates"),
  BUILD_OD("building the origin-destination table with its percentages"),
  BUILD_SEQUENCES("building the sequences of units of persons who moved more than once"),
  LIST_MUNICIPALITIES("listing the municipalities with the units they belong to"),
  BUILD_PROFILES("breaking the flows and stayers down by age, origin and attributes"),
  BUILD_COMPONENTS("building the components of change"),
  COUNT_SEGREGATION("counting persons per buurt for segregation"),
  BUILD_SEGREGATION("measuring segregation"),
  DISCLOSURE("applying disclosure control"),
  WRITE("writing outputs");

  /** The stages the engine runs with {@link Engine#run}, in order. */
  public static final Set<Stage> METHOD_STEPS =
      java.util.Collections.unmodifiableSet(
          java.util.EnumSet.range(SELECT_SPELLS, BUILD_SEGREGATION));

  private final String description;

  Stage(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
