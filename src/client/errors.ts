/**
 * The error model the client exposes (api-contract.md §6). The Go server never sends a `code`
 * (quirk 2), so one is derived from the HTTP status and the message text.
 */

export type OrchestrationErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_available'
  | 'conflict'
  | 'validation'
  | 'not_deployed'
  | 'scaling_not_available'
  | 'autoscaling_conflict'
  | 'server'
  | 'unavailable'
  | 'network'
  | 'timeout'
  | 'invalid_response'
  // The guide's business codes, honoured when a server sends JSON `{code}` / `{error}` bodies.
  | 'configuration_not_found'
  | 'already_deploying'
  | 'insufficient_resources'
  | 'invalid_mode';

/** The client method that failed. */
export type OrchestrationOperation =
  | 'getConfig'
  | 'setConfig'
  | 'getStatus'
  | 'getDetailedStatus'
  | 'deploy'
  | 'drain'
  | 'scale'
  | 'setAutoscaling'
  | 'updateResources';

const KNOWN_CODES: ReadonlySet<string> = new Set<OrchestrationErrorCode>([
  'unauthorized',
  'forbidden',
  'not_available',
  'conflict',
  'validation',
  'not_deployed',
  'scaling_not_available',
  'autoscaling_conflict',
  'server',
  'unavailable',
  'network',
  'timeout',
  'invalid_response',
  'configuration_not_found',
  'already_deploying',
  'insufficient_resources',
  'invalid_mode',
]);

/** Transient failures: the same request may succeed later. GETs are retried on exactly these. */
const TRANSIENT_CODES: ReadonlySet<OrchestrationErrorCode> = new Set<OrchestrationErrorCode>([
  'unavailable',
  'network',
  'timeout',
]);

export interface OrchestrationErrorInit {
  code: OrchestrationErrorCode;
  message: string;
  operation: OrchestrationOperation | (string & {});
  /** HTTP status, or 0 when there was no answer. */
  status?: number;
  stateUnknown?: boolean;
  details?: string;
  cause?: unknown;
}

/** The plain form carried by DOM events (`vf-error`). */
export interface OrchestrationErrorDetail {
  status: number;
  code: OrchestrationErrorCode;
  message: string;
  retryable: boolean;
  stateUnknown: boolean;
}

export class OrchestrationError extends Error {
  override readonly name = 'OrchestrationError';
  /** HTTP status, or 0 when there was no answer (network, timeout, client-side validation). */
  readonly status: number;
  readonly code: OrchestrationErrorCode;
  readonly operation: string;
  /** The same request may succeed later (`unavailable`, `network`, `timeout`). */
  readonly retryable: boolean;
  /**
   * A mutation was sent but no answer came back (network failure or timeout): it may or may not
   * have been applied. Re-read the state, never retry blindly (quirk 7).
   */
  readonly stateUnknown: boolean;
  /** The raw body text, or the `details` of a JSON error body. */
  readonly details: string | undefined;

  constructor(init: OrchestrationErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status ?? 0;
    this.code = init.code;
    this.operation = init.operation;
    this.retryable = TRANSIENT_CODES.has(init.code);
    this.stateUnknown = init.stateUnknown ?? false;
    this.details = init.details;
  }
}

/** True for the rejection of an aborted fetch or wait (a `DOMException` named `AbortError`). */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}

/** The `vf-error` form of any failure (a foreign error counts as `network`). */
export function toErrorDetail(error: unknown): OrchestrationErrorDetail {
  const { status, code, message, retryable, stateUnknown } = toOrchestrationError(error, '');
  return { status, code, message, retryable, stateUnknown };
}

/** Wraps anything thrown into an `OrchestrationError` (kept as is when it already is one). */
export function toOrchestrationError(error: unknown, operation: string): OrchestrationError {
  if (error instanceof OrchestrationError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new OrchestrationError({ code: 'network', message, operation, cause: error });
}

export interface ParsedErrorBody {
  /** Server text, trimmed; `HTTP <status>` when the body says nothing readable. */
  message: string;
  /** A known code from a JSON `{code}` or `{error}` body. */
  code: OrchestrationErrorCode | undefined;
  details: string | undefined;
}

/**
 * Reads an error body: Go's `http.Error` text (`message\n`), VeloFlux's auth JSON
 * `{"error": "...", "details": ...}`, or a JSON `{code, message}` from another server.
 */
export function parseErrorBody(status: number, bodyText: string): ParsedErrorBody {
  const text = bodyText.trim();
  const fallback = `HTTP ${status}`;
  const json = parseJsonObject(text);
  if (json) {
    const named = [json['code'], json['error']].find(
      (value): value is OrchestrationErrorCode =>
        typeof value === 'string' && KNOWN_CODES.has(value),
    );
    const message = [json['message'], json['error']].find(
      (value): value is string =>
        typeof value === 'string' && value.trim() !== '' && value !== named,
    );
    const rawDetails = json['details'];
    const details =
      rawDetails == null
        ? text
        : typeof rawDetails === 'string'
          ? rawDetails
          : JSON.stringify(rawDetails);
    return { message: message?.trim() ?? named ?? fallback, code: named, details };
  }
  // A proxy's HTML error page is not a message anyone should read in a widget.
  const readable = text !== '' && !text.startsWith('<');
  return { message: readable ? text : fallback, code: undefined, details: text || undefined };
}

const DEDICATED_ONLY = /can only\b.*\bdedicated instances/i;

/**
 * Derives the error code of a non-2xx answer (api-contract.md §6). `isStatusRead` marks
 * GET status / detailed_status, where a 500 means "never deployed" (quirk 3).
 */
export function errorCodeFor(
  operation: string,
  status: number,
  bodyText: string,
  isStatusRead = operation === 'getStatus' || operation === 'getDetailedStatus',
): OrchestrationErrorCode {
  return deriveCode(parseErrorBody(status, bodyText), status, isStatusRead);
}

function deriveCode(
  { code, message }: ParsedErrorBody,
  status: number,
  isStatusRead: boolean,
): OrchestrationErrorCode {
  if (code) return code;
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  // The text wins over the status otherwise: a `deployment not found` 404 is a tenant that is
  // not deployed, not a missing API (which would stop polling).
  if (/deployment not found/i.test(message)) return 'not_deployed';
  if (DEDICATED_ONLY.test(message)) return 'scaling_not_available';
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    // 404 `404 page not found`: no orchestration API on this server (quirk 10); a 405 likewise
    // means the routes are not the ones this kit knows.
    case 404:
    case 405:
      return 'not_available';
    case 409:
      return 'conflict';
    case 429:
    case 502:
    case 503:
    case 504:
      return 'unavailable';
  }
  // Quirk 3: the status routes answer 500 for a tenant that was never deployed.
  if (status === 500 && isStatusRead) return 'not_deployed';
  return 'server';
}

/** Builds the error of a non-2xx answer. */
export function errorFromResponse(
  operation: OrchestrationOperation,
  status: number,
  bodyText: string,
): OrchestrationError {
  const parsed = parseErrorBody(status, bodyText);
  const isStatusRead = operation === 'getStatus' || operation === 'getDetailedStatus';
  const code = deriveCode(parsed, status, isStatusRead);
  return new OrchestrationError({
    code,
    message: parsed.message,
    operation,
    status,
    details: parsed.details,
  });
}

export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
