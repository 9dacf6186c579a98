package org.dyad.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a source as a born-digital PDF: title in bold, then the paragraphs in 11-point Times,
 * word-wrapped to a US Letter page with one-inch margins, continuing onto new pages as needed.
 * Only characters of the WinAnsi encoding (Latin-1 plus typographic punctuation) can be written.
 */
public final class TextPdfRenderer implements DocumentRenderer {

    private static final float MARGIN = 72f;
    private static final float FONT_SIZE = 11f;
    private static final float TITLE_SIZE = 14f;
    private static final float LEADING = 1.4f * FONT_SIZE;

    private final PDFont body = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    private static List<String> wrap(String text, PDFont font, float size) {
        return LineWrapper.wrap(text, s -> width(font, s) * size, PDRectangle.LETTER.getWidth() - 2 * MARGIN);
    }

    private static double width(PDFont font, String text) {
        try {
            return font.getStringWidth(text) / 1000.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void render(SourceDocument source, Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfDocumentInfo.apply(source, document);
            PageCursor cursor = new PageCursor(document);
            try {
                if (!source.title().isEmpty()) {
                    for (String line : wrap(source.title(), bold, TITLE_SIZE)) {
                        cursor.line(line, bold, TITLE_SIZE);
                    }
                    cursor.skip();
                }
                for (String paragraph : source.paragraphs()) {
                    for (String line : wrap(paragraph, body, FONT_SIZE)) {
                        cursor.line(line, body, FONT_SIZE);
                    }
                    cursor.skip();
                }
            } finally {
                cursor.close();
            }
            document.save(target.toFile());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new IOException(source.output() + ": text cannot be written in a standard PDF font (" + e.getMessage() + ")", e);
        }
    }


    /** Tracks the write position and starts a new page when the current one is full. */
    private static final class PageCursor implements AutoCloseable {
        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        PageCursor(PDDocument document) {
            this.document = document;
        }

        void line(String text, PDFont font, float size) throws IOException {
            if (stream == null || y < MARGIN) {
                newPage();
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(text);
            stream.endText();
            y -= 1.4f * size;
        }

        void skip() {
            y -= LEADING * 0.6f;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.LETTER.getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
