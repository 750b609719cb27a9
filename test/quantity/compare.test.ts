import { expect } from '@open-wc/testing';
import { compareQuantities, parseQuantity, QuantityError } from '../../src/quantity/index.js';

// [a, b, compare(a, b)] — api-contract.md §2.2 and apimachinery TestQuantityCmp.
const COMPARISONS: ReadonlyArray<readonly [string, string, -1 | 0 | 1]> = [
  ['1Gi', '1024Mi', 0],
  ['1', '1000m', 0],
  ['0.5', '500m', 0],
  ['0', '0', 0],
  ['0', '-0', 0],
  ['0', '0Ki', 0],
  ['0n', '0E', 0],
  ['100m', '50m', 1],
  ['50m', '100m', -1],
  ['10000T', '100Gi', 1],
  ['1k', '1e3', 0],
  ['1k', '1Ki', -1],
  ['1M', '1Mi', -1],
  ['1G', '1Gi', -1],
  ['1E', '1Ei', -1],
  ['1.5Gi', '1536Mi', 0],
  ['1.5e3', '1500', 0],
  ['1500m', '1.5', 0],
  ['999m', '1', -1],
  ['1001m', '1', 1],
  ['0.9n', '1n', 0], // rounded up at parse time
  ['-0.9n', '-1n', 0], // away from zero for negatives too
  ['-1', '1', -1],
  ['-1Gi', '-1G', -1],
  ['-100m', '-200m', 1],
  ['8Ei', '9Ei', 0], // BinarySI is capped at 2^63-1, as in Kubernetes
  ['12E', '9Ei', 1], // decimal values are not capped
  ['128Mi', '256Mi', -1],
  ['100m', '200m', -1],
  ['1e-3', '1m', 0],
  ['1E', '1e18', 0],
  ['1.0000000001', '1', 1], // 1.0000000001 rounds up to 1.000000001
];

describe('compareQuantities', () => {
  for (const [a, b, expected] of COMPARISONS) {
    it(`${a} vs ${b} → ${expected}`, () => {
      expect(compareQuantities(a, b)).to.equal(expected);
      expect(compareQuantities(b, a)).to.equal(expected === 0 ? 0 : -expected);
      expect(compareQuantities(parseQuantity(a), b)).to.equal(expected);
    });
  }

  it('throws QuantityError when either side is invalid', () => {
    expect(() => compareQuantities('1K', '1k')).to.throw(QuantityError);
    expect(() => compareQuantities('1k', '')).to.throw(QuantityError);
  });
});
