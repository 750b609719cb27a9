/**
 * Counts timers, intervals, animation frames and window/document listeners created while it is
 * active, so a test can assert that an element leaves none behind once removed.
 */
export interface LeakReport {
  timers: number;
  /** Where each timer left behind was created, to find the leak. */
  timerStacks: string[];
  intervals: number;
  frames: number;
  listeners: string[];
}

export function trackLeaks(): { stop(): LeakReport } {
  const timers = new Map<number, string>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  const listeners = new Map<string, number>();
  // The browser's signatures, whatever ambient Node typings a dependency brings in.
  type SetTimer = (handler: TimerHandler, timeout?: number, ...args: unknown[]) => number;
  type ClearTimer = (id?: number) => void;
  const original = {
    setTimeout: window.setTimeout as unknown as SetTimer,
    clearTimeout: window.clearTimeout as unknown as ClearTimer,
    setInterval: window.setInterval as unknown as SetTimer,
    clearInterval: window.clearInterval as unknown as ClearTimer,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
    windowAdd: window.addEventListener,
    windowRemove: window.removeEventListener,
    documentAdd: document.addEventListener,
    documentRemove: document.removeEventListener,
  };

  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id: number = original.setTimeout.call(
      window,
      (...callArgs: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...callArgs);
      },
      timeout,
      ...args,
    );
    const stack = new Error('timer created').stack ?? '';
    // open-wc's waitUntil leaves its own timeout timer running: that one is the test's, not ours.
    if (!stack.includes('@open-wc/testing-helpers')) timers.set(id, stack);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    original.clearTimeout.call(window, id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id: number = original.setInterval.call(window, handler, timeout, ...args);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    original.clearInterval.call(window, id);
  }) as typeof window.clearInterval;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = original.requestAnimationFrame.call(window, (time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    original.cancelAnimationFrame.call(window, id);
  };

  const count = (key: string, delta: number) =>
    listeners.set(key, (listeners.get(key) ?? 0) + delta);
  window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
    count(`window:${type}`, 1);
    return (original.windowAdd as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof window.addEventListener;
  window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
    count(`window:${type}`, -1);
    return (original.windowRemove as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof window.removeEventListener;
  document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
    count(`document:${type}`, 1);
    return (original.documentAdd as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof document.addEventListener;
  document.removeEventListener = function (this: Document, type: string, ...rest: unknown[]) {
    count(`document:${type}`, -1);
    return (original.documentRemove as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof document.removeEventListener;

  return {
    stop(): LeakReport {
      Object.assign(window, {
        setTimeout: original.setTimeout,
        clearTimeout: original.clearTimeout,
        setInterval: original.setInterval,
        clearInterval: original.clearInterval,
        requestAnimationFrame: original.requestAnimationFrame,
        cancelAnimationFrame: original.cancelAnimationFrame,
        addEventListener: original.windowAdd,
        removeEventListener: original.windowRemove,
      });
      Object.assign(document, {
        addEventListener: original.documentAdd,
        removeEventListener: original.documentRemove,
      });
      for (const id of timers.keys()) original.clearTimeout.call(window, id);
      for (const id of intervals) original.clearInterval.call(window, id);
      return {
        timers: timers.size,
        timerStacks: [...timers.values()],
        intervals: intervals.size,
        frames: frames.size,
        listeners: [...listeners].filter(([, n]) => n > 0).map(([key, n]) => `${key} ×${n}`),
      };
    },
  };
}
