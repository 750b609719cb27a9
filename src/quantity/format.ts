/**
 * The canonical Kubernetes serialisation (apimachinery `Quantity.CanonicalizeBytes`): what the API
 * server writes back after it parses a quantity. Rules, in the order Kubernetes applies them:
 *
 * 1. Zero is "0", whatever the format.
 * 2. BinarySI is used only for a whole number of units with |value| >= 1024; then the mantissa is
 *    divided by 1024 as often as it stays an integer ("1024Mi" → "1Gi", "1536Mi" stays, "1025"
 *    stays "1025"). Anything else falls back to DecimalSI, which never loses precision
 *    ("1.1Gi" → "1181116006400m", ".001Ki" → "1024m", "0.5Ki" → "512").
 * 3. DecimalSI and DecimalExponent: all trailing zeros of the mantissa move into the exponent, then
 *    the exponent is lowered to a multiple of 3 (mantissa × 10 or × 100), so the mantissa is an
 *    integer and the exponent as large as possible: "1.5" → "1500m", "1000M" → "1G",
 *    "1.5e3" → "1500", "0.5e-1" → "50e-3".
 * 4. DecimalSI names exponents -9..18 with n u m "" k M G T P E. Beyond E (10^18) there is no
 *    suffix; current apimachinery then writes the exponent form ("1000E" → "1e21") instead of
 *    dropping the magnitude as older releases did. Likewise a BinarySI value with more than six
 *    factors of 1024 (past Ei, unreachable from parsing because of the 2^63-1 cap) is written in
 *    the DecimalExponent form. We follow the current behaviour.
 * 5. The sign is written only for negative values.
 *
 * apimachinery's `String()` sometimes echoes the parsed text instead when it is already canonical,
 * which keeps quirks such as "+1" or "1E3"; we always compute the form ("1", "1e3").
 */

import { toQuantity } from './parse.js';
import {
  abs,
  binarySuffixFor,
  decimalSuffixFor,
  NANOS_PER_UNIT,
  type Quantity,
  type QuantityFormat,
} from './types.js';

/** 1024 units, in nanos: below this, BinarySI is written as DecimalSI. */
const BINARY_THRESHOLD = 1024n * NANOS_PER_UNIT;

/**
 * The canonical Kubernetes form of a quantity. `format` overrides the quantity's own format (the
 * format a parsed quantity remembers from its suffix), e.g. to write "1Gi" as "1073741824".
 */
export function formatQuantity(value: string | Quantity, format?: QuantityFormat): string {
  const quantity = toQuantity(value);
  return canonicalize(quantity.nanos, format ?? quantity.format);
}

function canonicalize(nanos: bigint, format: QuantityFormat): string {
  if (nanos === 0n) return '0';
  if (format !== 'BinarySI') return canonicalDecimal(nanos, format);

  const magnitude = abs(nanos);
  if (magnitude < BINARY_THRESHOLD || magnitude % NANOS_PER_UNIT !== 0n) {
    // "This avoids rounding and hopefully confusion, too." / "Don't lose precision".
    return canonicalDecimal(nanos, 'DecimalSI');
  }
  let mantissa = nanos / NANOS_PER_UNIT;
  let power = 0;
  while (mantissa % 1024n === 0n) {
    mantissa /= 1024n;
    power += 1;
  }
  const suffix = binarySuffixFor(power);
  return suffix === undefined ? canonicalDecimal(nanos, 'DecimalExponent') : `${mantissa}${suffix}`;
}

function canonicalDecimal(nanos: bigint, format: 'DecimalSI' | 'DecimalExponent'): string {
  const digits = abs(nanos).toString();
  let mantissa = digits.replace(/0+$/, '');
  let exponent = -9 + (digits.length - mantissa.length);
  // Lower the exponent to a multiple of 3; nanos are integers, so it never goes below -9.
  const excess = ((exponent % 3) + 3) % 3;
  mantissa += '0'.repeat(excess);
  exponent -= excess;

  const sign = nanos < 0n ? '-' : '';
  const suffix = format === 'DecimalSI' ? decimalSuffixFor(exponent) : undefined;
  if (suffix !== undefined) return `${sign}${mantissa}${suffix}`;
  return `${sign}${mantissa}${exponent === 0 ? '' : `e${exponent}`}`;
}

/**
 * The exact decimal text of `numerator / 10^scale` ("1.5", "-0.001", "1024"): no exponent, no
 * trailing zeros after the point. Used wherever a value must be shown without floating point.
 */
export function decimalString(numerator: bigint, scale: number): string {
  const sign = numerator < 0n ? '-' : '';
  const digits = abs(numerator)
    .toString()
    .padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/**
 * `numerator / 10^scale` rounded half away from zero to at most `decimals` fraction digits, as
 * exact decimal text. Rounding here, not in Intl, keeps 1.005 from becoming "1" through binary
 * floating point.
 */
export function roundedDecimalString(numerator: bigint, scale: number, decimals: number): string {
  if (scale <= decimals) return decimalString(numerator, scale);
  const divisor = 10n ** BigInt(scale - decimals);
  const magnitude = abs(numerator);
  let rounded = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) rounded += 1n;
  return decimalString(numerator < 0n ? -rounded : rounded, decimals);
}
