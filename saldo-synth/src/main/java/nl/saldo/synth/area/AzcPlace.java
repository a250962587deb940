package nl.saldo.synth.area;

/** One address of an asylum seekers' centre, in a municipality (index into the facts). */
public record AzcPlace(long addressId, int municipality) {}
