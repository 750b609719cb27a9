/**
 * Conversions the resource editor needs: a quantity as "amount + unit" for a number field and a
 * unit picker, and back; plus lossy numbers for charts and sorting.
 */

import { suffixHint } from './diagnose.js';
import { decimalString } from './format.js';
import { parseQuantity, toQuantity } from './parse.js';
import { QuantityError, quoteInput } from './quantity-error.js';
import {
  BINARY_SUFFIXES,
  DECIMAL_SUFFIXES,
  isBinarySuffix,
  isDecimalSuffix,
  isQuantityUnit,
  type Quantity,
  type QuantityUnit,
} from './types.js';

/** A plain number as an amount field holds it: optional sign, digits, at most one ".". */
const AMOUNT = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;

export interface QuantityInUnit {
  /** The exact value in `unit`, as decimal text without exponent ("1.5", "0.25", "-2"). */
  readonly amount: string;
  readonly unit: QuantityUnit;
}

/**
 * Expresses a quantity exactly in the given unit:
 * ("1536Mi", 'Gi') → { amount: "1.5", unit: "Gi" }, ("250m", '') → { amount: "0.25", unit: "" }.
 * Binary units always give a terminating decimal (1/1024^k = 5^10k / 10^10k), so the amount is
 * exact, if sometimes long ("1m" in Gi).
 */
export function quantityToUnit(value: string | Quantity, unit: QuantityUnit): QuantityInUnit {
  const { nanos } = toQuantity(value);
  if (isDecimalSuffix(unit)) {
    return { amount: decimalString(nanos, 9 + DECIMAL_SUFFIXES[unit]), unit };
  }
  if (isBinarySuffix(unit)) {
    const bits = 10 * BINARY_SUFFIXES[unit];
    // nanos / (10^9 × 2^bits) = nanos × 5^bits / 10^(9 + bits)
    return { amount: decimalString(nanos * 5n ** BigInt(bits), 9 + bits), unit };
  }
  throw unitError(String(unit));
}

/**
 * Builds a quantity from an amount field and a unit picker: ("1.5", "Gi") → 1.5Gi. The amount
 * must be a plain number (no unit, exponent or thousands separator); surrounding whitespace is
 * ignored because it comes from a form field, not from a quantity string. The unit is one of
 * `n u m "" k M G T P E Ki Mi Gi Ti Pi Ei`. Throws `QuantityError` otherwise.
 */
export function quantityFromUnit(amount: string, unit: string): Quantity {
  if (!isQuantityUnit(unit)) throw unitError(unit);
  const trimmed = String(amount).trim();
  if (!AMOUNT.test(trimmed)) {
    const detail =
      trimmed === ''
        ? 'it is empty; enter a number such as "1.5"'
        : /^[+-]?[0-9]*,[0-9]/.test(trimmed)
          ? 'use "." as the decimal point and no thousands separators, e.g. "1.5"'
          : 'enter a plain number such as "2" or "0.5" (no unit, no exponent)';
    throw new QuantityError(
      amount,
      'number',
      `${quoteInput(amount)} is not a valid amount: ${detail}`,
    );
  }
  return parseQuantity(`${trimmed}${unit}`);
}

/**
 * The value in cores (or any unit-less count) as a JS number, for display, charts and sorting
 * only: it is the nearest double, so it is lossy for long mantissas and Infinity past ~1.8e308.
 * Compare with `compareQuantities`, never with these numbers.
 */
export function toCores(value: string | Quantity): number {
  return Number(decimalString(toQuantity(value).nanos, 9));
}

/**
 * The value in bytes as a JS number, for display only (lossy, like `toCores`). It is not rounded
 * to a whole byte: "500m" (the classic typo for "500Mi") gives 0.5, where apimachinery's `Value()`
 * would round up to 1. Keeping the fraction lets the editor flag the typo.
 */
export function toBytes(value: string | Quantity): number {
  return toCores(value);
}

function unitError(unit: string): QuantityError {
  const hint =
    /^[eE]/.test(unit) || unit.length > 3
      ? 'use one of n u m k M G T P E (steps of 1000), Ki Mi Gi Ti Pi Ei (steps of 1024) or none'
      : suffixHint('1', unit).replace(/^".*?" is not a unit; /, '');
  return new QuantityError(unit, 'unit', `${quoteInput(unit)} is not a Kubernetes unit: ${hint}`);
}
