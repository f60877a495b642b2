package servicesim.ledger;

/** A key or checkpoint that cannot be used, with one line saying why. */
public final class LedgerException extends Exception {

  public LedgerException(String message) {
    super(message, null, false, false);
  }
}
