package org.dyad.ingest.testparsers;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/** A parser that allocates until its heap is gone, like a decompression bug would. Test use only. */
public final class MemoryExhaustingParser implements Parser {

  static final MediaType TYPE = MediaType.application("x-dyad-test-oom");
  private static final List<long[]> HOARD = new ArrayList<>();

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(TYPE);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
    while (true) {
      HOARD.add(new long[1 << 20]);
    }
  }
}
