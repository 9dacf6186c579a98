package org.dyad.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.dyad.core.model.Span;
import org.dyad.core.search.Snippet;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

  private final SnippetFormatter formatter = new SnippetFormatter();

  private static Passage passage(int start, int end, String content, String... matched) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(end);
    for (String word : matched) {
      int at = content.indexOf(word, start);
      passage.addMatch(at, at + word.length(), new BytesRef(word), 1);
    }
    return passage;
  }

  private static List<String> highlighted(Snippet snippet) {
    return snippet.highlights().stream()
        .map(span -> snippet.text().substring(span.start(), span.end()))
        .toList();
  }

  @Test
  void collapsesWhitespaceAndKeepsHighlightsOnTheWords() {
    String content = "Officials said\n\n  the   militants\tattacked a checkpoint. ";
    List<Snippet> snippets =
        formatter.format(
            new Passage[] {passage(0, content.length(), content, "militants", "attacked")}, content);

    assertThat(snippets).hasSize(1);
    Snippet snippet = snippets.getFirst();
    assertThat(snippet.text()).isEqualTo("Officials said the militants attacked a checkpoint.");
    assertThat(snippet.highlights()).containsExactly(new Span(19, 28), new Span(29, 37));
    assertThat(highlighted(snippet)).containsExactly("militants", "attacked");
  }

  @Test
  void cutsALongPassageAtWordBoundariesAroundItsFirstMatch() {
    String content = "word ".repeat(100) + "target " + "word ".repeat(100);
    Snippet snippet =
        formatter
            .format(new Passage[] {passage(0, content.length(), content, "target")}, content)
            .getFirst();

    assertThat(snippet.text().length()).isBetween(150, SnippetFormatter.MAX_CHARS);
    assertThat(snippet.text()).startsWith("word ").endsWith(" word");
    assertThat(highlighted(snippet)).containsExactly("target");
    // The window starts about LEAD_CHARS before the match.
    assertThat(snippet.highlights().getFirst().start())
        .isBetween(SnippetFormatter.LEAD_CHARS - 5, SnippetFormatter.LEAD_CHARS);
  }

  @Test
  void cutsAPassageWithoutMatchesFromItsStart() {
    String content = "Beirut, 3 May. " + "nothing here ".repeat(40);
    Snippet snippet =
        formatter.format(new Passage[] {passage(0, content.length(), content)}, content).getFirst();

    assertThat(snippet.text()).startsWith("Beirut, 3 May. ");
    assertThat(snippet.text().length()).isLessThanOrEqualTo(SnippetFormatter.MAX_CHARS);
    assertThat(snippet.text()).endsWith("here");
    assertThat(snippet.highlights()).isEmpty();
  }

  @Test
  void keepsPassageOrderAndDropsBlankPassages() {
    String content = "First hit here. \n\n Second hit there.";
    int second = content.indexOf("Second");
    List<Snippet> snippets =
        formatter.format(
            new Passage[] {
              passage(second, content.length(), content, "hit"),
              passage(15, second, content),
              passage(0, 15, content, "hit")
            },
            content);

    assertThat(snippets).extracting(Snippet::text).containsExactly("Second hit there.", "First hit here.");
    assertThat(snippets).allSatisfy(s -> assertThat(highlighted(s)).containsExactly("hit"));
  }
}
