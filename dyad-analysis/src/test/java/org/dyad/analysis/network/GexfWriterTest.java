package org.dyad.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dyad.core.analysis.ActorTie;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class GexfWriterTest {

  static NetworkReport network() {
    return new ActorNetwork(List.of(new ActorTie("IRN", "SYR", 3, 2, 4.0, 1.0), new ActorTie("A&B", "IRN", 1, 1, null, -1.0)),
        false).measure(null, null);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void wellFormedGexfWithWeightedDirectedEdges() throws Exception {
    Document gexf = parse(GexfWriter.write(network(), false));
    assertThat(gexf.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
    assertThat(gexf.getElementsByTagName("node").getLength()).isEqualTo(3);
    assertThat(gexf.getElementsByTagName("edge").getLength()).isEqualTo(2);
    var edge = (org.w3c.dom.Element) gexf.getElementsByTagName("edge").item(0);
    assertThat(edge.getAttribute("source")).isEqualTo("IRN");
    assertThat(edge.getAttribute("weight")).isEqualTo("2");
    assertThat(GexfWriter.write(network(), true)).contains("weight=\"3\"").contains("id=\"A&amp;B\"");
  }
}
