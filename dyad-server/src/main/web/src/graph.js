// The network graph, drawn with Cytoscape.js: actors sized by their weighted degree, ties coloured
// from conflict (red) to cooperation (blue) by net cooperation and as thick as their weight.
import cytoscape from 'cytoscape';

const CONFLICT = '#b2182b';
const COOPERATION = '#2166ac';

/**
 * Draws `network` (the answer of /api/network) into `node`, labelling actors with `names` (code to
 * name); ties weigh their real-world events, or every report with `rawEvents`. `onEdge(edge)` is
 * called with an edge of the answer when its line is clicked, `onNode(code)` when an actor is.
 * Returns the Cytoscape instance.
 */
export function networkGraph(node, network, names, { rawEvents, onEdge, onNode }) {
  const weights = network.nodes.map((actor) => actor.weighted_degree);
  const ties = network.edges.map((edge) => tieWeight(edge, rawEvents));
  const cy = cytoscape({
    container: node,
    elements: [
      ...network.nodes.map((actor) => ({ data: {
        id: actor.id, label: names.get(actor.id) ? names.get(actor.id) + ' (' + actor.id + ')' : actor.id,
        weight: actor.weighted_degree,
      } })),
      ...network.edges.map((edge, index) => ({ data: {
        id: 'tie-' + index, source: edge.source, target: edge.target, net: edge.net_coop, weight: tieWeight(edge, rawEvents), index,
      } })),
    ],
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'font-size': 11, color: '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.7, 'min-zoomed-font-size': 7,
        'background-color': '#5c8fd6', 'border-width': 1, 'border-color': '#1f5fbf',
        width: scaled('weight', weights, 18, 56), height: scaled('weight', weights, 18, 56),
      } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, opacity: 0.85,
        'line-color': 'mapData(net, -1, 1, ' + CONFLICT + ', ' + COOPERATION + ')',
        'target-arrow-color': 'mapData(net, -1, 1, ' + CONFLICT + ', ' + COOPERATION + ')',
        width: scaled('weight', ties, 1.5, 8),
      } },
      { selector: ':selected', style: { 'overlay-color': '#f0a500', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
    ],
    layout: layout(network.nodes.length),
    minZoom: 0.2,
    maxZoom: 4,
  });
  cy.on('tap', 'edge', (event) => onEdge(network.edges[event.target.data('index')]));
  cy.on('tap', 'node', (event) => onNode(event.target.id()));
  return cy;
}

/** Selects the line of the tie at `index` in the answer, as a click on it would. */
export function selectTie(cy, index) {
  cy.elements().unselect();
  cy.getElementById('tie-' + index).select();
}

/** What a tie weighs: its real-world events (clusters), or its reports. */
export function tieWeight(edge, rawEvents) {
  return rawEvents ? edge.events : edge.clusters;
}

/** A size mapped from a data field over the range of `values`; one size when they are all equal. */
function scaled(field, values, smallest, largest) {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return high > low ? 'mapData(' + field + ', ' + low + ', ' + high + ', ' + smallest + ', ' + largest + ')' : (smallest + largest) / 2;
}

/** Force-directed for a readable few hundred actors; concentric by weight beyond, which stays fast. */
function layout(actors) {
  if (actors > 300) {
    return { name: 'concentric', concentric: (node) => node.data('weight'), levelWidth: () => 4, animate: false };
  }
  return { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 24 };
}
