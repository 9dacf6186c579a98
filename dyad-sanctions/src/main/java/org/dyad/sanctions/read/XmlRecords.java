package org.dyad.sanctions.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the records of a large list file: each element whose name is in a given set is built as
 * a small tree ({@link XmlElement}) and handed over, so memory holds one record, not the file.
 *
 * <p>Hardened, as every XML reader of Dyad must be: a file with a document type declaration is
 * refused outright, so there is no DTD processing, no entity expansion (billion laughs) and no
 * external entity (XXE) or schema fetched. The list schemas need none of these. Linear in the
 * file's length.
 */
final class XmlRecords {

  private XmlRecords() {}

  /**
   * Calls {@code action} with each outermost element named in {@code records}, in document order.
   *
   * @param file the file's name, for error messages
   * @throws IOException naming the file and line when the XML is malformed or declares a DTD
   */
  static void read(InputStream in, String file, Set<String> records, Consumer<XmlElement> action) throws IOException {
    XMLStreamReader reader = null;
    try {
      reader = factory().createXMLStreamReader(in);
      Deque<Builder> open = new ArrayDeque<>();
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD -> throw new IOException(
              file + ":" + reader.getLocation().getLineNumber() + ": refused: the file declares a DTD (entities and"
                  + " external references are not read from list files)");
          case XMLStreamConstants.ENTITY_REFERENCE -> throw new IOException(
              file + ":" + reader.getLocation().getLineNumber() + ": refused: entity reference &" + reader.getLocalName() + ";");
          case XMLStreamConstants.START_ELEMENT -> {
            String name = reader.getLocalName();
            if (!open.isEmpty() || records.contains(name)) {
              open.push(new Builder(name, attributes(reader)));
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!open.isEmpty()) {
              open.peek().text.append(reader.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (!open.isEmpty()) {
              XmlElement done = open.pop().build();
              if (open.isEmpty()) {
                action.accept(done);
              } else {
                open.peek().children.add(done);
              }
            }
          }
          default -> {
            // Comments, processing instructions and white space outside records carry nothing.
          }
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new IOException(file + ":" + line + ": not well-formed XML: " + lastLine(e.getMessage()), e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // The reading error, if any, is the one to report.
        }
      }
    }
  }

  /** The local name of the root element, read with the same refusals as {@link #read}. */
  static String rootName(InputStream in, String file) throws IOException {
    try {
      XMLStreamReader reader = factory().createXMLStreamReader(in);
      try {
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.DTD) {
            throw new IOException(file + ": refused: the file declares a DTD (entities and external references"
                + " are not read from list files)");
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            return reader.getLocalName();
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new IOException(file + ":" + line + ": not well-formed XML: " + lastLine(e.getMessage()), e);
    }
    throw new IOException(file + ": no root element");
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("refused to resolve " + systemId);
    });
    return factory;
  }

  private static Map<String, String> attributes(XMLStreamReader reader) {
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
    }
    return attributes;
  }

  /** The JDK puts the position on the first lines of its message and the reason on the last. */
  private static String lastLine(String message) {
    return message == null ? "" : message.lines().reduce((a, b) -> b).orElse(message).strip();
  }

  /** An element still open. */
  private static final class Builder {
    final String name;
    final Map<String, String> attributes;
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    Builder(String name, Map<String, String> attributes) {
      this.name = name;
      this.attributes = attributes;
    }

    XmlElement build() {
      return new XmlElement(name, attributes, children, text.toString());
    }
  }
}
