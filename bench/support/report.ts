import type { ApplyRow, BenchReport, PlanRow, RssRow, Row, Target, TerraformRow } from './results';
import type { Summary } from './stats';

/** The benchmark's targets (issue 7), judged from the rows of this run; a target not measured stays open. */
export function judgeTargets(rows: Row[]): Target[] {
  const plans = rows.filter((r): r is PlanRow => r.kind === 'plan');
  const plan = (scenario: string, size: number) => plans.find((r) => r.scenario === scenario && r.variant === 'bulk' && r.size === size);
  const terraform = rows.filter((r): r is TerraformRow => r.kind === 'terraform' && r.size === 2000);
  const tfSkip = rows.find((r) => r.kind === 'skip' && r.scenario.startsWith('4'));
  const rss = rows.find((r): r is RssRow => r.kind === 'rss' && r.size === 10000 && r.mode.startsWith('embedded'));
  const applies = rows.filter((r): r is ApplyRow => r.kind === 'apply');
  const latency = plan('2-plan-50ms', 2000);
  const loopback = plan('1-plan-loopback', 10000);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const applyVerdicts = applies.map((a) => ({ size: a.size, worst: Math.min(...a.shareOfAllowed), failed: sum(a.failedWrites) + sum(a.leftAfter) }));
  return [
    {
      name: 'plan, N=2,000, 50 ms per request (bulk)',
      goal: '≤ 1.5 s',
      measured: latency ? `${seconds(latency.time.median)} median` : 'not measured (needs size 2000 and scenario 2)',
      met: latency ? latency.time.median <= 1500 : undefined,
    },
    {
      name: 'plan vs terraform plan, N=2,000',
      goal: '≥ 20× faster',
      measured: terraform.length
        ? terraform.map((t) => `${t.ratio.toFixed(1)}× (${t.engine})`).join(', ')
        : `not measured (${tfSkip && tfSkip.kind === 'skip' ? tfSkip.reason : 'scenario 4 needs size 2000'})`,
      met: terraform.length ? terraform.every((t) => t.ratio >= 20) : undefined,
    },
    {
      name: 'plan, N=10,000, loopback (bulk)',
      goal: '≤ 3 s',
      measured: loopback ? `${seconds(loopback.time.median)} median` : 'not measured (needs size 10000 and scenario 1)',
      met: loopback ? loopback.time.median <= 3000 : undefined,
    },
    {
      name: 'peak RSS of the CLI, plan N=10,000 (embedded default)',
      goal: '≤ 300 MB',
      measured: rss ? `${rss.rssMb.median.toFixed(0)} MB median (max ${rss.rssMb.max.toFixed(0)} MB)` : 'not measured (needs scenario 5 at 10000)',
      met: rss ? rss.rssMb.max <= 300 : undefined,
    },
    {
      name: `apply under ${applies[0]?.limitPerSecond ?? 100} requests/s (every size run)`,
      goal: '≥ 90 % of the allowed rate, 0 failed writes',
      measured: applyVerdicts.length
        ? applyVerdicts.map((v) => `N=${v.size.toLocaleString('en-US')}: ${percent(v.worst)} of allowed (worst run), ${v.failed} failed or missing writes`).join('; ')
        : 'not measured (scenario 3)',
      met: applyVerdicts.length ? applyVerdicts.every((v) => v.worst >= 0.9 && v.failed === 0) : undefined,
    },
  ];
}

export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const out: string[] = [];
  out.push('# applemdm benchmark (`npm run bench`)', '');
  out.push(
    `Measured ${m.startedAt} on ${m.cores} cores (${m.cpuModel}), ${m.memoryMb.toLocaleString('en-US')} MB, Node ${m.node}, ${m.platform}; ` +
      `load average at start ${m.loadAverageAtStart.join(' / ')}. Options: sizes ${report.options.sizes.join(', ')}, runs ${report.options.runs}, ` +
      `scenarios ${report.options.scenarios.join(', ')}${report.options.fresh ? ', fresh servers' : ''}. Whole run: ${seconds(report.durationMs)}.`,
    '',
  );
  out.push('## Targets', '', '| Target | Goal | Measured | Met |', '|---|---|---|---|');
  for (const t of report.targets) out.push(`| ${t.name} | ${t.goal} | ${t.measured} | ${t.met === undefined ? '—' : t.met ? 'yes' : '**no**'} |`);
  out.push('');

  const plans = report.rows.filter((r): r is PlanRow => r.kind === 'plan');
  if (plans.length) {
    out.push(
      '## 1–2. plan of an applied configuration (empty plan)',
      '',
      'Time from reading the YAML to the finished plan (the CLI\'s `plan --server` path in-process). *load* = read + validate + catalog + preflight compile; ' +
        '*read* = time inside `backend.readStack`; *CPU* = CPU time of the bench process during the plan (user + system; the in-process embedded server included, the KMFDDM peer not), ' +
        'which a loaded machine inflates less than wall time. The round-trip bound is the plan\'s requests × the measured RTT, serially and at the client\'s 8 parallel reads.',
      '',
      '| Scenario | Server | N | RTT | min | median | max | CPU | load | read | requests | requests × RTT (serial / ÷ 8) |',
      '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const r of plans) {
      out.push(
        `| ${r.scenario} | ${serverName(r.variant)} | ${r.size.toLocaleString('en-US')} | ${ms(r.rttMs)} | ${seconds(r.time.min)} | ${seconds(r.time.median)} | ${seconds(r.time.max)} | ${seconds(r.cpuMs)} | ` +
          `${seconds(r.loadMs)} | ${seconds(r.readMs)} | ${r.requests.toLocaleString('en-US')} | ${seconds(r.serialBoundMs)} / ${seconds(r.parallelBoundMs)} |`,
      );
    }
    out.push('');
  }

  const applies = report.rows.filter((r): r is ApplyRow => r.kind === 'apply');
  if (applies.length) {
    out.push(
      '## 3. apply of N creates under a rate limit',
      '',
      `Token bucket of ${applies[0].limitPerSecond} requests/s with a burst of ${applies[0].burst}; above it 429 + Retry-After (whole seconds). ` +
        'Parallelism 8 (the CLI default). *allowed* = burst + limit × duration, what the limiter would have let through; *left* = operations a direct plan still finds afterwards.',
      '',
      '| N | writes | runs | time min / median / max | accepted req/s (per run) | % of allowed (per run) | 429s | failed writes | left |',
      '|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const r of applies) {
      out.push(
        `| ${r.size.toLocaleString('en-US')} | ${r.operations.toLocaleString('en-US')} | ${r.runsMs.length} | ${triple(r.time)} | ${r.ratePerSecond.map((x) => x.toFixed(1)).join(', ')} | ` +
          `${r.shareOfAllowed.map(percent).join(', ')} | ${r.throttled.join(', ')} | ${r.failedWrites.join(', ')} | ${r.leftAfter.join(', ')} |`,
      );
    }
    out.push('');
  }

  const tf = report.rows.filter((r): r is TerraformRow => r.kind === 'terraform');
  out.push('## 4. terraform / tofu plan side by side', '');
  if (tf.length) {
    out.push('| N | engine | applemdm plan (median) | engine plan (median) | engine ÷ applemdm |', '|--:|---|--:|--:|--:|');
    for (const r of tf) out.push(`| ${r.size.toLocaleString('en-US')} | ${r.engine} | ${seconds(r.native.median)} | ${seconds(r.engineTime.median)} | ${r.ratio.toFixed(1)}× |`);
  } else {
    const skip = report.rows.find((r) => r.kind === 'skip' && r.scenario.startsWith('4'));
    out.push(skip && skip.kind === 'skip' ? `Not run: ${skip.reason}.` : 'Not selected in this run.');
  }
  out.push('');

  const rss = report.rows.filter((r): r is RssRow => r.kind === 'rss');
  if (rss.length) {
    out.push(
      '## 5. peak RSS of the CLI (`node bin/applemdm.js plan DIR`, from dist/)',
      '',
      `Method: ${rss[0].method}.`,
      '',
      '| N | mode | runs | peak RSS min / median / max | wall time min / median / max |',
      '|--:|---|--:|--:|--:|',
    );
    for (const r of rss) {
      out.push(
        `| ${r.size.toLocaleString('en-US')} | ${r.mode} | ${r.runs} | ${r.rssMb.min.toFixed(0)} / ${r.rssMb.median.toFixed(0)} / ${r.rssMb.max.toFixed(0)} MB | ${triple(r.time)} |`,
      );
    }
    out.push('');
  }

  for (const p of report.profiles) {
    out.push(`## Where the time goes: ${p.what}`, '', `CPU profile (${seconds(p.totalMs)} wall; saved as ${p.file}). Inclusive time per phase:`, '');
    out.push('| Phase | ms |', '|---|--:|');
    for (const x of p.inclusive) out.push(`| ${x.name} | ${x.ms.toLocaleString('en-US')} |`);
    out.push('', 'Most self time:', '', '| Function | ms |', '|---|--:|');
    for (const x of p.self) out.push(`| ${x.name.replace(/\|/g, '\\|')} | ${x.ms.toLocaleString('en-US')} |`);
    out.push('');
  }

  // Scenario 4's reason is already its section's text.
  const skips = report.rows.filter((r) => r.kind === 'skip' && !r.scenario.startsWith('4'));
  if (skips.length || report.notes.length) {
    out.push('## Notes', '');
    for (const s of skips) if (s.kind === 'skip') out.push(`- ${s.scenario}: ${s.reason}`);
    for (const n of report.notes) out.push(`- ${n}`);
    out.push('');
  }
  return out.join('\n');
}

function serverName(variant: string): string {
  if (variant === 'bulk') return 'embedded, bulk read';
  if (variant === 'per-object') return 'embedded, KMFDDM API only';
  return 'real KMFDDM';
}

export function seconds(msValue: number): string {
  return msValue >= 1000 ? `${(msValue / 1000).toFixed(2)} s` : `${Math.round(msValue)} ms`;
}

function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

function percent(x: number): string {
  return `${(x * 100).toFixed(0)} %`;
}

function triple(s: Summary): string {
  return `${seconds(s.min)} / ${seconds(s.median)} / ${seconds(s.max)}`;
}
