package nl.saldo.sav;

import java.nio.charset.Charset;

/**
 * What the file says about itself: the program that wrote it, the compression ({@code none}, {@code
 * bytecode}, {@code zlib}), the row count it declares (-1 when unknown), its label and the
 * character encoding of its strings.
 */
public record SavHeader(
    String product,
    String compression,
    long declaredRowCount,
    String fileLabel,
    Charset encoding) {}
