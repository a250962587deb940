package nl.saldo.sav;

/** The CBS files do not fit the cbs_ra settings; the message says which file, setting or code. */
public final class CbsRaException extends RuntimeException {

  public CbsRaException(String message) {
    super(message);
  }
}
