package org.dyad.nlp.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.nlp.eval.RecordWarning;
import org.dyad.nlp.eval.suite.SuiteMarkup.Tag;
import org.junit.jupiter.api.Test;

class SuiteMarkupTest {

  @Test
  void tagsKeepTheirLinesAndReadEveryQuotingOfAttributes() {
    List<Tag> tags = SuiteMarkup.tags("<A x=\"1\" y = '\"q\"' z=bare>\n\n<B/> text </A>\n<C id ='&lt;&amp;'>");
    assertThat(tags).extracting(Tag::name, Tag::closing, Tag::selfClosing, Tag::line).containsExactly(
        tuple("A", false, false, 1), tuple("B", false, true, 3), tuple("A", true, false, 3), tuple("C", false, false, 4));
    assertThat(tags.getFirst().attributes()).containsExactly(Map.entry("x", "1"), Map.entry("y", "\"q\""),
        Map.entry("z", "bare"));
    assertThat(tags.getLast().attribute("id")).isEqualTo("<&");
  }

  @Test
  void declarationsBrokenTagsAndLoneBracketsAreNotTags() {
    List<Tag> tags = SuiteMarkup.tags("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'f'>]> a < b <C <D> <E");
    assertThat(tags).extracting(Tag::name).containsExactly("D");
  }

  @Test
  void plEventJsonIsOneUnknownTag() {
    List<Tag> tags = SuiteMarkup.tags("<PLEvent {\"event\": \"012\", \"source\": [{\"code\": \"ARN\"}]}>\n<Text>");
    assertThat(tags).extracting(Tag::name, Tag::line).containsExactly(tuple("PLEvent", 1), tuple("Text", 2));
  }

  @Test
  void commentsEndAtTheFirstCloseAndKeepTheirLineBreaks() {
    List<RecordWarning> warnings = new ArrayList<>();
    String text = "a<!-- x -- <!-- y\n -->b<!--- z\n-->c\n<!-- never closed\nd";
    assertThat(SuiteMarkup.withoutComments(text, "s.xml", warnings)).isEqualTo("a\nb\nc\n\nd");
    assertThat(warnings).singleElement().extracting(RecordWarning::record).isEqualTo(4);
  }

  @Test
  void unescapesPredefinedEntitiesAndCharacterReferencesOnly() {
    assertThat(SuiteMarkup.unescape("&quot;A&quot; &amp;TIE &#65;&#x42; &xxe; &#0; &nbsp; & ;"))
        .isEqualTo("\"A\" &TIE AB &xxe; &#0; &nbsp; & ;");
  }

  @Test
  void decodesUtf8DropsTheByteOrderMarkAndReplacesBadBytes() {
    List<RecordWarning> warnings = new ArrayList<>();
    byte[] good = "\uFEFFna\u00efve \u2019".getBytes(StandardCharsets.UTF_8);
    assertThat(SuiteMarkup.decode(good, "s.xml", warnings)).isEqualTo("na\u00efve \u2019");
    assertThat(warnings).isEmpty();
    byte[] bad = {'a', '\n', (byte) 0xC3, '\n', (byte) 0xFF, (byte) 0xFE, 'b'};
    assertThat(SuiteMarkup.decode(bad, "s.xml", warnings)).isEqualTo("a\n\uFFFD\n\uFFFD\uFFFDb");
    assertThat(warnings).singleElement().satisfies(warning -> {
      assertThat(warning.record()).isEqualTo(2);
      assertThat(warning.message()).startsWith("3 byte sequence(s)");
    });
  }
}
