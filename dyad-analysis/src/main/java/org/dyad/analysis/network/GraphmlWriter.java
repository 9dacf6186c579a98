package org.dyad.analysis.network;

import java.util.Locale;
import org.dyad.core.analysis.ActorTie;
import org.dyad.core.text.Markup;

/**
 * A network as GraphML (read by Gephi, yEd, igraph and NetworkX): actors with their measures as
 * node data, directed ties with weight, counts and cooperation as edge data.
 */
public final class GraphmlWriter {

  private GraphmlWriter() {}

  public static String write(NetworkReport network, boolean rawEvents) {
    StringBuilder xml = new StringBuilder(4096 + 200 * network.edges().size());
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
        .append("  <key id=\"pagerank\" for=\"node\" attr.name=\"pagerank\" attr.type=\"double\"/>\n")
        .append("  <key id=\"betweenness\" for=\"node\" attr.name=\"betweenness\" attr.type=\"double\"/>\n")
        .append("  <key id=\"community\" for=\"node\" attr.name=\"community\" attr.type=\"int\"/>\n")
        .append("  <key id=\"degree\" for=\"node\" attr.name=\"degree\" attr.type=\"int\"/>\n")
        .append("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n")
        .append("  <key id=\"clusters\" for=\"edge\" attr.name=\"clusters\" attr.type=\"long\"/>\n")
        .append("  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"long\"/>\n")
        .append("  <key id=\"goldstein_mean\" for=\"edge\" attr.name=\"goldstein_mean\" attr.type=\"double\"/>\n")
        .append("  <key id=\"net_coop\" for=\"edge\" attr.name=\"net_coop\" attr.type=\"double\"/>\n")
        .append("  <graph id=\"actors\" edgedefault=\"directed\">\n");
    for (NetworkReport.ActorNode node : network.nodes()) {
      xml.append("    <node id=\"").append(Markup.escape(node.id())).append("\">").append(data("pagerank", node.pagerank()));
      if (node.betweenness() != null) {
        xml.append(data("betweenness", node.betweenness()));
      }
      if (node.community() != null) {
        xml.append("<data key=\"community\">").append(node.community()).append("</data>");
      }
      xml.append("<data key=\"degree\">").append(node.degree()).append("</data></node>\n");
    }
    for (ActorTie tie : network.edges()) {
      xml.append("    <edge source=\"").append(Markup.escape(tie.source())).append("\" target=\"")
          .append(Markup.escape(tie.target())).append("\">").append(data("weight", tie.weight(rawEvents)))
          .append("<data key=\"clusters\">").append(tie.clusters()).append("</data><data key=\"events\">")
          .append(tie.events()).append("</data>");
      if (tie.goldsteinMean() != null) {
        xml.append(data("goldstein_mean", tie.goldsteinMean()));
      }
      xml.append(data("net_coop", tie.netCoop())).append("</edge>\n");
    }
    return xml.append("  </graph>\n</graphml>\n").toString();
  }

  private static String data(String key, double value) {
    return String.format(Locale.ROOT, "<data key=\"%s\">%s</data>", key, value);
  }
}
