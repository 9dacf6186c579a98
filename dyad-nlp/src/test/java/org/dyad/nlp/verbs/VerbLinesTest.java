package org.dyad.nlp.verbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.nlp.dictionary.DictionaryWarning;
import org.junit.jupiter.api.Test;

class VerbLinesTest {

  @Test
  void keepsBlankLinesAndDropsCommentOnlyLines() {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<VerbLines.Line> lines =
        VerbLines.split("&CURRENCY  # money\n# a note\n+DOLLAR\n   \n\t# indented note\n+YEN", "v", warnings);
    assertThat(lines)
        .containsExactly(
            new VerbLines.Line(1, "&CURRENCY", "money"),
            new VerbLines.Line(3, "+DOLLAR", ""),
            new VerbLines.Line(4, "", ""),
            new VerbLines.Line(6, "+YEN", ""));
    assertThat(lines.get(2).isBlank()).isTrue();
    assertThat(warnings).isEmpty();
  }

  @Test
  void aHashInsideACodeIsPartOfIt() {
    List<VerbLines.Line> lines =
        VerbLines.split("- * DIPLXMATIC [###] # -PAS\n+SHOT_AND {} [193]# pas\n#~ a (a b X) SAY = a b 1", "v", new ArrayList<>());
    assertThat(lines).extracting(VerbLines.Line::content).containsExactly("- * DIPLXMATIC [###]", "+SHOT_AND {} [193]");
    assertThat(lines.get(1).comment()).isEqualTo("pas");
  }

  @Test
  void skipsXmlCommentsOverOneOrSeveralLines() {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<VerbLines.Line> lines =
        VerbLines.split("<!-- one -->\nA\n  <!-- two\nstill two -->\nB\n<!-- never closed\nC", "v", warnings);
    assertThat(lines).extracting(VerbLines.Line::number).containsExactly(2, 5, 7);
    assertThat(warnings).singleElement().extracting(DictionaryWarning::lineNumber).isEqualTo(6);
  }

  @Test
  void removesControlCharactersWithAWarningAndDropsAByteOrderMark() {
    List<DictionaryWarning> warnings = new ArrayList<>();
    List<VerbLines.Line> lines = VerbLines.split("\uFEFFALLOW\r\nPER\u001AMIT\rX", "v", warnings);
    assertThat(lines).extracting(VerbLines.Line::content).containsExactly("ALLOW", "PERMIT", "X");
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.lineNumber()).isEqualTo(2);
      assertThat(w.message()).contains("U+001A");
    });
  }
}
