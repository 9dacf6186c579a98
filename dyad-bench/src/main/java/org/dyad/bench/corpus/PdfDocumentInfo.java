package org.dyad.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** Sets a PDF's title, author and dates from its source, and a fixed file ID so rebuilds are byte-identical. */
final class PdfDocumentInfo {

    private PdfDocumentInfo() {
    }

    static void apply(SourceDocument source, PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(source.title());
        info.setAuthor(source.author());
        info.setCreator("Dyad sample corpus");
        info.setProducer("Dyad sample corpus");
        Calendar date = noonUtc(source);
        info.setCreationDate(date);
        info.setModificationDate(date);
        // Without an explicit ID, PDFBox derives one from the clock.
        COSString id = new COSString(digest(source.output()));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The document date at 12:00 UTC: a fixed instant that stays on the same day in any time zone. */
    static Calendar noonUtc(SourceDocument source) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(source.date().getYear(), source.date().getMonthValue() - 1, source.date().getDayOfMonth(), 12, 0, 0);
        return calendar;
    }

    private static byte[] digest(String name) {
        try {
            return MessageDigest.getInstance("MD5").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java platform", e);
        }
    }
}
