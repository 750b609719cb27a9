import { expect } from '@open-wc/testing';
import {
  compareQuantities,
  formatQuantity,
  parseQuantity,
  QuantityError,
  type QuantityFormat,
} from '../../src/quantity/index.js';

// [input, canonical] — the brief, apimachinery TestQuantityString (canonical and alternate forms)
// and TestQuantityParseEmit.
const CANONICAL: ReadonlyArray<readonly [string, string]> = [
  ['1024Mi', '1Gi'],
  ['1536Mi', '1536Mi'],
  ['1.5Gi', '1536Mi'],
  ['0.5', '500m'],
  ['1000M', '1G'],
  ['1000m', '1'],
  ['.001Ki', '1024m'],
  ['.000001Ki', '1024u'],
  ['.000000001Ki', '1024n'],
  ['.000000000001Ki', '2n'],
  ['1.1Gi', '1181116006400m'],
  ['1e9', '1e9'],
  ['1e3', '1e3'],
  ['1.5', '1500m'],
  ['0', '0'],
  ['100m', '100m'],
  ['1.5e3', '1500'],
  ['1Ki', '1Ki'],
  ['1Mi', '1Mi'],
  ['1Gi', '1Gi'],
  ['300Mi', '300Mi'],
  ['307200Ki', '300Mi'],
  ['6Ki', '6Ki'],
  ['1001Gi', '1001Gi'],
  ['1025024Mi', '1001Gi'],
  ['1Ti', '1Ti'],
  ['1024Gi', '1Ti'],
  ['2048Ki', '2Mi'],
  ['1.5Ki', '1536'],
  ['0.5Ki', '512'],
  ['1025Ki', '1025Ki'],
  ['01Ki', '1Ki'],
  ['5', '5'],
  ['5000m', '5'],
  ['500m', '500m'],
  ['1G', '1G'],
  ['0.001T', '1G'],
  ['1000000k', '1G'],
  ['1000000000', '1G'],
  ['1m', '1m'],
  ['1000u', '1m'],
  ['80m', '80m'],
  ['1080m', '1080m'],
  ['1.08', '1080m'],
  ['1080000000n', '1080m'],
  ['300M', '300M'],
  ['1T', '1T'],
  ['1E', '1E'],
  ['12E', '12E'],
  ['1000E', '1e21'],
  ['5000E', '5e21'],
  ['1000000E', '1e24'],
  ['1234567M', '1234567M'],
  ['1234567m', '1234567m'],
  ['3k', '3k'],
  ['1025', '1025'],
  ['.001e12', '1e9'],
  ['0.001e0', '1e-3'],
  ['1000e-12', '1e-9'],
  ['80e-3', '80e-3'],
  ['300e6', '300e6'],
  ['1e12', '1e12'],
  ['3e3', '3e3'],
  ['1E3', '1e3'],
  ['1e0', '1'],
  ['1.3E+6', '1300e3'],
  ['0.5e-1', '50e-3'],
  ['1.1E-9', '2e-9'],
  ['00', '0'],
  ['-0', '0'],
  ['0Ki', '0'],
  ['0e5', '0'],
  ['1n', '1n'],
  ['80n', '80n'],
  ['1080n', '1080n'],
  ['1u', '1u'],
  ['80u', '80u'],
  ['1080u', '1080u'],
  ['0.9n', '1n'],
  ['3.001n', '4n'],
  ['+1', '1'],
  ['1.', '1'],
  ['1.0', '1'],
  ['10.035M', '10035k'],
  ['100.035k', '100035'],
  ['100.035Ki', '102435840m'],
  ['8Ei', '9223372036854775807'],
  ['9Ei', '9223372036854775807'],
  ['7Ei', '7Ei'],
  ['1e21', '1e21'],
];

// [input, format, expected]: an explicit format replaces the remembered one.
const OVERRIDES: ReadonlyArray<readonly [string, QuantityFormat, string]> = [
  ['1Gi', 'DecimalSI', '1073741824'],
  ['1Gi', 'DecimalExponent', '1073741824'],
  ['1G', 'BinarySI', '1000000000'],
  ['1024', 'BinarySI', '1Ki'],
  ['1000', 'DecimalExponent', '1e3'],
  ['1k', 'DecimalExponent', '1e3'],
  ['1e3', 'DecimalSI', '1k'],
  ['1e-3', 'DecimalSI', '1m'],
  ['500m', 'BinarySI', '500m'],
  ['1023', 'BinarySI', '1023'],
  ['2000', 'BinarySI', '2000'], // apimachinery TestBinarySIZeroExponentString
  ['-2000', 'BinarySI', '-2000'],
  ['1.5Gi', 'BinarySI', '1536Mi'],
  ['1.5Gi', 'DecimalSI', '1610612736'],
  // Past Ei there is no binary suffix: the exact DecimalExponent form (TestQuantityString).
  ['1180591620717411303424', 'BinarySI', '1180591620717411303424'],
  ['1e70', 'BinarySI', '10e69'],
  ['2e70', 'BinarySI', '20e69'],
  ['1e72', 'BinarySI', '1e72'],
  ['0', 'BinarySI', '0'],
  ['0', 'DecimalExponent', '0'],
];

describe('formatQuantity', () => {
  describe('canonical form (apimachinery CanonicalizeBytes)', () => {
    for (const [input, canonical] of CANONICAL) {
      it(`${JSON.stringify(input)} → ${JSON.stringify(canonical)}`, () => {
        expect(formatQuantity(input)).to.equal(canonical);
        expect(formatQuantity(parseQuantity(input))).to.equal(canonical);
        expect(compareQuantities(parseQuantity(canonical), input)).to.equal(0);
        // Negative values are written with a leading "-" and otherwise the same form.
        if (canonical !== '0')
          expect(formatQuantity(`-${input.replace(/^\+/, '')}`)).to.equal(`-${canonical}`);
      });
    }
  });

  describe('explicit format', () => {
    for (const [input, format, expected] of OVERRIDES) {
      it(`${JSON.stringify(input)} as ${format} → ${JSON.stringify(expected)}`, () => {
        expect(formatQuantity(input, format)).to.equal(expected);
      });
    }
  });

  it('throws QuantityError for invalid text', () => {
    expect(() => formatQuantity('1GB')).to.throw(QuantityError);
  });

  it('formats quantities built by hand', () => {
    expect(formatQuantity({ nanos: 1_500_000_000n, format: 'DecimalSI' })).to.equal('1500m');
    expect(formatQuantity({ nanos: 2n ** 30n * 10n ** 9n, format: 'BinarySI' })).to.equal('1Gi');
    expect(formatQuantity({ nanos: -(10n ** 12n), format: 'DecimalExponent' })).to.equal('-1e3');
  });
});
