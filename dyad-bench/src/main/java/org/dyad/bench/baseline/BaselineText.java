package org.dyad.bench.baseline;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.json.DyadJson;

/**
 * One text handed to the baseline JVM, one JSON object a line.
 *
 * @param dyadSentences the sentences Dyad's splitter finds in it, so that the baseline's
 *     throughput counts the same sentences as Dyad's
 */
public record BaselineText(String id, String text, int dyadSentences) {

  public static void write(List<BaselineText> texts, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (BaselineText text : texts) {
        out.write(DyadJson.write(text));
        out.newLine();
      }
    }
  }

  public static List<BaselineText> read(Path file) throws IOException {
    List<BaselineText> texts = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          texts.add(DyadJson.mapper().readValue(line, BaselineText.class));
        }
      }
    }
    return texts;
  }
}
