import { OrchestrationError, type OrchestrationOperation } from './errors.js';

export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

export interface RetryPolicy {
  /** Attempts in all, the first included (default 3). */
  attempts: number;
  /** Delay before the first retry, doubled each time, with jitter (default 1 s). */
  baseDelayMs: number;
  /** Ceiling of one delay (default 10 s). */
  maxDelayMs: number;
}

export interface WireRequest {
  operation: OrchestrationOperation;
  method: string;
  url: string;
  init: RequestInit;
  timeoutMs: number;
  /** The caller's signal. */
  signal: AbortSignal | undefined;
  fetch: FetchFunction;
}

export interface WireAnswer {
  status: number;
  ok: boolean;
  text: string;
}

/**
 * One HTTP exchange under a deadline that covers the body too. Rejects with the caller's
 * AbortError when the caller aborts, with an `OrchestrationError` `timeout` when the deadline
 * passes and `network` when no answer came; for a mutation both of those are `stateUnknown`
 * (quirk 7: it may have been applied).
 */
export async function exchange(request: WireRequest): Promise<WireAnswer> {
  const { operation, method, signal: callerSignal, timeoutMs } = request;
  if (callerSignal?.aborted) throw abortError(callerSignal);
  // The caller's signal and the deadline combined by hand (AbortSignal.any is too recent), and
  // raced as well so that a fetch ignoring its signal still cannot outlive the deadline.
  const controller = new AbortController();
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = (): void => controller.abort();
  callerSignal?.addEventListener('abort', onCallerAbort);
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason));
  });
  try {
    const init = { ...request.init, method, signal: controller.signal };
    const response = await Promise.race([request.fetch(request.url, init), aborted]);
    // Quirk 1: always the text first; the content type lies (202 JSON labelled text/plain).
    const text = await Promise.race([response.text(), aborted]);
    return { status: response.status, ok: response.ok, text };
  } catch (cause) {
    if (callerSignal?.aborted) throw abortError(callerSignal);
    throw new OrchestrationError({
      code: timedOut ? 'timeout' : 'network',
      message: timedOut ? `No answer within ${timeoutMs} ms` : 'The server could not be reached',
      operation,
      stateUnknown: method !== 'GET',
      details: timedOut ? undefined : cause instanceof Error ? cause.message : String(cause),
      cause,
    });
  } finally {
    clearTimeout(deadline);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}

/** Equal jitter: half the exponential delay plus a random half, so retries never bunch up. */
export function backoffDelay(attempt: number, { baseDelayMs, maxDelayMs }: RetryPolicy): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

/** A delay that ends early, rejecting with an AbortError, when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** What a caller's abort rejects with: its reason when that is an AbortError, else a fresh one. */
function abortError(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  return reason instanceof DOMException && reason.name === 'AbortError'
    ? reason
    : new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * One caller's view of a request shared with others: it rejects with the caller's abort as soon
 * as that caller's signal aborts, while the request goes on for the rest.
 */
export function followSignal<T>(shared: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return shared;
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    shared.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
