package org.dyad.bench.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Renders a source as a Word document: a title paragraph in the Title style, then one
 * paragraph per source paragraph. Title, author (creator) and created/modified dates go to the
 * core properties. The package is re-zipped with fixed entry times so rebuilds are byte-identical.
 */
public final class DocxRenderer implements DocumentRenderer {

    @Override
    public void render(SourceDocument source, Path target) throws IOException {
        ByteArrayOutputStream packaged = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            Date date = PdfDocumentInfo.noonUtc(source).getTime();
            core.setTitle(source.title());
            core.setCreator(source.author());
            core.setLastModifiedByUser(source.author());
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            if (!source.title().isEmpty()) {
                XWPFParagraph title = document.createParagraph();
                title.setStyle("Title");
                XWPFRun run = title.createRun();
                run.setBold(true);
                run.setFontSize(14);
                run.setText(source.title());
            }
            for (String paragraph : source.paragraphs()) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(packaged);
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            rezipWithFixedTimes(packaged.toByteArray(), out, PdfDocumentInfo.noonUtc(source).getTimeInMillis());
        }
    }

    private static void rezipWithFixedTimes(byte[] zip, OutputStream target, long time) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(time);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }
}
