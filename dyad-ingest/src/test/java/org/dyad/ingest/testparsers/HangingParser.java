package org.dyad.ingest.testparsers;

import java.io.InputStream;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/** A parser that never returns, as a buggy parser on a hostile file might. Test use only. */
public final class HangingParser implements Parser {

  static final MediaType TYPE = MediaType.application("x-dyad-test-hang");

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(TYPE);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
    long until = Long.MAX_VALUE;
    while (System.nanoTime() < until) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException ignored) {
        // A stuck parser does not listen to interrupts either.
      }
    }
  }
}
