package nl.saldo.synth.life;

import java.util.SplittableRandom;

/** Independent random streams per story, so each story is the same in every pass. */
public final class Seeds {
  private Seeds() {}

  public static SplittableRandom stream(long seed, long kind, long a, long b) {
    long h = seed;
    h = mix(h ^ (kind * 0x9E3779B97F4A7C15L));
    h = mix(h ^ (a * 0xC2B2AE3D27D4EB4FL));
    h = mix(h ^ (b * 0x165667B19E3779F9L));
    return new SplittableRandom(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
