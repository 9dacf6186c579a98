package org.dyad.nlp.coding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example sentences of Dyad's verb dictionary ({@code verb-examples.txt}): each with the CAMEO
 * code it must yield, or none ({@code ---}); "{@code # 115 only}" asks that it yield that code and no
 * other, and "{@code # 0841 ISR>LBN}" that an event of that code be between actors of those roots.
 */
record VerbExamples(List<VerbExamples.Example> examples) {

  /**
   * One sentence and what it must yield; {@code code} is null for no event.
   *
   * @param only whether every event must have {@code code}
   * @param pair the roots of the source and target an event of {@code code} must have ("ISR>LBN"), or null
   */
  record Example(int line, String text, String code, boolean only, String pair) {}

  static final String TEXT = "verb-examples.txt";

  private static final Pattern EXPECTATION = Pattern.compile("#\\s*([0-9]{2,4}|---)(\\s+only)?(?:\\s+([A-Z]{3}>[A-Z]{3}))?\\s*");

  static VerbExamples read() throws IOException {
    List<Example> examples = new ArrayList<>();
    String expected = null;
    boolean only = false;
    String pair = null;
    int number = 0;
    for (String line : resource(TEXT).split("\n", -1)) {
      number++;
      Matcher matcher = EXPECTATION.matcher(line);
      if (matcher.matches()) {
        expected = matcher.group(1);
        only = matcher.group(2) != null;
        pair = matcher.group(3);
      } else if (!line.startsWith("#") && !line.isBlank() && expected != null) {
        examples.add(new Example(number, line.strip(), expected.equals("---") ? null : expected, only, pair));
        expected = null;
      }
    }
    return new VerbExamples(examples);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = VerbExamples.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
