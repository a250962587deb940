package nl.saldo.sav;

import java.nio.file.Path;

/** One CBS file the cbs-ra profile read: which register (and year), where, and how many rows. */
public record CbsRaSource(String register, Path file, long rows) {}
