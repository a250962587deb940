package nl.saldo.sav;

import java.nio.ByteOrder;
import java.util.List;

/**
 * Everything before the data: the header, the variables, and for the case readers the number of
 * 8-byte slots per case, which slots hold numbers, the compression bias and the byte order.
 */
record SavDictionary(
    SavHeader header,
    List<SavVariable> variables,
    boolean[] numericSlots,
    double bias,
    ByteOrder order) {

  int slotCount() {
    return numericSlots.length;
  }
}
