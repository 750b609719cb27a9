/**
 * Registers every `vf-*` element and re-exports the public API. Import a single element's
 * `define` module instead (`@veloflux/orchestration-elements/vf-orch-status`) to load only it.
 */
export * from './client/index.js';
export * from './context/index.js';
export * from './quantity/index.js';
export type * from './internal/events.js';
export { VfElement } from './internal/vf-element.js';
export type { Locale } from './internal/localize.js';
export { VfOrchProvider } from './elements/orch-provider/define.js';
