/**
 * Browser-safe entry of the VeloFlux orchestration simulator: the core, the hub and the MSW
 * helper's types. Node adapters live in `simulator/node.ts`.
 */
export * from './core/index.js';
export {
  createSimulatorHub,
  type SimulatorHub,
  type SimulatorHubOptions,
  type SimulatorSession,
} from './hub.js';
export type { SimulatorHandlerOptions, SimulatorTarget } from './msw.js';
