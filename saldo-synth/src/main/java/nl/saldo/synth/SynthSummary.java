package nl.saldo.synth;

/** What a generation wrote: rows per table and the wall-clock seconds it took. */
public record SynthSummary(long persons, long residences, long incomeRows, double seconds) {}
