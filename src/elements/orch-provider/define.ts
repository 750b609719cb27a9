import { VfOrchProvider } from './orch-provider.js';

VfOrchProvider.define('vf-orch-provider');

declare global {
  interface HTMLElementTagNameMap {
    'vf-orch-provider': VfOrchProvider;
  }
}

export { VfOrchProvider };
