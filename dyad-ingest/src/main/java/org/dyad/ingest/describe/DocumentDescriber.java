package org.dyad.ingest.describe;

import java.util.List;
import java.util.Map;
import org.dyad.core.model.Document;
import org.dyad.ingest.scan.StagedFile;

/**
 * Builds the {@link Document} record from a staged file and what extraction found: title, author,
 * date (with its source), language and media type.
 */
public final class DocumentDescriber {

  private static final List<String> TITLE_KEYS = List.of("dc:title", "title", "subject", "dc:subject");
  private static final List<String> AUTHOR_KEYS = List.of("dc:creator", "meta:author", "Author", "author", "Message-From");
  private static final int MAX_TITLE = 200;
  private final LanguageIdentifier languages = new LanguageIdentifier();

  public Document describe(StagedFile file, String text, Map<String, String> metadata, String grade) {
    DocumentDater.DatedAs dated = DocumentDater.date(metadata, text, file.fileName());
    return new Document(
        file.sha256(),
        file.path(),
        file.fileName(),
        file.outlet(),
        title(metadata, text, file.fileName()),
        first(metadata, AUTHOR_KEYS),
        dated.date(),
        dated.source(),
        languages.identify(text),
        mediaType(metadata.get("Content-Type")),
        file.size(),
        grade);
  }

  static String title(Map<String, String> metadata, String text, String fileName) {
    String fromMetadata = first(metadata, TITLE_KEYS);
    if (fromMetadata != null) {
      return clip(fromMetadata);
    }
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().map(DocumentDescriber::clip).orElse(fileName);
  }

  private static String first(Map<String, String> metadata, List<String> keys) {
    for (String key : keys) {
      String value = metadata.get(key);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  private static String clip(String line) {
    String oneLine = line.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_TITLE ? oneLine : oneLine.substring(0, MAX_TITLE - 1) + "…";
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "application/octet-stream";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
  }
}
