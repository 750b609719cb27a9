/** The shared fetch service: no DOM, no Lit (elements.md §2). */
export { createOrchestrationClient } from './client.js';
export type {
  AuthRequiredDetail,
  AuthRequiredListener,
  FetchFunction,
  OrchestrationClient,
  OrchestrationClientOptions,
  RequestOptions,
  RetryPolicy,
  TokenSource,
} from './client-api.js';
export {
  OrchestrationError,
  errorCodeFor,
  isAbortError,
  toErrorDetail,
  toOrchestrationError,
  type OrchestrationErrorCode,
  type OrchestrationErrorDetail,
  type OrchestrationOperation,
} from './errors.js';
export type {
  StatusListener,
  StatusPollIntervals,
  StatusSnapshot,
  StatusWatchOptions,
  StatusWatchStats,
  VisibilitySource,
} from './status-store.js';
export * from './types.js';
