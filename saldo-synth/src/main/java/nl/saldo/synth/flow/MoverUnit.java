package nl.saldo.synth.flow;

import nl.saldo.synth.life.Group;

/**
 * A household that makes one planned move between municipalities in the move window: from origin to
 * destination (municipality indexes), on moveDay (epoch day), with its group in the year after the
 * move, and how many persons move together.
 */
public record MoverUnit(
    int origin, int destination, Group group, int moveDay, int size, Kind kind) {

  /** The life story behind the move. */
  public enum Kind {
    /** A household moving with the same income position before and after. */
    REGULAR,
    /** A young person leaving the parental home to study. */
    LEAVING_HOME_TO_STUDY,
    /** A graduate leaving the city where they studied, now with a higher income. */
    GRADUATE_LEAVING
  }
}
