package org.dyad.nlp.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.event.Event;
import org.dyad.core.nlp.Mention;
import org.dyad.core.nlp.Sentence;
import org.dyad.nlp.parse.CoreNlpSentenceParser;
import org.junit.jupiter.api.Test;

/**
 * Dyad's verb dictionary on its example sentences ({@link VerbExamples}), through Dyad's parser, actor
 * resolver and coder as {@code dyad code} runs them: each sentence yields the code written for it
 * among its events (or as its only code, where the example says so, and between the actors it
 * names, where it names them), or no event when none is written.
 */
class VerbExamplesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  @Test
  void everyExampleSentenceYieldsItsCode() throws Exception {
    VerbExamples examples = VerbExamples.read();
    CodingSetup setup = CodingSetup.load(null, null);
    CoreNlpSentenceParser parser = new CoreNlpSentenceParser();
    List<String> wrong = new ArrayList<>();
    for (VerbExamples.Example example : examples.examples()) {
      Sentence sentence = new Sentence("example", 0, 0, example.text().length(), example.text());
      List<Mention> mentions = setup.resolver().resolve(List.of(sentence), DAY);
      List<Event> events = setup.coder().code(parser.parse(sentence), mentions, DAY);
      List<String> codes = events.stream().map(Event::code).toList();
      boolean right = example.code() == null ? codes.isEmpty() : codes.contains(example.code())
          && (!example.only() || codes.stream().allMatch(example.code()::equals))
          && (example.pair() == null || events.stream().anyMatch(e -> e.code().equals(example.code())
              && (e.source().code().substring(0, 3) + ">" + e.target().code().substring(0, 3)).equals(example.pair())));
      if (!right) {
        wrong.add("line " + example.line() + " expects " + (example.code() == null ? "no event" : example.code())
            + (example.only() ? " only" : "") + (example.pair() == null ? "" : " " + example.pair())
            + ", got " + codes + ": " + example.text());
      }
    }
    assertThat(examples.examples()).hasSizeGreaterThan(2000);
    assertThat(wrong).as(wrong.size() + " of " + examples.examples().size() + " examples").isEmpty();
  }
}
