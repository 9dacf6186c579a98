package org.dyad.analysis.network;

import java.util.Locale;
import org.dyad.core.analysis.ActorTie;
import org.dyad.core.text.Markup;

/**
 * A network as GEXF 1.3 (the format of Gephi): actors with their measures as node attributes,
 * directed ties weighted as asked with their counts and cooperation as edge attributes.
 */
public final class GexfWriter {

  private GexfWriter() {}

  public static String write(NetworkReport network, boolean rawEvents) {
    StringBuilder xml = new StringBuilder(4096 + 200 * network.edges().size());
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n")
        .append("  <meta><creator>Dyad</creator><description>actor network</description></meta>\n")
        .append("  <graph defaultedgetype=\"directed\" mode=\"static\">\n")
        .append("    <attributes class=\"node\">\n")
        .append("      <attribute id=\"0\" title=\"pagerank\" type=\"double\"/>\n")
        .append("      <attribute id=\"1\" title=\"betweenness\" type=\"double\"/>\n")
        .append("      <attribute id=\"2\" title=\"community\" type=\"integer\"/>\n")
        .append("      <attribute id=\"3\" title=\"degree\" type=\"integer\"/>\n")
        .append("    </attributes>\n    <attributes class=\"edge\">\n")
        .append("      <attribute id=\"0\" title=\"clusters\" type=\"long\"/>\n")
        .append("      <attribute id=\"1\" title=\"events\" type=\"long\"/>\n")
        .append("      <attribute id=\"2\" title=\"goldstein_mean\" type=\"double\"/>\n")
        .append("      <attribute id=\"3\" title=\"net_coop\" type=\"double\"/>\n")
        .append("    </attributes>\n    <nodes>\n");
    for (NetworkReport.ActorNode node : network.nodes()) {
      String id = Markup.escape(node.id());
      xml.append("      <node id=\"").append(id).append("\" label=\"").append(id).append("\"><attvalues>")
          .append(value(0, node.pagerank()));
      if (node.betweenness() != null) {
        xml.append(value(1, node.betweenness()));
      }
      if (node.community() != null) {
        xml.append("<attvalue for=\"2\" value=\"").append(node.community()).append("\"/>");
      }
      xml.append("<attvalue for=\"3\" value=\"").append(node.degree()).append("\"/></attvalues></node>\n");
    }
    xml.append("    </nodes>\n    <edges>\n");
    int id = 0;
    for (ActorTie tie : network.edges()) {
      xml.append("      <edge id=\"").append(id++).append("\" source=\"").append(Markup.escape(tie.source()))
          .append("\" target=\"").append(Markup.escape(tie.target())).append("\" weight=\"").append(tie.weight(rawEvents))
          .append("\"><attvalues><attvalue for=\"0\" value=\"").append(tie.clusters()).append("\"/><attvalue for=\"1\" value=\"")
          .append(tie.events()).append("\"/>");
      if (tie.goldsteinMean() != null) {
        xml.append(value(2, tie.goldsteinMean()));
      }
      xml.append(value(3, tie.netCoop())).append("</attvalues></edge>\n");
    }
    return xml.append("    </edges>\n  </graph>\n</gexf>\n").toString();
  }

  private static String value(int attribute, double value) {
    return String.format(Locale.ROOT, "<attvalue for=\"%d\" value=\"%s\"/>", attribute, value);
  }
}
