// An entry's neighbourhood: one model of its nodes and edges, drawn twice — by Cytoscape on a canvas, and as a
// list of the same nodes under it that the keyboard reaches (one Tab stop, arrow keys between nodes, Enter opens).
// A node focused or hovered in the list is ringed on the canvas with its links labelled, so both show one thing.
import cytoscape from 'cytoscape';
import { h } from '../dom';
import { entryHref, type EntryRef } from '../ui';

export interface Neighbourhood {
  id: string;
  code: string;
  references: { kind: string; entry: EntryRef }[];
  referencedBy: { kind: string; entry: EntryRef }[];
  supportedBy: { phase: string; entry: EntryRef }[];
  supports: { phase: string; entry: EntryRef }[];
  counterparts: { verdict: string; entry: EntryRef }[];
  technologies: { technology: { id: string; name: string; description: string } }[];
}

interface GraphNode {
  id: string;
  label: string;
  kind: 'centre' | 'entry' | 'counterpart' | 'diverges' | 'technology';
  /** How the node is linked to the centre, in words ("excludes", "serves, development"): the list shows them. */
  relations: string[];
  /** The technology area's description, for technology nodes. */
  description?: string;
}

interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  kind: string;
}

/** More edges than this and their labels would cover each other: they show for the focused or hovered node only. */
const LABELLED_EDGES = 8;

function words(kind: string): string {
  return kind === 'EXCLUSION' ? 'excludes' : kind.toLowerCase().replace(/_/g, ' ');
}

export function neighbourhoodModel(e: Neighbourhood): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const node = (id: string, label: string, kind: GraphNode['kind'], relation: string, description?: string) => {
    const known = nodes.get(id);
    if (known) {
      if (!known.relations.includes(relation)) known.relations.push(relation);
    } else nodes.set(id, { id, label, kind, relations: relation ? [relation] : [], description });
  };
  const edge = (source: string, target: string, label: string, kind: string) => edges.push({ id: `${source}->${target}:${label}:${edges.length}`, source, target, label, kind });
  node(e.id, e.code, 'centre', '');
  for (const r of e.references) {
    node(r.entry.id, r.entry.code, 'entry', r.kind === 'EXCLUSION' ? 'excluded by this entry' : `referenced (${words(r.kind)})`);
    edge(e.id, r.entry.id, words(r.kind), r.kind === 'EXCLUSION' ? 'exclusion' : 'reference');
  }
  for (const r of e.referencedBy) {
    node(r.entry.id, r.entry.code, 'entry', r.kind === 'EXCLUSION' ? 'excludes this entry' : `refers here (${words(r.kind)})`);
    edge(r.entry.id, e.id, words(r.kind), r.kind === 'EXCLUSION' ? 'exclusion' : 'reference');
  }
  for (const s of e.supportedBy) {
    node(s.entry.id, s.entry.code, 'entry', `serves it, ${s.phase.toLowerCase()}`);
    edge(s.entry.id, e.id, s.phase.toLowerCase(), 'support');
  }
  for (const s of e.supports) {
    node(s.entry.id, s.entry.code, 'entry', `served, ${s.phase.toLowerCase()}`);
    edge(e.id, s.entry.id, s.phase.toLowerCase(), 'support');
  }
  for (const c of e.counterparts) {
    const diverges = c.verdict === 'DIVERGES';
    node(c.entry.id, `${c.entry.code} (${(c.entry.listId ?? '').split('@')[0]})`, diverges ? 'diverges' : 'counterpart', diverges ? 'same code, different item' : `counterpart (${c.verdict.toLowerCase()})`);
    edge(e.id, c.entry.id, diverges ? 'diverges' : c.verdict.toLowerCase(), diverges ? 'diverges' : 'counterpart');
  }
  for (const t of e.technologies) {
    node(`technology:${t.technology.id}`, t.technology.name, 'technology', 'technology area', t.technology.description);
    edge(e.id, `technology:${t.technology.id}`, 'area', 'technology');
  }
  return { nodes: [...nodes.values()], edges };
}

export interface NeighbourhoodGraph {
  /** The canvas's box. */
  canvas: HTMLElement;
  /** The keyboard's way through the same nodes. */
  keys: HTMLElement;
  /** Draws the canvas; call once both are in the document. */
  draw(): void;
}

/** The graph and its keyboard list; `explain` shows a technology area's description (it has no page to open). */
export function neighbourhoodGraph(e: Neighbourhood, explain: (name: string, description: string) => void): NeighbourhoodGraph {
  const model = neighbourhoodModel(e);
  const neighbours = model.nodes.filter((n) => n.kind !== 'centre');
  const canvas = h('div', { class: 'graph', id: 'entry-graph', role: 'img', 'aria-label': `The neighbourhood of ${e.code}, ${neighbours.length} nodes: the list under it names each one`, 'data-nodes': model.nodes.length });
  let cy: cytoscape.Core | null = null;
  const labelled = model.edges.length <= LABELLED_EDGES;

  const highlight = (id: string | null) => {
    if (id === null) delete canvas.dataset.focused;
    else canvas.dataset.focused = id;
    if (!cy) return;
    cy.elements().removeClass('focused');
    if (id !== null) cy.getElementById(id).addClass('focused').connectedEdges().addClass('focused');
  };

  const items = neighbours.map((n, i) => {
    const label = [h('span', { class: n.kind === 'technology' ? '' : 'code' }, n.label), h('span', { class: 'how' }, ` ${n.relations.join('; ')}`)];
    const common = { 'data-node': n.id, tabindex: i === 0 ? '0' : '-1', class: `node node-${n.kind}`, onfocus: () => highlight(n.id), onblur: () => highlight(null), onmouseenter: () => highlight(n.id), onmouseleave: () => highlight(null) };
    return h(
      'li',
      {},
      n.kind === 'technology'
        ? h('button', { type: 'button', ...common, onclick: () => explain(n.label, n.description ?? '') }, label)
        : h('a', { href: entryHref(n.id), ...common }, label),
    );
  });
  const list = h(
    'ul',
    {
      class: 'graph-nodes',
      'aria-label': `Nodes of the neighbourhood of ${e.code}`,
      'aria-describedby': 'graph-keys-help',
      onkeydown: (event: Event) => move(event as KeyboardEvent),
      // The ring on the canvas is the point of moving along the list: keep the canvas in view with it.
      onfocusin: () => {
        const box = canvas.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight) canvas.scrollIntoView({ block: 'start' });
      },
    },
    items,
  );
  // Roving focus: the list is one Tab stop; arrows, Home and End move between its nodes.
  const move = (event: KeyboardEvent) => {
    const controls = [...list.querySelectorAll<HTMLElement>('[data-node]')];
    const at = controls.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: controls.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = controls[Math.max(0, Math.min(controls.length - 1, next))] as HTMLElement;
    for (const control of controls) control.setAttribute('tabindex', control === target ? '0' : '-1');
    target.focus();
  };
  const keys = h(
    'div',
    { class: 'graph-keys' },
    h('p', { id: 'graph-keys-help', class: 'help' }, 'Every node of the graph: Tab reaches the list, the arrow keys move along it (the node is ringed in the graph), Enter opens the entry.'),
    neighbours.length === 0 ? null : list,
  );

  const draw = () => {
    cy = cytoscape({
      container: canvas,
      elements: [...model.nodes.map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind } })), ...model.edges.map((d) => ({ data: d }))],
      // A large neighbourhood in one ring at the spacing of a small one would be zoomed out until its labels are unreadable.
      layout: { name: 'concentric', concentric: (n) => (n.data('kind') === 'centre' ? 2 : 1), levelWidth: () => 1, minNodeSpacing: model.nodes.length > 16 ? 26 : 46, spacingFactor: 1.1, padding: 36, animate: false },
      // A small neighbourhood is not blown up to fill the box.
      maxZoom: 1.25,
      minZoom: 0.25,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': '110px', color: '#1b1b1b', 'background-color': '#0072B2', width: 14, height: 14, 'text-background-color': '#fbfcfd', 'text-background-opacity': 0.85 } },
        { selector: 'node[kind = "centre"]', style: { 'background-color': '#1b1b1b', width: 22, height: 22, 'font-weight': 'bold' } },
        { selector: 'node[kind = "counterpart"]', style: { 'background-color': '#009E73' } },
        { selector: 'node[kind = "diverges"]', style: { 'background-color': '#ffffff', 'border-width': 3, 'border-color': '#C0392B', color: '#A3261B' } },
        { selector: 'node[kind = "technology"]', style: { shape: 'diamond', 'background-color': '#CC79A7' } },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#8a8a8a', 'target-arrow-color': '#8a8a8a', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: labelled ? 'data(label)' : '', 'font-size': 10, color: '#333', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.9 } },
        { selector: 'edge[kind = "technology"]', style: { label: '', 'line-color': '#CC79A7', 'target-arrow-color': '#CC79A7' } },
        { selector: 'edge[kind = "exclusion"]', style: { 'line-style': 'dashed', 'line-color': '#C0392B', 'target-arrow-color': '#C0392B', color: '#A3261B' } },
        { selector: 'edge[kind = "support"]', style: { 'line-color': '#D55E00', 'target-arrow-color': '#D55E00' } },
        { selector: 'edge[kind = "diverges"]', style: { 'line-style': 'dotted', 'line-color': '#C0392B', 'target-arrow-shape': 'none' } },
        { selector: 'edge[kind = "counterpart"]', style: { 'line-color': '#009E73', 'target-arrow-shape': 'none' } },
        // The node the list (or the pointer) is on: ringed, its links drawn wider and labelled.
        { selector: 'node.focused', style: { 'border-width': 4, 'border-color': '#e07b00', 'font-weight': 'bold', 'z-index': 10 } },
        { selector: 'edge.focused', style: { width: 3, label: 'data(label)', 'z-index': 10 } },
      ],
    });
    cy.on('mouseover', 'node', (event) => {
      if (event.target.id() !== e.id) highlight(event.target.id() as string);
    });
    cy.on('mouseout', 'node', () => highlight(null));
    cy.on('tap', 'node', (event) => {
      const id = event.target.id() as string;
      const n = model.nodes.find((x) => x.id === id);
      if (!n || n.kind === 'centre') return;
      if (n.kind === 'technology') explain(n.label, n.description ?? '');
      else window.location.hash = entryHref(id);
    });
  };
  return { canvas, keys, draw };
}
