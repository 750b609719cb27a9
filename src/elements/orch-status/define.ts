import { VfOrchStatus } from './orch-status.js';

VfOrchStatus.define('vf-orch-status');

declare global {
  interface HTMLElementTagNameMap {
    'vf-orch-status': VfOrchStatus;
  }
}

export { VfOrchStatus };
