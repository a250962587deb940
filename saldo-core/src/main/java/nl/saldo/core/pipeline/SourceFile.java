package nl.saldo.core.pipeline;

import java.nio.file.Path;

/**
 * A file an input profile read to derive the input tables (e.g. a CBS register file), for the
 * manifest.
 */
public record SourceFile(String register, Path path, long rows) {}
