package org.dyad.bench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Regenerates the binary documents (PDF, scanned PDF, DOCX, corrupt PDF) of the sample corpus
 * from their plain-text sources, so the binaries committed under {@code sample-corpus/documents}
 * can always be rebuilt and their text checked against the answer key.
 *
 * <p>Usage: {@code SampleCorpusBinaries <sources-dir> <documents-dir>}. Every {@code *.txt} file
 * under the sources directory is read as a {@link SourceDocument} and written to the path its
 * {@code Output:} header names, relative to the documents directory.
 */
public final class SampleCorpusBinaries {

    private final Map<BinaryFormat, DocumentRenderer> renderers = new EnumMap<>(BinaryFormat.class);

    public SampleCorpusBinaries() {
        renderers.put(BinaryFormat.PDF, new TextPdfRenderer());
        renderers.put(BinaryFormat.SCANNED_PDF, new ScannedPdfRenderer());
        renderers.put(BinaryFormat.DOCX, new DocxRenderer());
        renderers.put(BinaryFormat.CORRUPT_PDF, new CorruptPdfRenderer());
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SampleCorpusBinaries <sources-dir> <documents-dir>");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        try {
            int written = new SampleCorpusBinaries().generate(Path.of(args[0]), Path.of(args[1]));
            System.out.println("wrote " + written + " documents to " + args[1]);
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Renders every source under {@code sources} into {@code documents}; returns how many files were written. */
    public int generate(Path sources, Path documents) throws IOException {
        if (!Files.isDirectory(sources)) {
            throw new IOException(sources + ": sources directory not found");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path file : files) {
            SourceDocument source = SourceDocument.read(file);
            Path target = documents.resolve(source.output()).normalize();
            Files.createDirectories(target.getParent());
            renderers.get(source.format()).render(source, target);
        }
        return files.size();
    }
}
