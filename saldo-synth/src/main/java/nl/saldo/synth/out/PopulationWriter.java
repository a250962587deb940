package nl.saldo.synth.out;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import nl.saldo.synth.area.Buurt;
import nl.saldo.synth.area.Geography;
import nl.saldo.synth.life.Group;
import nl.saldo.synth.life.PersonLife;
import nl.saldo.synth.life.Seeds;

/**
 * Streams persons to the METHOD.md format v1 tables persons, residences and incomes (CSV), giving
 * person ids in generation order, and remembers which addresses were used so that the addresses
 * table lists exactly those.
 */
public final class PopulationWriter implements Consumer<PersonLife>, AutoCloseable {
  private static final int KIND_INCOME = 6;
  private final Writer persons;
  private final Writer residences;
  private final Writer incomes;
  private final BitSet[] usedAddresses;
  private final long seed;
  private long nextPersonId = 1;

  public PopulationWriter(Path dataDir, int buurten, long seed) throws IOException {
    Files.createDirectories(dataDir);
    persons =
        open(dataDir.resolve("persons.csv"), "person_id,birth_date,origin,register_entry_date");
    residences =
        open(dataDir.resolve("residences.csv"), "person_id,address_id,start_date,end_date");
    incomes =
        open(dataDir.resolve("incomes.csv"), "person_id,year,household_kind,student,income_pct");
    usedAddresses = new BitSet[buurten];
    this.seed = seed;
  }

  private static Writer open(Path file, String header) throws IOException {
    Writer writer =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    writer.write(header);
    writer.write('\n');
    return writer;
  }

  @Override
  public void accept(PersonLife person) {
    long id = nextPersonId++;
    try {
      persons.write(
          id
              + ","
              + DateText.of(person.birth)
              + ","
              + person.origin.code()
              + ","
              + DateText.of(person.entry)
              + "\n");
      for (int i = 0; i < person.spellCount(); i++) {
        long address = person.address(i);
        markUsed(address);
        residences.write(
            id
                + ","
                + address
                + ","
                + DateText.of(person.start(i))
                + ","
                + DateText.of(person.end(i))
                + "\n");
      }
      SplittableRandom random = Seeds.stream(seed, KIND_INCOME, id, 0);
      for (int year = PersonLife.FIRST_INCOME_YEAR; year <= PersonLife.LAST_INCOME_YEAR; year++) {
        Group group = person.group(year);
        if (group != null && person.livesIn(year)) {
          incomes.write(
              id
                  + ","
                  + year
                  + ","
                  + (person.institutional(year) ? "institutional" : "private")
                  + ","
                  + (group == Group.STUDENT)
                  + ","
                  + incomePct(group, random)
                  + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void markUsed(long address) {
    int buurt = Geography.buurtOfAddress(address);
    if (usedAddresses[buurt] == null) {
      usedAddresses[buurt] = new BitSet();
    }
    usedAddresses[buurt].set((int) (address % Buurt.ADDRESS_BASE));
  }

  /** Standardised household income as % of the social minimum, within the group's band. */
  static String incomePct(Group group, SplittableRandom random) {
    double pct =
        switch (group) {
          case LT101 -> 60 + 40.9 * random.nextDouble();
          case B101_150 -> 101 + 48.9 * random.nextDouble();
          case GE150 -> 150 * Math.exp(Math.abs(0.55 * random.nextGaussian()));
          case STUDENT -> 40 + 80 * random.nextDouble();
          case OTHER -> Double.NaN;
        };
    return Double.isNaN(pct) ? "" : String.format(Locale.ROOT, "%.1f", Math.floor(pct * 10) / 10);
  }

  public long persons() {
    return nextPersonId - 1;
  }

  /** Used house numbers per buurt index (null when none). */
  public BitSet[] usedAddresses() {
    return usedAddresses;
  }

  @Override
  public void close() throws IOException {
    persons.close();
    residences.close();
    incomes.close();
  }
}
