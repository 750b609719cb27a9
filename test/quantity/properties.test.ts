import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  compareQuantities,
  formatQuantity,
  isValidQuantity,
  parseQuantity,
  QuantityError,
  quantityFromUnit,
  quantityToUnit,
  toCores,
  type Quantity,
  type QuantityFormat,
  type QuantityUnit,
} from '../../src/quantity/index.js';

const RUNS = { numRuns: 300 };

const DECIMAL = ['n', 'u', 'm', '', 'k', 'M', 'G', 'T', 'P', 'E'] as const;
const BINARY = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'] as const;
const UNITS: readonly QuantityUnit[] = [...DECIMAL, ...BINARY];
const FORMATS: readonly QuantityFormat[] = ['DecimalSI', 'BinarySI', 'DecimalExponent'];
const MAX_BINARY = (2n ** 63n - 1n) * 10n ** 9n;

/** The grammar of api-contract.md §2.2 as one regular expression (the spec, not the parser). */
const GRAMMAR = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[numkMGTPE]|[KMGTPE]i|[eE][+-]?[0-9]+)?$/;

const digits = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });

/** Numbers in all four shapes of the grammar, biased towards small and zero-padded ones. */
const number = fc.oneof(
  digits(1, 12),
  fc.tuple(digits(1, 8), digits(1, 12)).map(([a, b]) => `${a}.${b}`),
  digits(1, 8).map((a) => `${a}.`),
  digits(1, 12).map((b) => `.${b}`),
);

const suffix = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DECIMAL) },
  { weight: 3, arbitrary: fc.constantFrom(...BINARY) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('e', 'E'),
        fc.constantFrom('', '+', '-'),
        fc.integer({ min: 0, max: 40 }),
      )
      .map(([e, sign, exponent]) => `${e}${sign}${exponent}`),
  },
);

/** Grammatical quantity text. */
const quantityText = fc
  .tuple(fc.constantFrom('', '', '+', '-'), number, suffix)
  .map(([sign, n, s]) => `${sign}${n}${s}`);

/** Grammatical text damaged by inserting, deleting or replacing characters: near misses. */
const ALPHABET = [...'0123456789.+-eEinumkKMGTPBb ', '\t', 'µ', ',', 'x'];
const nearMiss = fc
  .tuple(
    quantityText,
    fc.array(
      fc.tuple(
        fc.constantFrom('insert', 'delete', 'replace'),
        fc.nat(),
        fc.constantFrom(...ALPHABET),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([text, edits]) => {
    let result = text;
    for (const [kind, at, char] of edits) {
      const i = result.length === 0 ? 0 : at % (result.length + 1);
      if (kind === 'insert') result = result.slice(0, i) + char + result.slice(i);
      else if (kind === 'delete') result = result.slice(0, i) + result.slice(i + 1);
      else result = result.slice(0, i) + char + result.slice(i + 1);
    }
    return result;
  });

const quantity: fc.Arbitrary<Quantity> = quantityText.map((text) => parseQuantity(text));
const format = fc.constantFrom(...FORMATS);

/** Parses, and fails the property on anything but a QuantityError. */
function parseOrExplain(text: string): Quantity | QuantityError {
  try {
    return parseQuantity(text);
  } catch (error) {
    if (error instanceof QuantityError) return error;
    throw error;
  }
}

/**
 * An independent model of the parser: the exact rational value num/den of the text, then
 * nanos = ceil(|num| × 10^9 / den) with the sign put back (Kubernetes rounds away from zero) and
 * BinarySI capped at 2^63-1 units.
 */
function modelNanos(text: string): bigint {
  const match = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(.*)$/.exec(text);
  if (match === null) throw new Error(`model cannot read ${text}`);
  const [, sign = '', integer = '', fraction = '', unit = ''] = match;
  let num = BigInt(`0${integer}${fraction}`);
  let den = 10n ** BigInt(fraction.length);
  const binary = BINARY.indexOf(unit as (typeof BINARY)[number]);
  if (binary >= 0) {
    num *= 1024n ** BigInt(binary + 1);
  } else {
    const decimal = DECIMAL.indexOf(unit as (typeof DECIMAL)[number]);
    const exponent = decimal >= 0 ? 3 * (decimal - 3) : Number(unit.slice(1));
    if (exponent >= 0) num *= 10n ** BigInt(exponent);
    else den *= 10n ** BigInt(-exponent);
  }
  num *= 10n ** 9n;
  let nanos = num / den + (num % den === 0n ? 0n : 1n);
  if (binary >= 0 && nanos > MAX_BINARY) nanos = MAX_BINARY;
  return sign === '-' ? -nanos : nanos;
}

describe('quantity properties (fast-check)', () => {
  it('accepts exactly the documented grammar', () => {
    fc.assert(
      fc.property(fc.oneof(quantityText, nearMiss), (text) => {
        const result = parseOrExplain(text);
        if (GRAMMAR.test(text)) {
          // Only the documented size bounds may reject grammatical text.
          if (result instanceof QuantityError)
            expect(['range', 'exponent', 'length']).to.include(result.reason);
        } else {
          expect(result).to.be.instanceOf(QuantityError);
        }
        expect(isValidQuantity(text)).to.equal(!(result instanceof QuantityError));
      }),
      RUNS,
    );
  });

  it('matches an exact rational model, rounding away from zero to the nano', () => {
    fc.assert(
      fc.property(quantityText, (text) => {
        expect(parseQuantity(text).nanos, text).to.equal(modelNanos(text));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws anything but QuantityError, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 30 }),
          nearMiss,
        ),
        (text) => {
          const result = parseOrExplain(text);
          if (result instanceof QuantityError) {
            expect(result.name).to.equal('QuantityError');
            expect(result.input).to.equal(text);
            expect(result.message).to.contain('is not a valid quantity');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('parse ∘ format is the identity on values', () => {
    fc.assert(
      fc.property(quantity, (q) => {
        const text = formatQuantity(q);
        expect(GRAMMAR.test(text), text).to.equal(true);
        expect(compareQuantities(parseQuantity(text), q), text).to.equal(0);
      }),
      RUNS,
    );
  });

  it('keeps the value in every explicit format (BinarySI up to its 2^63-1 cap)', () => {
    fc.assert(
      fc.property(quantity, format, (q, f) => {
        fc.pre(f !== 'BinarySI' || (q.nanos <= MAX_BINARY && q.nanos >= -MAX_BINARY));
        expect(compareQuantities(formatQuantity(q, f), q)).to.equal(0);
      }),
      RUNS,
    );
  });

  it('gives equal values the same canonical text in a given format', () => {
    fc.assert(
      fc.property(quantity, format, (q, f) => {
        // Same value, different spelling: the exact amount in nanos.
        const respelled = parseQuantity(`${q.nanos}n`);
        expect(formatQuantity(respelled, f)).to.equal(formatQuantity(q, f));
      }),
      RUNS,
    );
  });

  it('compare is antisymmetric, reflexive and agrees with the formatted text', () => {
    fc.assert(
      fc.property(quantity, quantity, (a, b) => {
        const ab = compareQuantities(a, b);
        expect(compareQuantities(b, a)).to.equal(ab === 0 ? 0 : -ab);
        expect(compareQuantities(a, a)).to.equal(0);
        expect(compareQuantities(formatQuantity(a), formatQuantity(b))).to.equal(ab);
        // The lossy number never contradicts the exact order.
        if (ab < 0) expect(toCores(a)).to.be.at.most(toCores(b));
      }),
      RUNS,
    );
  });

  it('compare is transitive', () => {
    fc.assert(
      fc.property(quantity, quantity, quantity, (a, b, c) => {
        if (compareQuantities(a, b) <= 0 && compareQuantities(b, c) <= 0) {
          expect(compareQuantities(a, c)).to.be.at.most(0);
        }
      }),
      RUNS,
    );
  });

  it('parses integers with a suffix exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.constantFrom(...UNITS), (n, unit) => {
        const parsed = parseQuantity(`${n}${unit}`);
        const expected =
          unit in { Ki: 1, Mi: 1, Gi: 1, Ti: 1, Pi: 1, Ei: 1 }
            ? n * 1024n ** BigInt(BINARY.indexOf(unit as (typeof BINARY)[number]) + 1) * 10n ** 9n
            : n * 10n ** BigInt(9 + 3 * (DECIMAL.indexOf(unit as (typeof DECIMAL)[number]) - 3));
        expect(parsed.nanos).to.equal(
          expected > MAX_BINARY && unit.endsWith('i') ? MAX_BINARY : expected,
        );
      }),
      RUNS,
    );
  });

  it('quantityToUnit and quantityFromUnit round-trip exactly', () => {
    fc.assert(
      fc.property(quantity, fc.constantFrom(...UNITS), (q, unit) => {
        fc.pre(!unit.endsWith('i') || (q.nanos <= MAX_BINARY && q.nanos >= -MAX_BINARY));
        const { amount } = quantityToUnit(q, unit);
        expect(compareQuantities(quantityFromUnit(amount, unit), q)).to.equal(0);
      }),
      RUNS,
    );
  });
});
