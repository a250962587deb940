package nl.saldo.sav;

import nl.saldo.core.SaldoException;

/** The CBS files do not fit the cbs_ra settings; the message says which file, setting or code. */
public final class CbsRaException extends SaldoException {

  public CbsRaException(String message) {
    super(INVALID_INPUT, message);
  }
}
