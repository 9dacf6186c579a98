package org.dyad.ingest.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.core.text.Markup;

/**
 * Writes the Tika configuration that both this process (as a pipes client) and the forked parser
 * processes read: parsers with OCR for PDFs without a text layer, a file-system fetcher, and the
 * pipes limits.
 */
final class TikaConfigFile {

  private TikaConfigFile() {}

  static Path write(ExtractorLimits limits, String javaPath, List<String> extraJvmArgs) throws IOException {
    Path file = Files.createTempFile("dyad-tika-", ".xml");
    StringBuilder jvmArgs = new StringBuilder();
    jvmArgs.append("        <arg>-Xmx").append(limits.heapMegabytes()).append("m</arg>\n");
    jvmArgs.append("        <arg>-XX:+UseSerialGC</arg>\n");
    for (String arg : extraJvmArgs) {
      jvmArgs.append("        <arg>").append(xml(arg)).append("</arg>\n");
    }
    String config = """
        <?xml version="1.0" encoding="UTF-8"?>
        <properties>
          <parsers>
            <parser class="org.apache.tika.parser.DefaultParser">
              <parser-exclude class="org.apache.tika.parser.pdf.PDFParser"/>
              <parser-exclude class="org.apache.tika.parser.ocr.TesseractOCRParser"/>
            </parser>
            <parser class="org.apache.tika.parser.pdf.PDFParser">
              <params>
                <param name="ocrStrategy" type="string">auto</param>
                <param name="extractInlineImages" type="bool">false</param>
              </params>
            </parser>
            <parser class="org.apache.tika.parser.ocr.TesseractOCRParser">
              <params>
                <param name="language" type="string">%s</param>
                <param name="timeoutSeconds" type="int">%d</param>
              </params>
            </parser>
          </parsers>
          <fetchers>
            <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
              <name>fs</name>
              <basePath>/</basePath>
            </fetcher>
          </fetchers>
          <pipes>
            <params>
              <numClients>%d</numClients>
              <timeoutMillis>%d</timeoutMillis>
              <maxForEmitBatchBytes>-1</maxForEmitBatchBytes>
              <javaPath>%s</javaPath>
              <tikaConfig>%s</tikaConfig>
              <forkedJvmArgs>
        %s      </forkedJvmArgs>
            </params>
          </pipes>
        </properties>
        """.formatted(
            limits.ocrLanguages(),
            Math.max(1, limits.timeout().toSeconds()),
            limits.processes(),
            limits.timeout().toMillis(),
            xml(javaPath),
            xml(file.toString()),
            jvmArgs);
    Files.writeString(file, config, StandardCharsets.UTF_8);
    return file;
  }

  private static String xml(String text) {
    return Markup.escape(text);
  }
}
