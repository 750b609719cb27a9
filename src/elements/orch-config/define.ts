import { VfOrchConfig } from './orch-config.js';

VfOrchConfig.define('vf-orch-config');

declare global {
  interface HTMLElementTagNameMap {
    'vf-orch-config': VfOrchConfig;
  }
}

export { VfOrchConfig };
