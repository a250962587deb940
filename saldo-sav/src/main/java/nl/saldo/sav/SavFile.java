package nl.saldo.sav;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An open SPSS system file ({@code .sav}, uncompressed or bytecode-compressed, or {@code .zsav}).
 * The dictionary is read on {@link #open}; the rows stream from disk through {@link #rows()}, so a
 * file of any length reads in constant memory.
 *
 * <pre>{@code
 * try (SavFile sav = SavFile.open(path)) {
 *   SavVariable person = sav.variable("RINPERSOON");
 *   SavCursor rows = sav.rows();
 *   while (rows.next()) { String id = rows.text(person); }
 * }
 * }</pre>
 */
public final class SavFile implements AutoCloseable {

  private static final int BUFFER_BYTES = 1 << 16;

  private final Path path;
  private final SavDictionary dictionary;
  private final CaseSource cases;
  private boolean rowsTaken;

  private SavFile(Path path, SavDictionary dictionary, CaseSource cases) {
    this.path = path;
    this.dictionary = dictionary;
    this.cases = cases;
  }

  public static SavFile open(Path path) throws IOException {
    InputStream stream = new BufferedInputStream(Files.newInputStream(path), BUFFER_BYTES);
    SavInput in = new SavInput(stream, path, 0);
    try {
      SavDictionary dictionary = SavDictionaryReader.read(in);
      return new SavFile(path, dictionary, caseSource(in, stream, dictionary));
    } catch (IOException | RuntimeException failure) {
      in.close();
      throw failure;
    }
  }

  private static CaseSource caseSource(SavInput in, InputStream stream, SavDictionary dictionary)
      throws IOException {
    return switch (dictionary.header().compression()) {
      case "none" -> new UncompressedCases(in);
      case "bytecode" -> new BytecodeCases(in, dictionary.numericSlots(), dictionary.bias());
      default -> {
        in.int64(); // offset of this zlib header
        long trailerOffset = in.int64();
        in.int64(); // trailer length
        long compressed = trailerOffset - in.offset();
        if (compressed < 0) {
          throw in.error("zlib trailer offset " + trailerOffset + " lies before the data");
        }
        InputStream inflated =
            new BufferedInputStream(new ZlibBlocksInputStream(stream, compressed), BUFFER_BYTES);
        SavInput data = new SavInput(inflated, in.file(), 0);
        data.order(in.order());
        yield new BytecodeCases(data, dictionary.numericSlots(), dictionary.bias());
      }
    };
  }

  public Path path() {
    return path;
  }

  public SavHeader header() {
    return dictionary.header();
  }

  public List<SavVariable> variables() {
    return dictionary.variables();
  }

  /** The variable with this name, compared case-insensitively as SPSS does. */
  public SavVariable variable(String name) throws SavFormatException {
    for (SavVariable variable : variables()) {
      if (variable.name().equalsIgnoreCase(name)) {
        return variable;
      }
    }
    throw new SavFormatException(
        path,
        "has no variable '"
            + name
            + "'; its variables are "
            + variables().stream().map(SavVariable::name).collect(Collectors.joining(", ")));
  }

  /** The rows, from the first; can be taken once per opened file. */
  public SavCursor rows() {
    if (rowsTaken) {
      throw new IllegalStateException(
          "rows of " + path + " were already read; open the file again");
    }
    rowsTaken = true;
    return new SavCursor(cases, dictionary);
  }

  @Override
  public void close() throws IOException {
    cases.close();
  }
}
