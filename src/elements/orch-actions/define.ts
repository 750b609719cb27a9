import { VfOrchActions } from './orch-actions.js';

VfOrchActions.define('vf-orch-actions');

declare global {
  interface HTMLElementTagNameMap {
    'vf-orch-actions': VfOrchActions;
  }
}

export { VfOrchActions };
