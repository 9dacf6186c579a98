package org.dyad.sanctions.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class XmlRecordsTest {

  private static InputStream xml(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void handsOverEachOutermostRecordAsATree() throws IOException {
    List<XmlElement> records = new ArrayList<>();
    XmlRecords.read(xml("<r><a id='1'><b>x</b><a><b>inner</b></a></a><c/><a id='2'>y</a></r>"), "t.xml", Set.of("a"),
        records::add);
    assertThat(records).extracting(a -> a.attribute("id")).containsExactly("1", "2");
    assertThat(records.getFirst().text("b")).isEqualTo("x");
    assertThat(records.getFirst().descendants("b")).extracting(XmlElement::text).containsExactly("x", "inner");
    assertThat(records.get(1).text()).isEqualTo("y");
  }

  @Test
  void predefinedAndCharacterReferencesAreText() throws IOException {
    List<XmlElement> records = new ArrayList<>();
    XmlRecords.read(xml("<r><a>AL-HARAMAIN &amp; AL &#65;QSA &lt;x&gt;</a></r>"), "t.xml", Set.of("a"), records::add);
    assertThat(records.getFirst().text()).isEqualTo("AL-HARAMAIN & AL AQSA <x>");
  }

  @Test
  void refusesAnExternalEntity() throws IOException {
    try (InputStream in = Files.newInputStream(Fixtures.path("xxe.xml"))) {
      assertThatThrownBy(() -> XmlRecords.read(in, "xxe.xml", Set.of("sdnEntry"), e -> {}))
          .isInstanceOf(IOException.class).hasMessageContaining("xxe.xml").hasMessageContaining("DTD");
    }
  }

  @Test
  void refusesEntityExpansion() throws IOException {
    try (InputStream in = Files.newInputStream(Fixtures.path("billion-laughs.xml"))) {
      assertThatThrownBy(() -> XmlRecords.read(in, "billion-laughs.xml", Set.of("INDIVIDUAL"), e -> {}))
          .isInstanceOf(IOException.class).hasMessageContaining("refused");
    }
  }

  @Test
  void neverFetchesAnExternalDtd() throws IOException {
    try (InputStream in = Files.newInputStream(Fixtures.path("external-dtd.xml"))) {
      assertThatThrownBy(() -> XmlRecords.rootName(in, "external-dtd.xml")).hasMessageContaining("refused");
    }
  }

  @Test
  void malformedXmlNamesTheFileAndLine() {
    assertThatThrownBy(() -> XmlRecords.read(xml("<r>\n<a></b></r>"), "bad.xml", Set.of("a"), e -> {}))
        .hasMessageStartingWith("bad.xml:2: not well-formed XML");
  }

  @Test
  void theRootNameIsTheFirstElement() throws IOException {
    assertThat(XmlRecords.rootName(xml("<?xml version='1.0'?><!-- c --><sdnList><x/></sdnList>"), "t.xml")).isEqualTo("sdnList");
  }
}
