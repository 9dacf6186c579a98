package org.dyad.bench.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one source document to a file in one binary format. */
public interface DocumentRenderer {

    /** Renders {@code source} to {@code target}, replacing any existing file. */
    void render(SourceDocument source, Path target) throws IOException;
}
