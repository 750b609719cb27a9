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
export { VfOrchStatus } from './elements/orch-status/define.js';
export { VfOrchActions } from './elements/orch-actions/define.js';
export { VfScaleControl } from './elements/scale-control/define.js';
export { VfAutoscaleForm } from './elements/autoscale-form/define.js';
export { VfResourceEditor } from './elements/resource-editor/define.js';
export { VfOrchConfig } from './elements/orch-config/define.js';
export { VfOrchPanel } from './elements/orch-panel/define.js';
