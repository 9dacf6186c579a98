package org.dyad.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The plain-text source of one binary sample document: a header of {@code Key: value} lines,
 * a blank line, then the body as paragraphs separated by blank lines.
 *
 * <pre>
 * Format: pdf
 * Output: treasury-press-releases/2011-07-28-network-in-iran.pdf
 * Title: Treasury Targets Key Al-Qa'ida Funding and Support Network
 * Author: Office of Public Affairs
 * Date: 2011-07-28
 *
 * First paragraph...
 * </pre>
 *
 * @param format     how the document is rendered
 * @param output     path of the rendered file, relative to the documents directory
 * @param title      document title, written to the file's metadata
 * @param author     document author, written to the file's metadata
 * @param date       document date, written as creation and modification date
 * @param paragraphs body paragraphs, each a single line of text
 */
public record SourceDocument(BinaryFormat format, String output, String title, String author,
                             LocalDate date, List<String> paragraphs) {

    public SourceDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(date, "date");
        if (output == null || output.isBlank() || output.startsWith("/") || output.contains("..")) {
            throw new IllegalArgumentException("Output must be a relative path inside the documents directory: " + output);
        }
        if (!output.endsWith("." + format.extension())) {
            throw new IllegalArgumentException("Output " + output + " must end with ." + format.extension());
        }
        title = Objects.requireNonNullElse(title, "");
        author = Objects.requireNonNullElse(author, "");
        paragraphs = List.copyOf(paragraphs);
    }

    /** Reads a source file; errors name the file and the offending header. */
    public static SourceDocument read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> header = new LinkedHashMap<>();
        int i = 0;
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IOException(file + ": header line " + (i + 1) + " is not 'Key: value'; end the header with a blank line");
            }
            header.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).trim());
        }
        try {
            return new SourceDocument(
                    BinaryFormat.fromName(required(file, header, "format")),
                    required(file, header, "output"),
                    header.get("title"),
                    header.get("author"),
                    LocalDate.parse(required(file, header, "date")),
                    paragraphs(lines.subList(i, lines.size())));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The body as one string, paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    private static String required(Path file, Map<String, String> header, String key) throws IOException {
        String value = header.get(key);
        if (value == null || value.isBlank()) {
            throw new IOException(file + ": missing header '" + key + ":'");
        }
        return value;
    }

    private static List<String> paragraphs(List<String> body) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : body) {
            if (line.isBlank()) {
                flush(current, paragraphs);
            } else {
                if (!current.isEmpty()) {
                    current.append(' ');
                }
                current.append(line.strip());
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
