import { property } from 'lit/decorators.js';
import { VfElement } from './vf-element.js';

/**
 * Base of the editors that take part in a `<form>` (ElementInternals): their value is submitted
 * under `name` as JSON, `form.reset()` restores what the server stored, and they fire native
 * `input` / `change` so Vue `v-model` and Angular's `ngDefaultControl` work with `value`.
 */
export abstract class VfFormElement<Value> extends VfElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals | undefined;

  /** The form field name the value is submitted under. */
  @property({ reflect: true }) name = '';

  /** Disables editing and saving. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  constructor() {
    super();
    // attachInternals is missing in some test DOMs and older browsers: degrade to no form support.
    this.internals =
      typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
  }

  /** The draft being edited (what a form submits). */
  abstract get value(): Value;
  abstract set value(value: Value);

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** Restores the stored values when the owning form is reset. */
  abstract formResetCallback(): void;

  /** The constraint validation API of native fields, backed by ElementInternals. */
  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }

  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** Publishes the current draft to the form and its validity. */
  protected syncFormValue(validationMessage: string, anchor?: HTMLElement): void {
    if (!this.internals) return;
    this.internals.setFormValue(JSON.stringify(this.value));
    if (validationMessage) {
      this.internals.setValidity({ customError: true }, validationMessage, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  /** `input` while editing; native event names, so framework bindings pick them up. */
  protected fireInput(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** `change` when an edit is committed (field blur, select, switch toggle). */
  protected fireChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
}
