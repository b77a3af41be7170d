// The benchmark page: draws synthetic accounts through the app's own code path
// (toElements + MapCanvas with the app stylesheet + the app's layouts + drawing) and,
// in the same run, bare Cytoscape drawing the same graph at the same positions
// with its default style. Driven by bench/run.mjs through window.symbioBench.
import cytoscape from 'cytoscape';
import { toElements } from '../src/model/elements';
import { DEFAULT_METRICS, layoutMap } from '../src/model/layout';
import { MapCanvas } from '../src/map/canvas';
import { syntheticAccount } from './synthetic';

const stage = document.getElementById('stage')!;
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Two animation frames: Cytoscape draws on the next frame after a change. */
const drawn = async () => {
  await frame();
  await frame();
};
const labels = { ours: 'Our team', third_party: 'Third parties', competitor: 'Competitors', unassigned: 'No department' };

/** Set by the last network run (ms); read through symbioBench.freeze(). */
let longestFreeze = 0;

/** The app's MapCanvas drawing a synthetic account in one view; returns ms to the drawn frame. */
async function app(n: number, view: 'preset' | 'org' | 'network'): Promise<number> {
  const map = syntheticAccount(n);
  // 'preset' stands for a network view whose positions were placed (stored) before:
  // the same positions the bare run gets.
  const stored = view === 'org' ? null : layoutMap(map, DEFAULT_METRICS);
  const start = performance.now();
  const canvas = new MapCanvas(stage, { onSelect: () => undefined });
  if (view === 'org') {
    await canvas.draw(toElements(map, { groupLabels: labels }), layoutMap(map, DEFAULT_METRICS), true, 'preset');
  } else if (view === 'preset') {
    await canvas.draw(toElements(map, { groupLabels: labels, departments: false }), stored!, true, 'preset');
  } else {
    // The longest gap between animation frames while fcose runs: how long the page froze.
    let last = performance.now();
    let running = true;
    const watch = () => {
      const now = performance.now();
      longestFreeze = Math.max(longestFreeze, now - last);
      last = now;
      if (running) requestAnimationFrame(watch);
    };
    longestFreeze = 0;
    requestAnimationFrame(watch);
    await canvas.draw(toElements(map, { groupLabels: labels, departments: false }), new Map(), true, 'network');
    // The drawn frame counts as part of the freeze too.
    await drawn();
    running = false;
  }
  await drawn();
  const ms = performance.now() - start;
  canvas.destroy();
  return ms;
}

/** Bare Cytoscape: the same people and ties at the same positions, default style, no app code. */
async function bare(n: number): Promise<number> {
  const map = syntheticAccount(n);
  const positions = layoutMap(map, DEFAULT_METRICS);
  const start = performance.now();
  const elements = [
    ...map.people.map((p) => ({ data: { id: `p${p.id}` }, position: { ...positions.get(`p${p.id}`)! } })),
    ...map.ties.map((t) => ({ data: { id: `t${t.id}`, source: `p${t.from_person_id}`, target: `p${t.to_person_id}` } })),
  ];
  const cy = cytoscape({ container: stage, elements, layout: { name: 'preset' } });
  cy.fit();
  await drawn();
  const ms = performance.now() - start;
  cy.destroy();
  return ms;
}

/** Mean frame time while panning the app's drawing of n people (network view, placed positions). */
async function pan(n: number): Promise<number> {
  const map = syntheticAccount(n);
  const canvas = new MapCanvas(stage, { onSelect: () => undefined });
  await canvas.draw(toElements(map, { groupLabels: labels, departments: false }), layoutMap(map, DEFAULT_METRICS), true, 'preset');
  await drawn();
  let cy: cytoscape.Core | undefined;
  canvas.onCy((c) => void (cy = c));
  const frames = 30;
  const start = performance.now();
  for (let i = 0; i < frames; i++) {
    cy!.panBy({ x: i % 2 === 0 ? 12 : -9, y: 5 });
    await frame();
  }
  const ms = (performance.now() - start) / frames;
  canvas.destroy();
  return ms;
}

declare global {
  interface Window {
    symbioBench: Record<'appPreset' | 'appOrgChart' | 'appNetwork' | 'bare' | 'pan' | 'freeze', (n: number) => Promise<number>>;
  }
}

window.symbioBench = {
  appPreset: (n) => app(n, 'preset'),
  appOrgChart: (n) => app(n, 'org'),
  appNetwork: (n) => app(n, 'network'),
  bare,
  pan,
  freeze: () => Promise.resolve(longestFreeze),
};
