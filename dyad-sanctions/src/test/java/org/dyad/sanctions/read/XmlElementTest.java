package org.dyad.sanctions.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlElementTest {

  private static XmlElement leaf(String name, String text) {
    return new XmlElement(name, Map.of(), List.of(), text);
  }

  @Test
  void pathsChildrenAndDescendants() {
    XmlElement aka = new XmlElement("aka", Map.of("uid", "5"), List.of(leaf("lastName", " AL-SURI "), leaf("firstName", "Yasin")), "");
    XmlElement entry = new XmlElement("sdnEntry", Map.of(), List.of(new XmlElement("akaList", Map.of(), List.of(aka, aka), "")), null);
    assertThat(entry.text("akaList", "aka", "lastName")).isEqualTo("AL-SURI");
    assertThat(entry.text("akaList", "missing")).isEmpty();
    assertThat(entry.child("akaList").children("aka")).hasSize(2);
    assertThat(entry.descendants("firstName")).extracting(XmlElement::text).containsExactly("Yasin", "Yasin");
    assertThat(aka.attribute("uid")).isEqualTo("5");
    assertThat(aka.attribute("absent")).isEmpty();
    assertThat(entry.text()).isEmpty();
  }
}
