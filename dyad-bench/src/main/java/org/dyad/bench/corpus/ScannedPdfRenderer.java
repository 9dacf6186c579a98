package org.dyad.bench.corpus;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a source the way a flatbed scan of a typed page looks to a parser: the text is drawn
 * with Java2D into a 200 dpi grey-scale image of a US Letter page, and the PDF holds only that
 * image, with no text layer. Large serif type keeps it readable by Tesseract. The text must fit
 * on one page; a longer source is rejected rather than silently cut.
 */
public final class ScannedPdfRenderer implements DocumentRenderer {

    private static final int DPI = 200;
    private static final float POINT_SIZE = 15f;

    @Override
    public void render(SourceDocument source, Path target) throws IOException {
        BufferedImage page = draw(source);
        try (PDDocument document = new PDDocument()) {
            PdfDocumentInfo.apply(source, document);
            PDPage pdfPage = new PDPage(PDRectangle.LETTER);
            document.addPage(pdfPage);
            PDImageXObject image = LosslessFactory.createFromImage(document, page);
            try (PDPageContentStream stream = new PDPageContentStream(document, pdfPage)) {
                stream.drawImage(image, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
            }
            document.save(target.toFile());
        }
    }

    private static BufferedImage draw(SourceDocument source) throws IOException {
        int width = Math.round(8.5f * DPI);
        int height = 11 * DPI;
        int margin = DPI;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, Math.round(POINT_SIZE * DPI / 72f)));
            FontMetrics metrics = g.getFontMetrics();
            int lineHeight = Math.round(metrics.getHeight() * 1.25f);
            int y = margin + metrics.getAscent();
            List<String> paragraphs = new ArrayList<>();
            if (!source.title().isEmpty()) {
                paragraphs.add(source.title());
            }
            paragraphs.addAll(source.paragraphs());
            for (String paragraph : paragraphs) {
                for (String line : LineWrapper.wrap(paragraph, metrics::stringWidth, width - 2 * margin)) {
                    if (y > height - margin) {
                        throw new IOException(source.output() + ": text does not fit on one scanned page; shorten the source");
                    }
                    g.drawString(line, margin, y);
                    y += lineHeight;
                }
                y += lineHeight / 2;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

}
