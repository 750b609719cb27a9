/**
 * Shared shapes and suffix tables, after apimachinery pkg/api/resource (quantity.go, suffix.go).
 */

/** The three serialisations Kubernetes knows; a parsed quantity remembers which one it used. */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/**
 * An exact Kubernetes quantity: value = nanos × 10⁻⁹. Nano is the finest step Kubernetes keeps
 * when parsing (finer values are rounded away from zero), so an integer count of nanos is exact.
 */
export interface Quantity {
  readonly nanos: bigint;
  readonly format: QuantityFormat;
  /** The text this quantity was parsed from, when it came from `parseQuantity`. */
  readonly source?: string;
}

/** The decimal SI suffixes and their power of ten. Lowercase `k`: 1k = 1000; `K` is invalid. */
export const DECIMAL_SUFFIXES = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
} as const;

/** The binary SI suffixes and their power of 1024. */
export const BINARY_SUFFIXES = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 } as const;

export type DecimalSuffix = keyof typeof DECIMAL_SUFFIXES;
export type BinarySuffix = keyof typeof BINARY_SUFFIXES;

/** Every suffix a quantity can be expressed in (the `e<n>` exponent form aside). */
export type QuantityUnit = DecimalSuffix | BinarySuffix;

export const NANOS_PER_UNIT = 1_000_000_000n;

/** The suffix for a power of ten (multiple of 3 from -9 to 18), if DecimalSI has one. */
export function decimalSuffixFor(exponent: number): DecimalSuffix | undefined {
  for (const [suffix, power] of Object.entries(DECIMAL_SUFFIXES)) {
    if (power === exponent) return suffix as DecimalSuffix;
  }
  return undefined;
}

/** The suffix for a power of 1024 (0 to 6): `''` for 1024⁰, then Ki..Ei. */
export function binarySuffixFor(power: number): BinarySuffix | '' | undefined {
  if (power === 0) return '';
  for (const [suffix, p] of Object.entries(BINARY_SUFFIXES)) {
    if (p === power) return suffix as BinarySuffix;
  }
  return undefined;
}

export function isDecimalSuffix(text: string): text is DecimalSuffix {
  return Object.prototype.hasOwnProperty.call(DECIMAL_SUFFIXES, text);
}

export function isBinarySuffix(text: string): text is BinarySuffix {
  return Object.prototype.hasOwnProperty.call(BINARY_SUFFIXES, text);
}

export function isQuantityUnit(text: string): text is QuantityUnit {
  return isDecimalSuffix(text) || isBinarySuffix(text);
}

export function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}
