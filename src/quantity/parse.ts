/**
 * Parsing and comparing Kubernetes quantities, exactly and without floating point.
 *
 * Grammar (apimachinery pkg/api/resource/quantity.go):
 *
 *   <quantity>        ::= <signedNumber><suffix>
 *   <signedNumber>    ::= <number> | "+" <number> | "-" <number>
 *   <number>          ::= <digits> | <digits>.<digits> | <digits>. | .<digits>
 *   <suffix>          ::= <binarySI> | <decimalExponent> | <decimalSI>
 *   <binarySI>        ::= Ki | Mi | Gi | Ti | Pi | Ei
 *   <decimalSI>       ::= n | u | m | "" | k | M | G | T | P | E
 *   <decimalExponent> ::= "e" <signedInteger> | "E" <signedInteger>
 *
 * Where this library is stricter than apimachinery's scanner, and why:
 * - A number needs at least one digit. apimachinery's hand-written scanner lets ".", "+", "-.",
 *   "M", "Ki" and "e3" through as zero; the documented grammar above does not, and a person who
 *   typed "e3" or "Mi" did not mean zero.
 * - The exponent is a signed integer in [-2147483647, 2147483647], as apimachinery enforces
 *   (quantity_test.go TestInterpretExponentInt32Bounds). Its scanner also reads "1e+3"; so do we.
 * - Bounds apimachinery does not have, so that hostile text can never make us allocate a huge
 *   BigInt or spin: at most MAX_QUANTITY_LENGTH characters, and a value below
 *   10^MAX_INTEGER_DIGITS.
 *   Tiny values need no bound: "1e-2147483647" is just rounded up to 1n, as in Kubernetes.
 *
 * Rounding: Kubernetes keeps nano precision and rounds any finer non-zero value **away from zero**
 * (`inf.RoundUp` on the magnitude, then the sign is put back): "0.9n" → 1n, "3.001n" → 4n,
 * "-0.9n" → -1n, "1.1e-9" → 2n. "If you want some resources, you should get some resources."
 *
 * Caps: a BinarySI value is silently capped at 2^63-1 in magnitude, as in Kubernetes ("8Ei" and
 * "9Ei" both parse as 9223372036854775807). Decimal values are not capped.
 *
 * Format: the suffix family decides it (DecimalSI for `n..E` and no suffix, BinarySI for `Ki..Ei`,
 * DecimalExponent for `e<n>`), except that a BinarySI value strictly between -1 and 1 (and not 0)
 * becomes DecimalSI, as in Kubernetes (".000000000001Ki" → "2n").
 */

import { explainInvalidQuantity } from './diagnose.js';
import { QuantityError, quoteInput } from './quantity-error.js';
import {
  BINARY_SUFFIXES,
  DECIMAL_SUFFIXES,
  isBinarySuffix,
  isDecimalSuffix,
  NANOS_PER_UNIT,
  type Quantity,
  type QuantityFormat,
} from './types.js';

/** Longest text accepted; real quantities are a few dozen characters at most. */
export const MAX_QUANTITY_LENGTH = 1000;

/** A parsed value must have at most this many digits before the decimal point (< 10^1000). */
export const MAX_INTEGER_DIGITS = 1000;

/** apimachinery keeps the exponent in an int32 scale that it negates, so ±(2^31-1). */
const MAX_EXPONENT = 2_147_483_647;

/** 2^63-1 units: the silent BinarySI cap (`maxAllowed` in quantity.go). */
const MAX_BINARY_NANOS = (2n ** 63n - 1n) * NANOS_PER_UNIT;

/** Sign, integer digits, optional "." and fraction digits, then everything else as the suffix. */
const SHAPE = /^([+-]?)([0-9]*)(?:\.([0-9]*))?([\s\S]*)$/;
const EXPONENT_SUFFIX = /^[eE]([+-]?)([0-9]+)$/;

/** The pieces of a syntactically valid quantity, before any arithmetic. */
interface QuantityParts {
  readonly negative: boolean;
  readonly integer: string;
  readonly fraction: string;
  readonly suffix: string;
}

/** Parses a Kubernetes quantity exactly. Throws `QuantityError` for anything else. */
export function parseQuantity(text: string): Quantity {
  if (typeof text !== 'string') {
    const shown = typeof text === 'number' ? String(text) : typeof text;
    throw new QuantityError(
      String(text),
      'number',
      `${shown} is not a valid quantity: quantities are strings such as "500m" or "128Mi"`,
    );
  }
  if (text.length > MAX_QUANTITY_LENGTH) {
    throw new QuantityError(
      text,
      'length',
      `${quoteInput(text)} is not a valid quantity: it is ${text.length} characters long, ` +
        `the limit is ${MAX_QUANTITY_LENGTH}`,
    );
  }
  const parts = splitQuantity(text);
  if (parts === undefined) throw explainInvalidQuantity(text);

  const { negative, integer, fraction, suffix } = parts;
  // Leading zeros carry no value; dropping them keeps the magnitude check honest for "000001e999".
  const digits = (integer + fraction).replace(/^0+/, '');
  let magnitude: bigint;
  let format: QuantityFormat;

  if (isBinarySuffix(suffix)) {
    format = 'BinarySI';
    magnitude = binaryNanos(digits, fraction.length, BINARY_SUFFIXES[suffix]);
    if (magnitude > MAX_BINARY_NANOS) magnitude = MAX_BINARY_NANOS;
    // quantity.go: "This avoids rounding and hopefully confusion, too."
    if (magnitude > 0n && magnitude < NANOS_PER_UNIT) format = 'DecimalSI';
  } else {
    let exponent: number;
    if (isDecimalSuffix(suffix)) {
      format = 'DecimalSI';
      exponent = DECIMAL_SUFFIXES[suffix];
    } else {
      format = 'DecimalExponent';
      exponent = parseExponent(text, suffix);
    }
    magnitude = decimalNanos(text, digits, exponent + 9 - fraction.length);
  }

  return Object.freeze({ nanos: negative ? -magnitude : magnitude, format, source: text });
}

/** True when `parseQuantity(text)` would succeed. */
export function isValidQuantity(text: string): boolean {
  try {
    parseQuantity(text);
    return true;
  } catch (error) {
    if (error instanceof QuantityError) return false;
    throw error;
  }
}

/** Accepts either form the public helpers take. */
export function toQuantity(value: string | Quantity): Quantity {
  return typeof value === 'string' ? parseQuantity(value) : value;
}

/**
 * Compares two quantities by exact value, never as strings: "1Gi" = "1024Mi", "1" = "1000m",
 * "0.5" = "500m". The format does not take part ("1k" = "1e3").
 */
export function compareQuantities(a: string | Quantity, b: string | Quantity): -1 | 0 | 1 {
  const x = toQuantity(a).nanos;
  const y = toQuantity(b).nanos;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Splits text that follows the grammar; undefined for anything else (the caller explains why). */
function splitQuantity(text: string): QuantityParts | undefined {
  const match = SHAPE.exec(text);
  if (match === null) return undefined;
  // "1." and ".5" are numbers per the grammar; "." alone has no digit and is not.
  const [, sign = '', integer = '', fraction = '', suffix = ''] = match;
  if (integer.length + fraction.length === 0) return undefined;
  if (!isDecimalSuffix(suffix) && !isBinarySuffix(suffix) && !EXPONENT_SUFFIX.test(suffix)) {
    return undefined;
  }
  return { negative: sign === '-', integer, fraction, suffix };
}

function parseExponent(text: string, suffix: string): number {
  const match = EXPONENT_SUFFIX.exec(suffix);
  const digits = (match?.[2] ?? '').replace(/^0+(?=[0-9])/, '');
  const value = digits.length > 10 ? Infinity : Number(digits);
  if (value > MAX_EXPONENT) {
    throw new QuantityError(
      text,
      'exponent',
      `${quoteInput(text)} is not a valid quantity: the exponent ${match?.[1] ?? ''}${digits} is ` +
        `out of range; Kubernetes accepts exponents from -${MAX_EXPONENT} to ${MAX_EXPONENT}`,
    );
  }
  return match?.[1] === '-' ? -value : value;
}

/**
 * nanos = ceil(digits × 10^shift) for a non-negative magnitude, without building 10^shift when
 * shift is hugely negative: dropped digits only decide whether to round up.
 */
function decimalNanos(text: string, digits: string, shift: number): bigint {
  if (digits === '') return 0n;
  if (shift >= 0) {
    const integerDigits = digits.length + shift - 9;
    if (integerDigits > MAX_INTEGER_DIGITS) {
      throw new QuantityError(
        text,
        'range',
        `${quoteInput(text)} is not a valid quantity: it is too large; this editor accepts ` +
          `values below 1e${MAX_INTEGER_DIGITS}`,
      );
    }
    return BigInt(digits) * 10n ** BigInt(shift);
  }
  const kept = digits.length + shift; // digits that stay at or above nano
  if (kept <= 0) return 1n; // non-zero and below 1n: rounds up to the smallest step
  const whole = BigInt(digits.slice(0, kept));
  return /[1-9]/.test(digits.slice(kept)) ? whole + 1n : whole;
}

/** nanos = ceil(digits × 1024^power × 10^(9 - fractionLength)). Inputs are length-bounded. */
function binaryNanos(digits: string, fractionLength: number, power: number): bigint {
  if (digits === '') return 0n;
  const scaled = BigInt(digits) * 1024n ** BigInt(power);
  const shift = 9 - fractionLength;
  if (shift >= 0) return scaled * 10n ** BigInt(shift);
  const divisor = 10n ** BigInt(-shift);
  const quotient = scaled / divisor;
  return scaled % divisor === 0n ? quotient : quotient + 1n;
}
