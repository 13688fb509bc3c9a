/** Latencies of one operation run by `concurrency` virtual users, `perUser` times each. */
export type Sample = { operation: string; concurrency: number; latencies: number[]; wallMs: number };

export async function measure(
  operation: string,
  concurrency: number,
  perUser: number,
  run: (user: number, iteration: number) => Promise<unknown>,
): Promise<Sample> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, user) => {
      for (let i = 0; i < perUser; i++) {
        const t = performance.now();
        await run(user, i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { operation, concurrency, latencies, wallMs: performance.now() - started };
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function table(samples: Sample[]): string {
  const header = ["operation", "users", "samples", "p50 ms", "p95 ms", "max ms", "req/s"];
  const rows = samples.map((s) => [
    s.operation,
    String(s.concurrency),
    String(s.latencies.length),
    percentile(s.latencies, 50).toFixed(2),
    percentile(s.latencies, 95).toFixed(2),
    Math.max(...s.latencies).toFixed(2),
    ((s.latencies.length / s.wallMs) * 1000).toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
