import { VfScaleControl } from './scale-control.js';

VfScaleControl.define('vf-scale-control');

declare global {
  interface HTMLElementTagNameMap {
    'vf-scale-control': VfScaleControl;
  }
}

export { VfScaleControl };
