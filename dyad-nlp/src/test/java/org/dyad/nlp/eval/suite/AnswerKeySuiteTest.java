package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import org.dyad.nlp.eval.AnswerKey;
import org.junit.jupiter.api.Test;

class AnswerKeySuiteTest {

  @Test
  void oneRecordPerCitedSentenceWithAllItsEvents() throws Exception {
    String key = String.join("\n",
        "{\"type\":\"document\",\"file\":\"a/1.txt\",\"events\":["
            + "{\"source\":\"IRN\",\"target\":\"IMGMUSALQ\",\"code\":\"174\",\"date\":\"2002-08-12\",\"sentence\":\"Iran deported them.\"},"
            + "{\"source\":\"IRN\",\"target\":\"SAU\",\"code\":\"0841\",\"date\":\"2002-08-12\",\"sentence\":\"Iran deported them.\"},"
            + "{\"source\":\"USA\",\"target\":\"IRN\",\"date\":\"2002-08-13\",\"sentence\":\"No code here.\"}]}");
    ValidationSuite suite = AnswerKeySuite.of(AnswerKey.read(new StringReader(key), "expected.jsonl"), Path.of("expected.jsonl"));

    assertThat(suite.records()).singleElement().satisfies(record -> {
      assertThat(record.text()).isEqualTo("Iran deported them.");
      assertThat(record.expected()).containsExactly(
          new CodedTriple("IRN", "IMGMUSALQ", "174"), new CodedTriple("IRN", "SAU", "0841"));
      assertThat(record.category()).isEqualTo("17");
    });
  }
}
