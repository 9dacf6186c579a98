package org.dyad.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCorpusBinariesTest {

    private static final String SENTENCE = "Iranian authorities detained dozens of al-Qaeda members who had fled Afghanistan.";

    @Test
    void pdfCarriesTextTitleAndDate(@TempDir Path dir) throws IOException {
        Path documents = generate(dir, "pdf", "gulf-wire/detentions.pdf");

        try (PDDocument pdf = Loader.loadPDF(documents.resolve("gulf-wire/detentions.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(SENTENCE);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Iran holds fugitives");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Gulf Wire staff");
            assertThat(pdf.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR)).isEqualTo(2002);
        }
    }

    @Test
    void rebuildIsByteIdentical(@TempDir Path dir) throws IOException {
        byte[] first = Files.readAllBytes(generate(dir.resolve("a"), "docx", "x/detentions.docx").resolve("x/detentions.docx"));
        byte[] second = Files.readAllBytes(generate(dir.resolve("b"), "docx", "x/detentions.docx").resolve("x/detentions.docx"));
        assertThat(first).isEqualTo(second);
    }

    @Test
    void docxCarriesText(@TempDir Path dir) throws IOException {
        Path documents = generate(dir, "docx", "x/detentions.docx");

        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(documents.resolve("x/detentions.docx")));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains(SENTENCE);
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Iran holds fugitives");
        }
    }

    @Test
    void scannedPdfHasNoTextLayer(@TempDir Path dir) throws IOException {
        Path documents = generate(dir, "scanned-pdf", "x/scan.pdf");

        try (PDDocument pdf = Loader.loadPDF(documents.resolve("x/scan.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).isBlank();
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }

    private static Path generate(Path dir, String format, String output) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Files.writeString(sources.resolve("one.txt"), """
                Format: %s
                Output: %s
                Title: Iran holds fugitives
                Author: Gulf Wire staff
                Date: 2002-02-20

                TEHRAN, Feb. 20, 2002 — %s
                """.formatted(format, output, SENTENCE));
        Path documents = dir.resolve("documents");
        new SampleCorpusBinaries().generate(sources, documents);
        return documents;
    }
}
