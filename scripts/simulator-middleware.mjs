import { loadSimulator } from './load-simulator.mjs';

/** Koa middleware for the web-test-runner server: the simulator hub, or a pass-through until it exists. */
export async function simulatorKoaMiddleware() {
  const simulator = await loadSimulator();
  if (!simulator) return (_ctx, next) => next();
  const hub = simulator.createSimulatorHub({ defaultClock: 'real' });
  return simulator.koaMiddleware(hub);
}
