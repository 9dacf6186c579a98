package org.dyad.ingest.testparsers;

import java.io.InputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/** Routes {@code *.dyadhang} and {@code *.dyadoom} files to the misbehaving test parsers. */
public final class TestTypeDetector implements Detector {

  @Override
  public MediaType detect(InputStream input, Metadata metadata) {
    String name = String.valueOf(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
    if (name.endsWith(".dyadhang")) {
      return HangingParser.TYPE;
    }
    if (name.endsWith(".dyadoom")) {
      return MemoryExhaustingParser.TYPE;
    }
    return MediaType.OCTET_STREAM;
  }
}
