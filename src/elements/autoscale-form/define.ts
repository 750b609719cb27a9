import { VfAutoscaleForm } from './autoscale-form.js';

VfAutoscaleForm.define('vf-autoscale-form');

declare global {
  interface HTMLElementTagNameMap {
    'vf-autoscale-form': VfAutoscaleForm;
  }
}

export { VfAutoscaleForm };
