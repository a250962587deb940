package nl.saldo.sav;

/**
 * A value label as stored in a type 3 record: 8 value bytes (number or short string) and a label.
 */
record RawValueLabel(byte[] value, byte[] label) {}
