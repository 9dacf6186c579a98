package org.dyad.bench.corpus;

import java.util.Locale;

/** The binary formats the sample corpus carries, each with the file extension it is written under. */
public enum BinaryFormat {
    /** A PDF with a text layer. */
    PDF("pdf"),
    /** A PDF holding only a page image, so its text can be read by OCR alone. */
    SCANNED_PDF("pdf"),
    /** An Office Open XML word-processing document. */
    DOCX("docx"),
    /** A PDF header followed by bytes no parser can read, to exercise failure reporting. */
    CORRUPT_PDF("pdf");

    private final String extension;

    BinaryFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Parses the {@code Format:} header value, e.g. {@code scanned-pdf}. */
    public static BinaryFormat fromName(String name) {
        String normalized = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (BinaryFormat format : values()) {
            if (format.name().equals(normalized)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown Format '" + name + "'; use pdf, scanned-pdf, docx or corrupt-pdf");
    }
}
