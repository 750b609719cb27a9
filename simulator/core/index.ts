/** The simulator core: browser-safe, no Node imports. */
export { createManualClock, createRealClock, isAdvanceable } from './clock.js';
export { controlError, controlJson, handleControl } from './control.js';
export { ControlInputError, parseSessionOptions } from './control-input.js';
export { DroppedConnection, isDroppedConnection } from './dropped-connection.js';
export { formatGoTime, GO_ZERO_TIME } from './go-time.js';
export { isKubeQuantity } from './quantity.js';
export { createSimulator, DEFAULT_SPEEDS, type Simulator } from './simulator.js';
export type * from './types.js';
