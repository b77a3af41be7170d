// Start-up benchmark: `cargo xtask bench-startup` runs this with tauri-driver listening.
//
// Contract: SYMBIO_APP and BASELINE_APP are release builds. A fresh workspace gets the sample
// account once (through the app's own command); then each app is started RUNS times,
// alternately (baseline first), each start timed from the WebDriver session request until
// its first screen is interactive: Symbio's map of the sample drawn (the canvas reports a
// drawing that is not laying out), the baseline's page loaded. Once ready, the memory of the
// app and its WebKit processes is read, SETTLE_MS later, as the sum of their PSS
// (/proc/<pid>/smaps_rollup).
// Prints each run (with the PSS of each process: the app, WebKit's web and network processes),
// the medians and the ratios Symbio / baseline, and writes them as JSON to
// $SYMBIO_BENCH_OUT/startup.json. STARTUP_RUNS sets the number of starts (default 5), for a
// quick look between full runs.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Session, waitForDriver } from '../../tests/e2e/webdriver.mjs';

const RUNS = Number(process.env.STARTUP_RUNS) || 5;
const SETTLE_MS = 5000;
const driverUrl = process.env.WEBDRIVER_URL || 'http://127.0.0.1:4444';
const symbioApp = process.env.SYMBIO_APP;
const baselineApp = process.env.BASELINE_APP;
const outDir = process.env.SYMBIO_BENCH_OUT || '.';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Every process: pid -> { ppid, name }. */
function processes() {
  const table = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      table.set(Number(entry), { ppid, name });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

/** PSS in kB of the newest process named like `binary` and all its descendants. */
function pssOf(binary) {
  const table = processes();
  const wanted = basename(binary).slice(0, 15);
  const roots = [...table.entries()].filter(([, p]) => p.name === wanted).map(([pid]) => pid);
  if (roots.length === 0) throw new Error(`no running process named ${wanted}`);
  const root = Math.max(...roots);
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of table) {
      if (!tree.has(pid) && tree.has(p.ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  const each = {};
  for (const pid of tree) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const kb = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
      total += kb;
      const name = pid === root ? 'app' : (table.get(pid)?.name ?? String(pid));
      each[name] = (each[name] ?? 0) + Math.round(kb / 1024);
    } catch {
      // Gone or not ours to read.
    }
  }
  return { kb: total, processes: tree.size, each };
}

const READY = {
  symbio: () => {
    const canvas = document.querySelector('[data-testid="map-canvas"]');
    return Boolean(canvas && canvas.dataset.drawn);
  },
  baseline: () => document.getElementById('ready') !== null,
};

async function start(kind, app, args) {
  const began = performance.now();
  const session = await Session.create(driverUrl, { application: app, args });
  try {
    for (;;) {
      if (await session.execute(READY[kind])) break;
      if (performance.now() - began > 60_000) throw new Error(`${kind} was not ready within 60 s`);
      await sleep(10);
    }
    const ms = performance.now() - began;
    // Memory held once the start is over, not its transient peak: both apps get the same
    // time to finish lazy loads and first paints and to collect start-up garbage.
    await sleep(SETTLE_MS);
    const memory = pssOf(app);
    return { ms, pssMb: memory.kb / 1024, processes: memory.processes, byProcessMb: memory.each };
  } finally {
    await session.delete().catch(() => undefined);
    await sleep(500);
  }
}

async function main() {
  if (!symbioApp || !baselineApp) throw new Error('SYMBIO_APP and BASELINE_APP must be set');
  await waitForDriver(driverUrl);
  const dir = await mkdtemp(join(tmpdir(), 'symbio-startup-'));
  const args = ['--db', join(dir, 'workspace.symbio'), '--exports', join(dir, 'exports')];

  // The sample account, created the way a user does it, once.
  const setup = await Session.create(driverUrl, { application: symbioApp, args });
  try {
    // WebDriver waits for a promise the script returns.
    const created = await setup.execute(() =>
      window.__TAURI_INTERNALS__.invoke('create_sample_account').then(
        () => true,
        (error) => JSON.stringify(error),
      ),
    );
    if (created !== true) throw new Error(`the sample could not be created: ${created}`);
  } finally {
    await setup.delete().catch(() => undefined);
  }

  const runs = { symbio: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.baseline.push(await start('baseline', baselineApp, []));
    runs.symbio.push(await start('symbio', symbioApp, args));
    console.log(
      `run ${i + 1}: baseline ${runs.baseline[i].ms.toFixed(0)} ms ${runs.baseline[i].pssMb.toFixed(0)} MB; ` +
        `Symbio ${runs.symbio[i].ms.toFixed(0)} ms ${runs.symbio[i].pssMb.toFixed(0)} MB ` +
        `(baseline ${JSON.stringify(runs.baseline[i].byProcessMb)}; Symbio ${JSON.stringify(runs.symbio[i].byProcessMb)})`,
    );
  }
  const summary = {};
  for (const kind of ['baseline', 'symbio']) {
    summary[kind] = {
      ms: median(runs[kind].map((r) => r.ms)),
      pssMb: median(runs[kind].map((r) => r.pssMb)),
      processes: runs[kind][0].processes,
    };
  }
  summary.ratio = {
    time: summary.symbio.ms / summary.baseline.ms,
    memory: summary.symbio.pssMb / summary.baseline.pssMb,
  };
  console.log(
    `median of ${RUNS}: baseline ${summary.baseline.ms.toFixed(0)} ms, ${summary.baseline.pssMb.toFixed(0)} MB; ` +
      `Symbio ${summary.symbio.ms.toFixed(0)} ms, ${summary.symbio.pssMb.toFixed(0)} MB; ` +
      `ratio time ${summary.ratio.time.toFixed(2)}x, memory ${summary.ratio.memory.toFixed(2)}x`,
  );
  writeFileSync(join(outDir, 'startup.json'), JSON.stringify({ runs, summary }, null, 2) + '\n');
}

main().catch((error) => {
  console.error(`start-up benchmark failed: ${error.stack || error}`);
  process.exit(1);
});
