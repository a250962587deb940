package nl.saldo.sav;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that is not a readable SPSS system file; the message names the file and the byte offset.
 */
public final class SavFormatException extends IOException {

  public SavFormatException(Path file, long offset, String problem) {
    super(file + " at byte " + offset + ": " + problem);
  }

  public SavFormatException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
