package org.dyad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void replacesTheFiveMarkupCharacters() {
    assertThat(Markup.escape("<script>alert('x' & \"y\")</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;");
    assertThat(Markup.escape(null)).isEmpty();
    assertThat(Markup.escape("a\u0001b\tc")).isEqualTo("ab\tc");
  }

  @Test
  void escapedTextNeverHoldsAMarkupCharacter() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text ->
        assertThat(Markup.escape(text)).doesNotContain("<", ">", "\"", "'").satisfies(escaped ->
            assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&")));
  }
}
