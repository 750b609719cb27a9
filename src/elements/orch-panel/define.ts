import { VfOrchPanel } from './orch-panel.js';

VfOrchPanel.define('vf-orch-panel');

declare global {
  interface HTMLElementTagNameMap {
    'vf-orch-panel': VfOrchPanel;
  }
}

export { VfOrchPanel };
