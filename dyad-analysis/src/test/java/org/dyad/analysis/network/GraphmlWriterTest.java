package org.dyad.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GraphmlWriterTest {

  @Test
  void wellFormedGraphmlWithEdgeData() throws Exception {
    Document graphml = GexfWriterTest.parse(GraphmlWriter.write(GexfWriterTest.network(), false));
    assertThat(graphml.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
    assertThat(graphml.getElementsByTagName("node").getLength()).isEqualTo(3);
    Element graph = (Element) graphml.getElementsByTagName("graph").item(0);
    assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
    Element edge = (Element) graphml.getElementsByTagName("edge").item(0);
    assertThat(edge.getAttribute("target")).isEqualTo("SYR");
    assertThat(edge.getTextContent()).startsWith("2.0");
  }
}
