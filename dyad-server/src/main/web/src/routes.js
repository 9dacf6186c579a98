// The UI's pages. A capability adds its page here: a name (the hash path), a title for the
// navigation (or null to leave it out of it), and a render function that fills `main` from the API.
import { renderSearch } from './pages/search.js';
import { renderDocument } from './pages/document.js';
import { renderActors, renderActor } from './pages/actors.js';
import { renderEvents } from './pages/events.js';
import { renderIngest } from './pages/ingest.js';
import { renderDyad } from './pages/dyad.js';
import { renderTimeline } from './pages/timeline.js';
import { renderNetwork } from './pages/network.js';
import { renderSanctions } from './pages/sanctions.js';
import { renderHypotheses } from './pages/hypotheses.js';

export const pages = [
  { name: 'search', title: 'Search', render: renderSearch },
  { name: 'actors', title: 'Actors', render: renderActors },
  { name: 'events', title: 'Events', render: renderEvents },
  { name: 'dyad', title: 'Dyad', render: renderDyad },
  { name: 'timeline', title: 'Timeline', render: renderTimeline },
  { name: 'network', title: 'Network', render: renderNetwork },
  { name: 'hypotheses', title: 'Hypotheses', render: renderHypotheses },
  { name: 'sanctions', title: 'Sanctions', render: renderSanctions },
  { name: 'ingest', title: 'Ingest', render: renderIngest },
  { name: 'doc', title: null, render: renderDocument },
  { name: 'actor', title: null, render: renderActor },
];
