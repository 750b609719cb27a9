import { Directive, ElementRef, forwardRef, inject } from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';

/** What the accessor needs from the kit's form elements (`VfAutoscaleForm`, `VfResourceEditor`). */
interface VfFormElement<Value> extends HTMLElement {
  value: Value;
  disabled: boolean;
}

/**
 * Lets `formControlName`, `formControl` and `ngModel` drive the kit's form elements. Copy this
 * file into your app and add `VfValueAccessor` to the component's `imports`.
 *
 * - Angular → element: the control's value is written to the element's `value` property. `null`
 *   (a control created without a value) is not written, so the element keeps the settings it
 *   loaded from the server instead of showing empty fields.
 * - element → Angular: the element fires native `input` while editing and `change` on commit;
 *   both report its `value` (an object) to the control.
 * - touched: when focus leaves the element (`focusout` from its shadow tree).
 * - disabled: `control.disable()` sets the element's `disabled` property.
 */
@Directive({
  selector:
    'vf-autoscale-form[formControlName], vf-autoscale-form[formControl], vf-autoscale-form[ngModel],' +
    ' vf-resource-editor[formControlName], vf-resource-editor[formControl], vf-resource-editor[ngModel]',
  host: {
    '(input)': 'report()',
    '(change)': 'report()',
    '(focusout)': 'touched()',
  },
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => VfValueAccessor), multi: true },
  ],
})
export class VfValueAccessor<Value = unknown> implements ControlValueAccessor {
  private readonly element = inject<ElementRef<VfFormElement<Value>>>(ElementRef).nativeElement;
  private onChange: (value: Value) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: Value | null | undefined): void {
    if (value !== null && value !== undefined) this.element.value = value;
  }

  registerOnChange(onChange: (value: Value) => void): void {
    this.onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.onTouched = onTouched;
  }

  setDisabledState(disabled: boolean): void {
    this.element.disabled = disabled;
  }

  protected report(): void {
    this.onChange(this.element.value);
  }

  protected touched(): void {
    this.onTouched();
  }
}
