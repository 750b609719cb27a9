import { expect } from '@open-wc/testing';
import {
  isValidQuantity,
  parseQuantity,
  QuantityError,
  type QuantityErrorReason,
  type QuantityFormat,
} from '../../src/quantity/index.js';

/** Expects `fn` to throw a QuantityError and returns it. */
function expectQuantityError(fn: () => unknown): QuantityError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(QuantityError);
    return error as QuantityError;
  }
  throw new Error('expected a QuantityError, nothing was thrown');
}

/** decQuantity(m, e) of quantity_test.go in nanos: m × 10^(e + 9). */
const dec = (mantissa: bigint, exponent: number): bigint => mantissa * 10n ** BigInt(exponent + 9);
const MAX_BINARY = (2n ** 63n - 1n) * 10n ** 9n;

// [input, nanos, format] — TestQuantityParse from apimachinery quantity_test.go, plus the brief.
const VALID: ReadonlyArray<readonly [string, bigint, QuantityFormat]> = [
  ['0', 0n, 'DecimalSI'],
  ['0n', 0n, 'DecimalSI'],
  ['0u', 0n, 'DecimalSI'],
  ['0m', 0n, 'DecimalSI'],
  ['0Ki', 0n, 'BinarySI'],
  ['0k', 0n, 'DecimalSI'],
  ['0Mi', 0n, 'BinarySI'],
  ['0M', 0n, 'DecimalSI'],
  ['0Gi', 0n, 'BinarySI'],
  ['0G', 0n, 'DecimalSI'],
  ['0Ti', 0n, 'BinarySI'],
  ['0T', 0n, 'DecimalSI'],
  ['1', dec(1n, 0), 'DecimalSI'],
  // Binary suffixes
  ['1Ki', dec(1024n, 0), 'BinarySI'],
  ['8Ki', dec(8n * 1024n, 0), 'BinarySI'],
  ['7Mi', dec(7n * 1024n ** 2n, 0), 'BinarySI'],
  ['6Gi', dec(6n * 1024n ** 3n, 0), 'BinarySI'],
  ['5Ti', dec(5n * 1024n ** 4n, 0), 'BinarySI'],
  ['4Pi', dec(4n * 1024n ** 5n, 0), 'BinarySI'],
  ['3Ei', dec(3n * 1024n ** 6n, 0), 'BinarySI'],
  ['10Ti', dec(10n * 1024n ** 4n, 0), 'BinarySI'],
  ['100Ti', dec(100n * 1024n ** 4n, 0), 'BinarySI'],
  // Decimal suffixes
  ['5n', dec(5n, -9), 'DecimalSI'],
  ['4u', dec(4n, -6), 'DecimalSI'],
  ['3m', dec(3n, -3), 'DecimalSI'],
  ['9', dec(9n, 0), 'DecimalSI'],
  ['8k', dec(8n, 3), 'DecimalSI'],
  ['50k', dec(5n, 4), 'DecimalSI'],
  ['7M', dec(7n, 6), 'DecimalSI'],
  ['6G', dec(6n, 9), 'DecimalSI'],
  ['5T', dec(5n, 12), 'DecimalSI'],
  ['40T', dec(4n, 13), 'DecimalSI'],
  ['300T', dec(3n, 14), 'DecimalSI'],
  ['2P', dec(2n, 15), 'DecimalSI'],
  ['1E', dec(1n, 18), 'DecimalSI'],
  // Decimal exponents ("1E" above is exa, "1E3" is the exponent form)
  ['1E-3', dec(1n, -3), 'DecimalExponent'],
  ['1e3', dec(1n, 3), 'DecimalExponent'],
  ['1E3', dec(1n, 3), 'DecimalExponent'],
  ['1E6', dec(1n, 6), 'DecimalExponent'],
  ['1e9', dec(1n, 9), 'DecimalExponent'],
  ['1E12', dec(1n, 12), 'DecimalExponent'],
  ['1e15', dec(1n, 15), 'DecimalExponent'],
  ['1E18', dec(1n, 18), 'DecimalExponent'],
  ['1e14', dec(1n, 14), 'DecimalExponent'],
  ['1e13', dec(1n, 13), 'DecimalExponent'],
  ['1e+3', dec(1n, 3), 'DecimalExponent'],
  ['1e03', dec(1n, 3), 'DecimalExponent'],
  ['1e0', dec(1n, 0), 'DecimalExponent'],
  ['100.035k', dec(100035n, 0), 'DecimalSI'],
  // Things that look like floating point
  ['0.001', dec(1n, -3), 'DecimalSI'],
  ['0.0005k', dec(5n, -1), 'DecimalSI'],
  ['0.005', dec(5n, -3), 'DecimalSI'],
  ['0.05', dec(5n, -2), 'DecimalSI'],
  ['0.5', dec(5n, -1), 'DecimalSI'],
  ['0.00050k', dec(5n, -1), 'DecimalSI'],
  ['0.00500', dec(5n, -3), 'DecimalSI'],
  ['0.05000', dec(5n, -2), 'DecimalSI'],
  ['0.50000', dec(5n, -1), 'DecimalSI'],
  ['0.5e0', dec(5n, -1), 'DecimalExponent'],
  ['0.5e-1', dec(5n, -2), 'DecimalExponent'],
  ['0.5e-2', dec(5n, -3), 'DecimalExponent'],
  ['10.035M', dec(10035n, 3), 'DecimalSI'],
  ['1.2e3', dec(12n, 2), 'DecimalExponent'],
  ['1.3E+6', dec(13n, 5), 'DecimalExponent'],
  ['1.40e9', dec(14n, 8), 'DecimalExponent'],
  ['1.53E12', dec(153n, 10), 'DecimalExponent'],
  ['1.6e15', dec(16n, 14), 'DecimalExponent'],
  ['1.7E18', dec(17n, 17), 'DecimalExponent'],
  ['9.01', dec(901n, -2), 'DecimalSI'],
  ['8.1k', dec(81n, 2), 'DecimalSI'],
  ['7.123456M', dec(7123456n, 0), 'DecimalSI'],
  ['6.987654321G', dec(6987654321n, 0), 'DecimalSI'],
  ['5.444T', dec(5444n, 9), 'DecimalSI'],
  ['40.1T', dec(401n, 11), 'DecimalSI'],
  ['300.2T', dec(3002n, 11), 'DecimalSI'],
  ['2.5P', dec(25n, 14), 'DecimalSI'],
  ['1.01E', dec(101n, 16), 'DecimalSI'],
  // Things that saturate or round (up, away from zero, to the nano)
  ['3.001n', 4n, 'DecimalSI'],
  ['1.1E-9', 2n, 'DecimalExponent'],
  ['0.0000000001', 1n, 'DecimalSI'],
  ['0.0000000005', 1n, 'DecimalSI'],
  ['0.00000000050', 1n, 'DecimalSI'],
  ['0.5e-9', 1n, 'DecimalExponent'],
  ['0.9n', 1n, 'DecimalSI'],
  ['0.00000012345', 124n, 'DecimalSI'],
  ['0.00000012354', 124n, 'DecimalSI'],
  ['1e-2147483647', 1n, 'DecimalExponent'],
  ['0e2147483647', 0n, 'DecimalExponent'],
  ['9Ei', MAX_BINARY, 'BinarySI'],
  ['8Ei', MAX_BINARY, 'BinarySI'],
  ['9223372036854775807Ki', MAX_BINARY, 'BinarySI'],
  ['7Ei', dec(7n * 1024n ** 6n, 0), 'BinarySI'],
  ['12E', dec(12n, 18), 'DecimalSI'],
  ['1000E', dec(1n, 21), 'DecimalSI'],
  ['18446744073709551616', dec(18446744073709551616n, 0), 'DecimalSI'],
  // Fractional binary values
  ['100.035Ki', dec(10243584n, -2), 'BinarySI'],
  ['0.5Mi', dec(512n * 1024n, 0), 'BinarySI'],
  ['0.05Gi', dec(536870912n, -1), 'BinarySI'],
  ['0.025Ti', dec(274877906944n, -1), 'BinarySI'],
  ['1.5Gi', 1_610_612_736n * 10n ** 9n, 'BinarySI'],
  ['1.1Gi', 1_181_116_006_400n * 10n ** 6n, 'BinarySI'],
  ['0.5Ki', dec(512n, 0), 'BinarySI'],
  // Below one, a binary value becomes DecimalSI ("This avoids rounding and hopefully confusion")
  ['0.000000000001Ki', 2n, 'DecimalSI'],
  ['.001Ki', dec(1024n, -3), 'BinarySI'],
  ['.0001Ki', 102_400_000n, 'DecimalSI'],
  // Things written by trolls (all inside the grammar)
  ['.001', dec(1n, -3), 'DecimalSI'],
  ['.0001k', dec(100n, -3), 'DecimalSI'],
  ['1.', dec(1n, 0), 'DecimalSI'],
  ['1.G', dec(1n, 9), 'DecimalSI'],
  ['1.e3', dec(1n, 3), 'DecimalExponent'],
  ['007', dec(7n, 0), 'DecimalSI'],
  ['00.500', dec(5n, -1), 'DecimalSI'],
];

// Every one throws QuantityError; the reason is the one a form would use to explain it.
const INVALID: ReadonlyArray<readonly [string, QuantityErrorReason]> = [
  ['', 'empty'],
  ['1K', 'suffix'],
  ['K', 'number'],
  ['1KB', 'suffix'],
  ['1kB', 'suffix'],
  ['1Mb', 'suffix'],
  ['1MB', 'suffix'],
  ['1GB', 'suffix'],
  ['1GiB', 'suffix'],
  ['1mi', 'suffix'],
  ['1gi', 'suffix'],
  ['1ki', 'suffix'],
  ['1KI', 'suffix'],
  ['1g', 'suffix'],
  ['1t', 'suffix'],
  ['1U', 'suffix'],
  ['1µ', 'suffix'],
  ['0.1mi', 'suffix'],
  ['0.1am', 'suffix'],
  ['1i', 'suffix'],
  ['.5i', 'suffix'],
  ['-3.01i', 'suffix'],
  ['1Kib', 'suffix'],
  ['1Mi1', 'suffix'],
  ['1k8', 'suffix'],
  ['1%', 'suffix'],
  ['0x10', 'suffix'],
  ['1_000', 'suffix'],
  ['1+1.0M', 'suffix'],
  ['aoeu', 'number'],
  ['Non-Numeric', 'number'],
  ['NaN', 'number'],
  ['Infinity', 'number'],
  ['1.1.M', 'number'],
  ['1..5', 'number'],
  ['1.5.', 'number'],
  ['1,5', 'number'],
  ['1,000', 'number'],
  ['.', 'number'],
  ['-.', 'number'],
  ['+', 'number'],
  ['-', 'number'],
  ['--1', 'number'],
  ['+-1', 'number'],
  ['M', 'number'],
  ['Ki', 'number'],
  ['e3', 'number'],
  ['E3', 'number'],
  ['1e', 'exponent'],
  ['1E+', 'exponent'],
  ['-3.01e-', 'exponent'],
  ['1e3.5', 'exponent'],
  ['1e3e3', 'exponent'],
  ['1ee3', 'exponent'],
  ['1e4294967297', 'exponent'],
  ['1e2147483648', 'exponent'],
  ['1e-2147483648', 'exponent'],
  ['1e99999999999999999999', 'exponent'],
  ['1e999999999', 'range'],
  ['1e2147483647', 'range'],
  ['1e1000', 'range'],
  [' 1', 'whitespace'],
  ['1 ', 'whitespace'],
  ['1 Gi', 'whitespace'],
  ['1\t', 'whitespace'],
  ['\n1', 'whitespace'],
  ['1\u00a0Mi', 'whitespace'],
  ['\uff11', 'number'], // fullwidth digit one: only ASCII digits count
  ['1'.repeat(1001), 'length'],
];

describe('parseQuantity', () => {
  describe('valid quantities (apimachinery TestQuantityParse)', () => {
    for (const [input, nanos, format] of VALID) {
      it(`${JSON.stringify(input)} → ${nanos}n, ${format}`, () => {
        const parsed = parseQuantity(input);
        expect(parsed.nanos).to.equal(nanos);
        expect(parsed.format).to.equal(format);
        expect(parsed.source).to.equal(input);
        expect(isValidQuantity(input)).to.equal(true);
        // A sign changes the sign of the value only (Kubernetes rounds the magnitude).
        expect(parseQuantity(`-${input}`).nanos).to.equal(-nanos);
        expect(parseQuantity(`-${input}`).format).to.equal(format);
        expect(parseQuantity(`+${input}`).nanos).to.equal(nanos);
      });
    }
  });

  describe('invalid quantities', () => {
    for (const [input, reason] of INVALID) {
      const shown = input.length > 30 ? `${input.slice(0, 30)}…` : input;
      it(`${JSON.stringify(shown)} → ${reason}`, () => {
        const error = expectQuantityError(() => parseQuantity(input));
        expect(error.reason).to.equal(reason);
        expect(error.input).to.equal(input);
        expect(isValidQuantity(input)).to.equal(false);
      });
    }
  });

  it('throws a QuantityError for non-string input from untyped callers', () => {
    const untyped = parseQuantity as (value: unknown) => unknown;
    for (const value of [1, null, undefined, {}, 1n]) {
      expectQuantityError(() => untyped(value));
    }
  });

  it('returns frozen quantities', () => {
    expect(Object.isFrozen(parseQuantity('1Gi'))).to.equal(true);
  });

  it('never builds huge numbers for absurd exponents or lengths', () => {
    const started = performance.now();
    expectQuantityError(() => parseQuantity('1e2147483647'));
    expectQuantityError(() => parseQuantity('9'.repeat(999) + 'e2'));
    expectQuantityError(() => parseQuantity('x'.repeat(1_000_000)));
    expect(parseQuantity('1e-2147483647').nanos).to.equal(1n);
    expect(parseQuantity(`0.${'9'.repeat(990)}Ki`).nanos).to.equal(1024n * 10n ** 9n);
    expect(parseQuantity(`0.${'0'.repeat(990)}1Ei`).nanos).to.equal(1n);
    expect(parseQuantity('9'.repeat(1000)).nanos).to.equal((10n ** 1000n - 1n) * 10n ** 9n);
    expect(performance.now() - started).to.be.below(2000);
  });
});

describe('QuantityError messages', () => {
  it('explains the capital K as the brief words it', () => {
    const error = expectQuantityError(() => parseQuantity('1K'));
    expect(error.name).to.equal('QuantityError');
    expect(error).to.be.instanceOf(Error);
    expect(error.message).to.equal(
      '"1K" is not a valid quantity: ' +
        'the kilo suffix is lowercase "k" (1k = 1000) or binary "Ki" (1Ki = 1024)',
    );
  });

  const HINTS: ReadonlyArray<readonly [string, string]> = [
    ['', 'it is empty'],
    ['1KB', 'no "B" (bytes are implied); write "1k" (×1000) or "1Ki" (×1024)'],
    ['1Mb', 'write "1M" (×10^6) or "1Mi" (×2^20)'],
    ['2GB', 'write "2G" (×10^9) or "2Gi" (×2^30)'],
    ['1mi', 'write "1Mi"'],
    ['1mi', 'lowercase "m" alone means milli'],
    ['1KI', 'write "1Ki"'],
    ['1g', 'uppercase "G"'],
    ['1 Gi', 'whitespace'],
    ['1 Gi', 'write "1Gi"'],
    [' ', 'whitespace'],
    ['1,5', 'use "." as the decimal point'],
    ['1.1.M', 'more than one decimal point'],
    ['--1', 'more than one sign'],
    ['.', 'does not start with a number'],
    ['Mi', 'write e.g. "1Mi"'],
    ['e3', 'write e.g. "1e3"'],
    ['1e', 'the exponent after "e" is missing'],
    ['1e+', 'must be a whole number'],
    ['1e999999999', 'too large'],
    ['1e4294967297', 'out of range'],
    ['1Mi1', 'unexpected "1" after the unit "Mi"'],
    ['1cores', '"cores" is not a unit'],
    ['1%', 'not a percentage'],
    ['1\t', '"1\\t" is not a valid quantity'],
  ];
  for (const [input, fragment] of HINTS) {
    it(`${JSON.stringify(input)} says ${JSON.stringify(fragment)}`, () => {
      const error = expectQuantityError(() => parseQuantity(input));
      expect(error.message).to.contain(fragment);
      expect(error.message).to.contain('is not a valid quantity');
    });
  }
});
