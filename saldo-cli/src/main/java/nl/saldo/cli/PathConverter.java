package nl.saldo.cli;

import java.nio.file.Path;
import nl.saldo.core.SaldoException;
import nl.saldo.core.UserPath;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every {@link Path} option of every command (registered in {@link Main}) goes through {@link
 * UserPath}: drive letters, UNC shares, backslashes and spaces, and cmd.exe's stray quote.
 */
final class PathConverter implements ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    try {
      return UserPath.of(value);
    } catch (SaldoException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
