/**
 * Short English labels for quantities ("0.25 core", "1.5 GiB"). Numbers have at most two decimals,
 * rounded half away from zero on the exact value, then localised by Intl.NumberFormat (grouping,
 * decimal mark). No DOM, so they work in Node and in the browser.
 */

import { roundedDecimalString } from './format.js';
import { toQuantity } from './parse.js';
import { abs, NANOS_PER_UNIT, type Quantity } from './types.js';

const MEMORY_UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;

/** Below 0.01 core, "0 cores" would hide a real request: switch to millicores. */
const MILLICORE_THRESHOLD = NANOS_PER_UNIT / 100n;

/**
 * CPU as cores: "2 cores", "1 core", "0.25 core", "1.5 cores"; below 0.01 core as millicores
 * ("5 millicores"). Singular for a shown magnitude of at most 1, as in "0.5 core".
 */
export function humanizeCpu(value: string | Quantity, locale?: string): string {
  const { nanos } = toQuantity(value);
  if (nanos !== 0n && abs(nanos) < MILLICORE_THRESHOLD) {
    return label(roundedDecimalString(nanos, 6, 2), 'millicore', 'millicores', locale, true);
  }
  return label(roundedDecimalString(nanos, 9, 2), 'core', 'cores', locale, true);
}

/**
 * Memory in binary units: "128 bytes", "512 MiB", "1.5 GiB". The largest unit that keeps the
 * number at 1 or more is used; a value that rounds to 1024 moves up a unit ("1 GiB", not
 * "1,024 MiB"). Decimal quantities are converted too ("1G" → "953.67 MiB").
 */
export function humanizeMemory(value: string | Quantity, locale?: string): string {
  const { nanos } = toQuantity(value);
  const magnitude = abs(nanos);
  let index = -1;
  while (
    index + 1 < MEMORY_UNITS.length &&
    magnitude >= 1024n ** BigInt(index + 2) * NANOS_PER_UNIT
  ) {
    index += 1;
  }
  for (;;) {
    const shown = inUnit(nanos, index + 1);
    const next = index + 1 < MEMORY_UNITS.length && Math.abs(Number(shown)) >= 1024;
    if (!next) {
      const unit = MEMORY_UNITS[index];
      return unit === undefined
        ? label(shown, 'byte', 'bytes', locale, false)
        : `${formatNumber(shown, locale)} ${unit}`;
    }
    index += 1;
  }
}

/** nanos expressed in 1024^power bytes, rounded to 2 decimals, exactly. */
function inUnit(nanos: bigint, power: number): string {
  const bits = BigInt(10 * power);
  // nanos / (10^9 × 2^bits) = nanos × 5^bits / 10^(9 + bits)
  return roundedDecimalString(nanos * 5n ** bits, 9 + 10 * power, 2);
}

/**
 * "0.25 core" reads naturally for a share of one core, so `fractionIsSingular` makes every shown
 * magnitude in (0, 1] singular; bytes keep the usual English rule ("1 byte", "0.5 bytes").
 */
function label(
  amount: string,
  singular: string,
  plural: string,
  locale: string | undefined,
  fractionIsSingular: boolean,
): string {
  const count = Math.abs(Number(amount));
  const word = count === 1 || (fractionIsSingular && count > 0 && count < 1) ? singular : plural;
  return `${formatNumber(amount, locale)} ${word}`;
}

/** `amount` already has at most 2 decimals, so Intl only localises it. */
function formatNumber(amount: string, locale: string | undefined): string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale ?? 'en', { maximumFractionDigits: 2 });
  } catch {
    // A malformed locale tag must not break a label: fall back to English.
    format = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
  }
  return format.format(Number(amount));
}
