package org.dyad.sanctions.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.core.sanctions.SanctionsList;

/**
 * Picks the reader for a path: a folder (or its {@code sdn.csv}) is an OFAC legacy CSV set; an XML
 * file is read by the reader of its root element ({@code sdnList}: OFAC sdn.xml; {@code
 * Sanctions}: OFAC advanced XML; {@code CONSOLIDATED_LIST}: the UN list).
 */
public final class ListFiles {

  private ListFiles() {}

  public static SanctionsList read(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      return OfacCsvReader.read(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new IOException(path + " does not exist: give a folder of OFAC CSV files or a list XML file");
    }
    String fileName = path.getFileName().toString();
    if (fileName.equalsIgnoreCase(OfacCsvReader.SDN)) {
      return OfacCsvReader.read(path.toAbsolutePath().getParent());
    }
    String root;
    try (InputStream in = Files.newInputStream(path)) {
      root = XmlRecords.rootName(in, fileName);
    }
    return switch (root) {
      case "sdnList" -> OfacXmlReader.read(path);
      case "Sanctions" -> OfacAdvancedXmlReader.read(path);
      case "CONSOLIDATED_LIST" -> UnListXmlReader.read(path);
      default -> throw new IOException(fileName + ": root element <" + root + "> is not a list Dyad reads"
          + " (OFAC sdnList or Sanctions, UN CONSOLIDATED_LIST)");
    };
  }
}
