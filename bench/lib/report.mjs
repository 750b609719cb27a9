// Goals, the reference figures of VeloFlux's React UI, and the printed tables.

/** VeloFlux's own React orchestration UI, measured on the same machines (issue #10). */
export const REFERENCE = {
  jsGzipKB: 106.6,
  uiOnTopOfFrameworkGzipKB: 61,
  cssGzipKB: 18.9,
  readyMs: 300,
  floorMs: 95,
  ratioToFloor: 3.2,
  requestsOnLoad: 4,
};

export const GOALS = {
  bundleGzipKB: 30,
  elementMarginalGzipKB: 4,
  requestsPerTick: 1,
  hiddenRequests: 0,
  renderRatio: 1.5,
  heapGrowthBytes: 1024 * 1024,
  pageLoadRatio: 1.3,
};

const kb = (bytes) => bytes / 1024;
const fixed = (value, digits = 1) =>
  Number.isFinite(value) ? value.toFixed(digits) : String(value);
const verdict = (pass) => (pass ? 'met' : 'MISSED');

/** Every goal of the issue as `{ goal, figure, pass }`, from whatever suites ran. */
export function evaluateGoals(results) {
  const goals = [];
  const add = (goal, figure, pass) => goals.push({ goal, figure, pass });
  const { size, polling, render, leaks, pageLoad } = results;
  if (size) {
    const gzip = kb(size.fullBundle.gzip);
    add(
      `full bundle ≤ ${GOALS.bundleGzipKB} KB gzip`,
      `${fixed(gzip, 1)} KB gzip`,
      gzip <= GOALS.bundleGzipKB,
    );
    for (const [name, entry] of Object.entries(size.perElement)) {
      const own = name === 'orch-panel' ? entry.ownMarginal : entry.marginal;
      const label =
        name === 'orch-panel'
          ? `vf-${name} (own, over core + the 6 elements it composes)`
          : `vf-${name}`;
      add(
        `${label} marginal ≤ ${GOALS.elementMarginalGzipKB} KB gzip`,
        `${fixed(kb(own.gzip), 2)} KB gzip`,
        kb(own.gzip) <= GOALS.elementMarginalGzipKB,
      );
    }
  }
  if (polling) {
    for (const [n, entry] of Object.entries(polling.byN)) {
      add(
        `N=${n}: requests per tick = 1`,
        `${entry.kitRequestsPerTick.median} (max in one tick ${entry.kitMaxRequestsInOneTick}); naive ${entry.naiveRequestsPerTick.median}`,
        entry.kitRequestsPerTick.max === 1 && entry.kitMaxRequestsInOneTick === 1,
      );
    }
    if (polling.hidden) {
      add(
        'requests while hidden = 0',
        `${polling.hidden.kitRequests} in ${polling.hidden.windowMs} ms (naive ${polling.hidden.naiveRequests})`,
        polling.hidden.kitRequests === GOALS.hiddenRequests,
      );
    }
  }
  if (render) {
    for (const [name, entry] of Object.entries(render)) {
      add(
        `render ${entry.count} ${entry.kitTag}${name === 'compact' ? ' compact' : ''} ≤ ${GOALS.renderRatio}× floor`,
        `${fixed(entry.ratio.median, 2)}× (min ${fixed(entry.ratio.min, 2)}, max ${fixed(entry.ratio.max, 2)})`,
        entry.ratio.median <= GOALS.renderRatio,
      );
    }
  }
  if (leaks) {
    for (const [tag, entry] of Object.entries(leaks.elements)) {
      add(`${tag}: nothing left after ${leaks.cycles} cycles`, leakSummary(entry), entry.clean);
      add(
        `${tag}: heap growth < 1 MB`,
        `${fixed(kb(entry.heapGrowthBytes), 0)} KB`,
        entry.heapGrowthBytes < GOALS.heapGrowthBytes,
      );
    }
  }
  if (pageLoad) {
    add(
      `page load ≤ ${GOALS.pageLoadRatio}× floor`,
      `${fixed(pageLoad.ratio.median, 2)}× (${fixed(pageLoad.kitMs.median, 0)} vs ${fixed(pageLoad.floorMs.median, 0)} ms)`,
      pageLoad.ratio.median <= GOALS.pageLoadRatio,
    );
    const duplicated = (counts) =>
      Object.entries(counts)
        .filter(([, summary]) => summary.max > 1)
        .map(([path]) => path);
    const statusReads = (counts) =>
      Object.entries(counts)
        .filter(([path]) => /\/(status|detailed_status)$/.test(path))
        .reduce((sum, [, summary]) => sum + summary.max, 0);
    const statusTab = pageLoad.kitRequestsOnLoad;
    add(
      'requests on load (panel, Status tab): none duplicated',
      describeCounts(statusTab),
      duplicated(statusTab).length === 0 && statusReads(statusTab) <= 1,
    );
    const scalingTab = pageLoad.scalingTabRequestsOnLoad;
    add(
      'requests on load (panel, Scaling tab): none duplicated',
      describeCounts(scalingTab),
      duplicated(scalingTab).length === 0 && statusReads(scalingTab) <= 1,
    );
  }
  return goals;
}

function leakSummary(entry) {
  const w = entry.watchStatsAfter;
  const timers = entry.timersAfter.timeouts + entry.timersAfter.intervals;
  return (
    `loops ${w.watches}, subscribers ${w.subscribers}, store timers ${w.timers}, in flight ${w.inFlight}; ` +
    `page timers ${timers}, client listeners ${entry.clientListenersAfter}, open requests ${entry.openRequestsAfter}, ` +
    `elements retained ${entry.retainedElementsAfter}`
  );
}

function describeCounts(counts) {
  const short = (path) => path.replace(/^\/api\/tenants\/[^/]+\/orchestration/, '') || '(config)';
  return Object.entries(counts)
    .map(([path, summary]) => `${short(path)} ×${summary.max}`)
    .join(', ');
}

function table(headers, rows) {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => String(row[column] ?? '').length)),
  );
  const line = (cells) =>
    cells.map((cell, column) => String(cell ?? '').padEnd(widths[column])).join('  ');
  console.log(line(headers));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

const mmm = (summary, digits = 1) =>
  `${fixed(summary.median, digits)} (${fixed(summary.min, digits)}–${fixed(summary.max, digits)})`;

export function printReport(results) {
  const { size, polling, render, leaks, interaction, pageLoad, environment } = results;
  console.log(
    `\nVeloFlux Orchestration Elements: benchmark (${environment.cpus} CPUs, load average ${environment.loadAverageAtStart.join(' ')}, ` +
      `Chromium ${environment.chromium ?? '-'}, Node ${environment.node})`,
  );
  console.log('Timings: median (min–max) of side-by-side runs; ratios are per pair, kit ÷ floor.');

  if (size) {
    console.log('\n1. Size (KB; gzip -9 / brotli -q 11; exact, one measurement)');
    const row = (label, m) => [
      label,
      fixed(kb(m.gzip), 2),
      fixed(kb(m.brotli), 2),
      fixed(kb(m.raw), 1),
    ];
    table(
      ['Bundle', 'gzip', 'brotli', 'raw'],
      [
        row('dist/veloflux-elements.bundle.js (all + Lit)', size.fullBundle),
        row('  same source, esbuild --minify (whitespace too)', size.fullBundleEsbuildMinified),
        row('all elements, Lit external', size.allElementsLitExternal),
        row('Lit + @lit/context + @lit/task alone', size.lit),
        row('kit core (client, context, quantity, internal), Lit external', size.core.litExternal),
        row('kit core, Lit included', size.core.litIncluded),
      ],
    );
    console.log('');
    table(
      [
        'Element entry (define.ts)',
        'alone, Lit ext.',
        'alone, Lit incl.',
        'marginal over core',
        'goal ≤ 4 KB gz',
      ],
      Object.entries(size.perElement).map(([name, entry]) => {
        const own = name === 'orch-panel' ? entry.ownMarginal : entry.marginal;
        const pair = (m) => `${fixed(kb(m.gzip), 2)} / ${fixed(kb(m.brotli), 2)}`;
        const marginal =
          name === 'orch-panel'
            ? `${pair(own)} (with its 6 elements: ${pair(entry.marginal)})`
            : pair(own);
        return [
          `vf-${name}`,
          pair(entry.litExternal),
          pair(entry.litIncluded),
          marginal,
          verdict(kb(own.gzip) <= 4),
        ];
      }),
    );
    console.log('\nWhere the bytes are (full kit, esbuild-minified, raw bytes by kind of source):');
    table(
      ['Kind', 'raw KB', 'share'],
      size.breakdown.map((entry) => [
        entry.group,
        fixed(kb(entry.bytes), 1),
        `${fixed(entry.share * 100, 0)}%`,
      ]),
    );
  }

  if (size?.ownFolderBytes) {
    console.log("\nEach element's own folder (raw minified KB, before compression):");
    table(
      ['Element', 'code', 'messages', 'styles', 'total'],
      Object.entries(size.ownFolderBytes)
        .map(([name, b]) => [name, b, b.code + b.messages + b.styles])
        .sort((a, b) => b[2] - a[2])
        .map(([name, b, total]) => [
          `vf-${name}`,
          fixed(kb(b.code), 1),
          fixed(kb(b.messages), 1),
          fixed(kb(b.styles), 1),
          fixed(kb(total), 1),
        ]),
    );
  }

  if (polling) {
    console.log(
      `\n2. Polling (interval ${polling.intervalS} s; ${polling.windows} windows of ${polling.windowMs} ms; one <vf-orch-panel> + N <vf-orch-status>)`,
    );
    table(
      ['N', 'kit req/tick', 'naive req/tick', 'naive ÷ kit', 'kit ticks/window', 'goal', 'result'],
      Object.entries(polling.byN).map(([n, entry]) => [
        n,
        mmm(entry.kitRequestsPerTick, 2),
        mmm(entry.naiveRequestsPerTick, 2),
        mmm(entry.ratioNaiveToKit, 1),
        mmm(entry.kitTicksPerWindow, 0),
        '1',
        verdict(entry.kitRequestsPerTick.max === 1 && entry.kitMaxRequestsInOneTick === 1),
      ]),
    );
    if (polling.hidden) {
      const h = polling.hidden;
      console.log(
        `Hidden page (N=${h.n}, ${h.windowMs} ms): kit ${h.kitRequests} requests (store timers ${h.kitTimersWhileHidden}), ` +
          `naive ${h.naiveRequests}; goal 0: ${verdict(h.kitRequests === 0)}. Visible again: ${h.kitRequestsInFirstSecondVisibleAgain} request within 1 s.`,
      );
    }
  }

  if (render) {
    console.log('\n3. Render (insert → all show data, painted; fresh page per run)');
    table(
      [
        'Scenario',
        'kit ms',
        'floor ms',
        'kit ÷ floor',
        'long tasks kit / floor',
        'long-task ms kit / floor',
        'goal',
        'result',
      ],
      Object.entries(render).map(([name, entry]) => [
        `${entry.count} × ${entry.kitTag}${name === 'compact' ? ' compact' : ''}`,
        mmm(entry.kitMs, 0),
        mmm(entry.floorMs, 0),
        mmm(entry.ratio, 2),
        `${entry.kitLongTasks.median} / ${entry.floorLongTasks.median}`,
        `${fixed(entry.kitLongTaskMs.median, 0)} / ${fixed(entry.floorLongTaskMs.median, 0)}`,
        `≤ ${GOALS.renderRatio}×`,
        verdict(entry.ratio.median <= GOALS.renderRatio),
      ]),
    );
  }

  if (render) {
    console.log(
      'Main-thread time per run, median ms (Chromium counters): task = script + style + layout + other (paint, parse, GC)',
    );
    table(
      ['Scenario', 'task', 'script', 'style', 'layout', 'other', 'style recalcs'],
      Object.entries(render).flatMap(([name, entry]) =>
        ['kit', 'floor'].map((kind) => {
          const m = entry[`${kind}MainThread`];
          return [
            `${name} ${kind}`,
            m.taskMs.median,
            m.scriptMs.median,
            m.styleMs.median,
            m.layoutMs.median,
            m.otherMs.median,
            m.styleRecalcs.median,
          ];
        }),
      ),
    );
  }

  if (leaks) {
    console.log(
      `\n4. Leaks (${leaks.cycles} mount/unmount cycles each; half unmounted with the first read in flight)`,
    );
    table(
      [
        'Element',
        'loops/subs/timers/inFlight',
        'page timers',
        'client listeners',
        'open req.',
        'retained',
        'heap growth',
        'result',
      ],
      Object.entries(leaks.elements).map(([tag, entry]) => {
        const w = entry.watchStatsAfter;
        return [
          tag,
          `${w.watches}/${w.subscribers}/${w.timers}/${w.inFlight}`,
          `${entry.timersAfter.timeouts} timeouts, ${entry.timersAfter.intervals} intervals`,
          entry.clientListenersAfter,
          entry.openRequestsAfter,
          entry.retainedElementsAfter,
          `${fixed(kb(entry.heapGrowthBytes), 0)} KB`,
          verdict(entry.clean && entry.heapGrowthBytes < GOALS.heapGrowthBytes),
        ];
      }),
    );
  }

  if (interaction) {
    console.log(
      `\n5. Interaction (click on + → frame with the new value painted; ${interaction.clicks} clicks each, alternating)`,
    );
    table(
      ['', 'p50 ms', 'p95 ms', 'min–max ms'],
      [
        [
          '<vf-scale-control>',
          fixed(interaction.kit.p50),
          fixed(interaction.kit.p95),
          `${fixed(interaction.kit.min)}–${fixed(interaction.kit.max)}`,
        ],
        [
          'floor stepper (Lit)',
          fixed(interaction.floor.p50),
          fixed(interaction.floor.p95),
          `${fixed(interaction.floor.min)}–${fixed(interaction.floor.max)}`,
        ],
        ['kit ÷ floor', fixed(interaction.ratioP50, 2), fixed(interaction.ratioP95, 2), ''],
      ],
    );
  }

  if (pageLoad) {
    console.log('\n6. Page load (navigation start → status painted; fresh context per load)');
    table(
      ['', 'median (min–max)'],
      [
        ['kit: one <vf-orch-panel> from the bundle, ms', mmm(pageLoad.kitMs, 0)],
        ['floor: one plain fetch of /status, ms', mmm(pageLoad.floorMs, 0)],
        [
          'kit ÷ floor (goal ≤ 1.3×)',
          `${mmm(pageLoad.ratio, 2)}  ${verdict(pageLoad.ratio.median <= GOALS.pageLoadRatio)}`,
        ],
        ['kit: bundle received at, ms', mmm(pageLoad.kitBundleLoadedMs, 0)],
        ['kit: status request sent at, ms', mmm(pageLoad.kitStatusRequestStartMs, 0)],
        ['floor: status request sent at, ms', mmm(pageLoad.floorStatusRequestStartMs, 0)],
        ['kit requests on load (Status tab)', describeCounts(pageLoad.kitRequestsOnLoad)],
        ['kit requests on load (Scaling tab)', describeCounts(pageLoad.scalingTabRequestsOnLoad)],
      ],
    );
  }

  const referenceRows = [];
  if (size) {
    const total = kb(size.fullBundle.gzip);
    referenceRows.push([
      'JavaScript for the page, KB gzip',
      fixed(total, 1),
      `${REFERENCE.jsGzipKB} (+ ${REFERENCE.cssGzipKB} CSS = ${fixed(REFERENCE.jsGzipKB + REFERENCE.cssGzipKB, 1)})`,
      `${fixed(total / REFERENCE.jsGzipKB, 2)}× (${fixed(total / (REFERENCE.jsGzipKB + REFERENCE.cssGzipKB), 2)}× of JS+CSS; the kit's CSS is inside its JS)`,
    ]);
    const ui = kb(size.allElementsLitExternal.gzip);
    referenceRows.push([
      'UI on top of the framework, KB gzip',
      fixed(ui, 1),
      String(REFERENCE.uiOnTopOfFrameworkGzipKB),
      `${fixed(ui / REFERENCE.uiOnTopOfFrameworkGzipKB, 2)}×`,
    ]);
  }
  if (pageLoad) {
    referenceRows.push([
      'time to status ÷ plain-fetch floor',
      `${fixed(pageLoad.ratio.median, 2)}×`,
      `${REFERENCE.ratioToFloor}× (${REFERENCE.readyMs} vs ${REFERENCE.floorMs} ms)`,
      `${fixed(pageLoad.ratio.median / REFERENCE.ratioToFloor, 2)}×`,
    ]);
    referenceRows.push([
      'time to status, ms (different page and run)',
      fixed(pageLoad.kitMs.median, 0),
      String(REFERENCE.readyMs),
      `${fixed(pageLoad.kitMs.median / REFERENCE.readyMs, 2)}×`,
    ]);
    const count = (counts) => Object.values(counts).reduce((sum, summary) => sum + summary.max, 0);
    referenceRows.push([
      'requests on load',
      `${count(pageLoad.kitRequestsOnLoad)} (Scaling tab: ${count(pageLoad.scalingTabRequestsOnLoad)})`,
      `${REFERENCE.requestsOnLoad} (config and status twice each)`,
      `${fixed(count(pageLoad.kitRequestsOnLoad) / REFERENCE.requestsOnLoad, 2)}×`,
    ]);
  }
  if (referenceRows.length > 0) {
    console.log("\nNext to VeloFlux's React orchestration UI (reference figures of issue #10)");
    table(['Figure', 'kit', 'React UI', 'kit ÷ React'], referenceRows);
  }

  if (results.goals.length > 0) {
    console.log('\nGoals');
    table(
      ['Goal', 'Figure', 'Result'],
      results.goals.map((goal) => [goal.goal, goal.figure, verdict(goal.pass)]),
    );
    const missed = results.goals.filter((goal) => !goal.pass).length;
    console.log(`${results.goals.length - missed} met, ${missed} missed.`);
  }
}
