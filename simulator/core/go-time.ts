/**
 * Go's `time.Time` JSON encoding (RFC 3339 with nanoseconds, trailing zeros trimmed) on top of
 * millisecond simulated time.
 */

/** Go's zero `time.Time`, which the UI shows as "unknown" (api-contract §2.3). */
export const GO_ZERO_TIME = '0001-01-01T00:00:00Z';

/**
 * `time.Now()` on the real server has nanoseconds; the simulator has milliseconds. A deterministic
 * sub-millisecond part keeps strings realistic (`…42.123456789Z`) and ordered like the instants.
 */
export function formatGoTime(ms: number): string {
  if (!Number.isFinite(ms)) return GO_ZERO_TIME;
  const wholeMs = Math.floor(ms);
  const subMsNanos = Math.imul((wholeMs % 1_000_003) | 0, 2_654_435_761 | 0) >>> 0;
  return formatWithNanos(wholeMs, (subMsNanos % 999_999) + 1);
}

/** Kubernetes timestamps (`creationTimestamp`, event times) carry whole seconds only. */
export function formatKubeTime(ms: number): string {
  if (!Number.isFinite(ms)) return GO_ZERO_TIME;
  return formatWithNanos(Math.floor(ms / 1000) * 1000, 0);
}

function formatWithNanos(wholeMs: number, subMsNanos: number): string {
  const iso = new Date(wholeMs).toISOString(); // 2026-12-03T13:05:42.123Z
  const seconds = iso.slice(0, 19);
  const nanos = (wholeMs - Math.floor(wholeMs / 1000) * 1000) * 1_000_000 + subMsNanos;
  if (nanos === 0) return `${seconds}Z`;
  return `${seconds}.${String(nanos).padStart(9, '0').replace(/0+$/, '')}Z`;
}

/** Parses RFC 3339 for seeds; Go's zero time and garbage give `null`. */
export function parseTime(text: string): number | null {
  if (text === GO_ZERO_TIME) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}
