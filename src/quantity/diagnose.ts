/**
 * Turns a rejected quantity into a message a person can act on. Only called for text the parser
 * already refused, so it may guess at intent ("1GB" probably meant gigabytes) but never decides
 * validity. The hints cover the mistakes dashboards see most: byte units ("KB", "Mb"), capital "K",
 * lowercase binary suffixes ("mi"), whitespace, commas and a missing number.
 */

import { QuantityError, quoteInput } from './quantity-error.js';
import { isBinarySuffix, isDecimalSuffix } from './types.js';

/** Name and value of each decimal letter, for hints. */
const DECIMAL_NAMES: Readonly<Record<string, readonly [name: string, power: number]>> = {
  k: ['kilo', 3],
  M: ['mega', 6],
  G: ['giga', 9],
  T: ['tera', 12],
  P: ['peta', 15],
  E: ['exa', 18],
};

const UNIT_LIST =
  'use no unit, one of n u m k M G T P E (steps of 1000), one of Ki Mi Gi Ti Pi Ei ' +
  '(steps of 1024), or an exponent such as e3';

export function explainInvalidQuantity(text: string): QuantityError {
  const fail = (reason: QuantityError['reason'], detail: string): QuantityError =>
    new QuantityError(text, reason, `${quoteInput(text)} is not a valid quantity: ${detail}`);

  if (text === '') {
    return fail(
      'empty',
      'it is empty; write a number, optionally with a unit, such as "500m" or "128Mi"',
    );
  }
  if (/\s/.test(text)) {
    const squeezed = text.replace(/\s+/g, '');
    return fail(
      'whitespace',
      'it contains whitespace, which Kubernetes rejects anywhere in a quantity' +
        (squeezed === '' ? '' : `; write ${JSON.stringify(squeezed)}`),
    );
  }

  const match = /^([+-]*)([0-9]*)(?:\.([0-9]*))?([\s\S]*)$/.exec(text);
  const signs = match?.[1] ?? '';
  const integer = match?.[2] ?? '';
  const fraction = match?.[3];
  const rest = match?.[4] ?? '';
  const number = `${signs}${integer}${fraction === undefined ? '' : `.${fraction}`}`;

  if (signs.length > 1) {
    return fail(
      'number',
      'it has more than one sign; write at most one "+" or "-" before the number',
    );
  }
  if (integer === '' && (fraction ?? '') === '') {
    if (rest !== '' && isSuffixLike(rest)) {
      return fail(
        'number',
        `the unit has no number in front of it; write e.g. ${JSON.stringify(`1${rest}`)}`,
      );
    }
    return fail('number', 'it does not start with a number; write e.g. "2", "0.5" or "500m"');
  }
  if (rest.startsWith(',')) {
    return fail('number', 'use "." as the decimal point and no thousands separators, e.g. "1.5"');
  }
  if (rest.startsWith('.')) return fail('number', 'it has more than one decimal point');
  return fail(
    rest.startsWith('e') || rest.startsWith('E') ? 'exponent' : 'suffix',
    suffixHint(number, rest),
  );
}

/** Explains why `suffix` is not a unit, suggesting what `number` + a real unit would be. */
export function suffixHint(number: string, suffix: string): string {
  const quoted = (unit: string): string => JSON.stringify(`${number}${unit}`);
  const bytes = /^([kKmMgGtTpPeE])([iI]?)[bB]$/.exec(suffix);
  if (bytes !== null) {
    const letter = decimalLetter(bytes[1] ?? '');
    return (
      `Kubernetes units have no "B" (bytes are implied); write ${quoted(letter)} ` +
      `(×${powerText(letter)}) or ${quoted(`${letter.toUpperCase()}i`)} (×${binaryText(letter)})`
    );
  }
  if (suffix === 'K') {
    return 'the kilo suffix is lowercase "k" (1k = 1000) or binary "Ki" (1Ki = 1024)';
  }
  const binary = /^([kKmMgGtTpPeE])([iI])$/.exec(suffix);
  if (binary !== null) {
    const fixed = `${(binary[1] ?? '').toUpperCase()}i`;
    const milli = binary[1] === 'm' ? '; a lowercase "m" alone means milli (1/1000)' : '';
    return (
      'binary suffixes are a capital letter and a lowercase "i"; ' +
      `write ${quoted(fixed)} (×${binaryText(fixed)})${milli}`
    );
  }
  if (/^[gtp]$/.test(suffix)) {
    const letter = suffix.toUpperCase();
    const [name] = DECIMAL_NAMES[letter] ?? ['', 0];
    return (
      `the ${name} suffix is uppercase "${letter}" (×${powerText(letter)}) ` +
      `or binary "${letter}i" (×${binaryText(letter)}); ` +
      `write ${quoted(letter)} or ${quoted(`${letter}i`)}`
    );
  }
  if (suffix === 'N' || suffix === 'U' || suffix === 'µ' || suffix === 'μ') {
    const fixed = suffix === 'N' ? 'n' : 'u';
    const name = fixed === 'n' ? 'nano' : 'micro';
    return `the ${name} suffix is lowercase "${fixed}"; write ${quoted(fixed)}`;
  }
  if (/^[eE]/.test(suffix)) {
    if (suffix.length === 1) return 'the exponent after "e" is missing; write e.g. "1e3" (= 1000)';
    return `the exponent after "${suffix[0] ?? 'e'}" must be a whole number, e.g. "1e3" or "5e-3"`;
  }
  if (suffix === '%') return `a quantity is not a percentage; ${UNIT_LIST}`;
  const head = /^([a-zA-Z]+)/.exec(suffix)?.[1];
  if (head !== undefined && head !== suffix && (isDecimalSuffix(head) || isBinarySuffix(head))) {
    const extra = JSON.stringify(suffix.slice(head.length));
    return `unexpected ${extra} after the unit "${head}"; write ${quoted(head)}`;
  }
  return `${JSON.stringify(suffix)} is not a unit; ${UNIT_LIST}`;
}

function isSuffixLike(text: string): boolean {
  return isDecimalSuffix(text) || isBinarySuffix(text) || /^[eE][+-]?[0-9]+$/.test(text);
}

/** Maps any-case k/m/g/t/p/e to the Kubernetes decimal letter (only kilo is lowercase). */
function decimalLetter(letter: string): string {
  return letter === 'k' || letter === 'K' ? 'k' : letter.toUpperCase();
}

function powerText(letter: string): string {
  const power = DECIMAL_NAMES[letter]?.[1] ?? 0;
  return power === 3 ? '1000' : `10^${power}`;
}

function binaryText(letter: string): string {
  const index = 'KMGTPE'.indexOf(letter.charAt(0).toUpperCase()) + 1;
  return index === 1 ? '1024' : `2^${index * 10}`;
}
