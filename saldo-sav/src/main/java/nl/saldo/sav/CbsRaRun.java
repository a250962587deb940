package nl.saldo.sav;

import java.util.List;

/** What the cbs-ra profile did: the files it read and the checks of what it made of them. */
public record CbsRaRun(List<CbsRaSource> sources, List<CbsRaCheck> checks) {}
