/**
 * Clocks for the simulator. Both can be advanced: tests move a manual clock; the demo's real clock
 * takes an offset so `control/advance` can fast-forward a running console too.
 */
import type { AdvanceableClock } from './types.js';

export function createManualClock(startMs: number = Date.now()): AdvanceableClock {
  let nowMs = startMs;
  return {
    kind: 'manual',
    now: () => nowMs,
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance by ${ms} ms`);
      nowMs += ms;
    },
  };
}

export function createRealClock(): AdvanceableClock {
  let offsetMs = 0;
  return {
    kind: 'real',
    now: () => Date.now() + offsetMs,
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance by ${ms} ms`);
      offsetMs += ms;
    },
  };
}

export function isAdvanceable(clock: { now(): number }): clock is AdvanceableClock {
  return typeof (clock as Partial<AdvanceableClock>).advance === 'function';
}
