import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One shared ticker per period for every element that shows a live duration ("updated 3 min
 * ago", "elapsed 0:42"): 100 status elements cost one timer, and no timer remains once the last
 * one leaves.
 */
const tickers = new Map<
  number,
  { hosts: Set<ReactiveControllerHost>; timer: ReturnType<typeof setInterval> }
>();

function join(periodMs: number, host: ReactiveControllerHost): void {
  let ticker = tickers.get(periodMs);
  if (!ticker) {
    const hosts = new Set<ReactiveControllerHost>();
    const timer = setInterval(() => {
      for (const each of hosts) each.requestUpdate();
    }, periodMs);
    ticker = { hosts, timer };
    tickers.set(periodMs, ticker);
  }
  ticker.hosts.add(host);
}

function leave(periodMs: number, host: ReactiveControllerHost): void {
  const ticker = tickers.get(periodMs);
  if (!ticker) return;
  ticker.hosts.delete(host);
  if (ticker.hosts.size === 0) {
    clearInterval(ticker.timer);
    tickers.delete(periodMs);
  }
}

export class ClockController implements ReactiveController {
  private running = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly periodMs: number,
  ) {
    host.addController(this);
  }

  /**
   * Starts or stops the ticks for this host (e.g. only while an operation runs). A host that is
   * not in the document never ticks: Lit still runs an update that was pending at removal, and a
   * render that switched the clock on then would keep the detached element alive for ever.
   */
  set active(active: boolean) {
    const ticking = active && this.host.isConnected;
    if (ticking === this.running) return;
    this.running = ticking;
    if (ticking) join(this.periodMs, this.host);
    else leave(this.periodMs, this.host);
  }

  get active(): boolean {
    return this.running;
  }

  hostDisconnected(): void {
    this.active = false;
  }
}

/** Formats "N units ago" for a past instant, in the given locale. */
export function formatAge(locale: string, thenMs: number, nowMs: number): string {
  const seconds = Math.round((thenMs - nowMs) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 45) return format.format(Math.sign(seconds) * 0, 'second');
  if (abs < 45 * 60) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86400), 'day');
}

/** Formats a duration as `m:ss` (or `h:mm:ss`). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** Parses RFC 3339 with up to 9 fraction digits; the Go zero time means "unknown" → null. */
export function parseTimestamp(value: string | undefined | null): number | null {
  if (!value || value.startsWith('0001-01-01')) return null;
  // Date.parse accepts at most millisecond precision reliably: cut the fraction to 3 digits.
  const trimmed = value.replace(/(\.\d{3})\d+/, '$1');
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? null : ms;
}
