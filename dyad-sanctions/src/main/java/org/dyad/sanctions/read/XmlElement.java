package org.dyad.sanctions.read;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of a list file read by {@link XmlRecords}: local name (namespaces dropped: the list
 * schemas use one each), attributes, child elements and the text directly inside it.
 */
record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, String text) {

  XmlElement {
    Objects.requireNonNull(name, "name");
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
    text = text == null ? "" : text.strip();
  }

  /** The first child named {@code childName}, or null. */
  XmlElement child(String childName) {
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        return child;
      }
    }
    return null;
  }

  /** Every child named {@code childName}, in order. */
  List<XmlElement> children(String childName) {
    return children.stream().filter(child -> child.name.equals(childName)).toList();
  }

  /** The text of the element reached by following {@code path} through first children, or "" when absent. */
  String text(String... path) {
    XmlElement at = this;
    for (String step : path) {
      at = at.child(step);
      if (at == null) {
        return "";
      }
    }
    return at.text;
  }

  /** Every element named {@code descendantName} below this one, depth first. */
  List<XmlElement> descendants(String descendantName) {
    java.util.ArrayList<XmlElement> found = new java.util.ArrayList<>();
    collect(descendantName, found);
    return found;
  }

  private void collect(String descendantName, List<XmlElement> found) {
    for (XmlElement child : children) {
      if (child.name.equals(descendantName)) {
        found.add(child);
      }
      child.collect(descendantName, found);
    }
  }

  String attribute(String attributeName) {
    return attributes.getOrDefault(attributeName, "");
  }
}
