package org.dyad.ingest.scan;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The archive formats the scanner opens itself, so that each member becomes its own document.
 * Recognised by file name, then confirmed by magic bytes: a {@code .docx} is a zip inside but a
 * document to the analyst, and is left to the parsers.
 */
enum ArchiveFormat {
  ZIP,
  TAR,
  TAR_GZ;

  static Optional<ArchiveFormat> byName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".zip")) {
      return Optional.of(ZIP);
    }
    if (name.endsWith(".tar")) {
      return Optional.of(TAR);
    }
    if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      return Optional.of(TAR_GZ);
    }
    return Optional.empty();
  }

  /** Opens the archive, or throws when the bytes are not of this format. */
  ArchiveInputStream<?> open(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw);
    in.mark(8);
    byte[] magic = in.readNBytes(4);
    in.reset();
    return switch (this) {
      case ZIP -> {
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K') {
          throw new IOException("not a zip archive");
        }
        yield new ZipArchiveInputStream(in, "UTF-8", true, true);
      }
      case TAR -> new TarArchiveInputStream(in);
      case TAR_GZ -> {
        if (magic.length < 2 || (magic[0] & 0xff) != 0x1f || (magic[1] & 0xff) != 0x8b) {
          throw new IOException("not a gzip file");
        }
        yield new TarArchiveInputStream(new GzipCompressorInputStream(in, true));
      }
    };
  }
}
