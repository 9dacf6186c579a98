package org.dyad.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a file that claims to be a PDF and is not one: a valid header and the opening of an
 * object, then pseudo-random bytes, with no cross-reference table and no trailer. Parsers detect
 * it as PDF by its magic bytes and then fail, which is what the failure report should show.
 * The bytes are seeded from the output name, so the file is the same on every run.
 */
public final class CorruptPdfRenderer implements DocumentRenderer {

    private static final int GARBAGE_BYTES = 2048;

    @Override
    public void render(SourceDocument source, Path target) throws IOException {
        String start = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Length 9999 >>\nstream\n";
        byte[] header = start.getBytes(StandardCharsets.ISO_8859_1);
        byte[] garbage = new byte[GARBAGE_BYTES];
        new Random(source.output().hashCode()).nextBytes(garbage);
        byte[] file = new byte[header.length + garbage.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(garbage, 0, file, header.length, garbage.length);
        Files.write(target, file);
    }
}
