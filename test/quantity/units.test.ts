import { expect } from '@open-wc/testing';
import {
  formatQuantity,
  humanizeCpu,
  humanizeMemory,
  isQuantityUnit,
  quantityFromUnit,
  quantityToUnit,
  QuantityError,
  toBytes,
  toCores,
  type QuantityUnit,
} from '../../src/quantity/index.js';

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(QuantityError);
    return (error as QuantityError).reason;
  }
  throw new Error('expected a QuantityError');
}

describe('quantityToUnit', () => {
  const CASES: ReadonlyArray<readonly [string, QuantityUnit, string]> = [
    ['1536Mi', 'Gi', '1.5'],
    ['250m', '', '0.25'],
    ['2', 'm', '2000'],
    ['1Gi', 'Mi', '1024'],
    ['1G', 'Mi', '953.67431640625'],
    ['1m', 'Gi', '0.000000000000931322574615478515625'],
    ['-1.5Gi', 'Mi', '-1536'],
    ['0', 'Ki', '0'],
    ['1n', 'n', '1'],
    ['1n', '', '0.000000001'],
    ['1E', 'E', '1'],
    ['1Ei', 'Ei', '1'],
    ['1.5', 'k', '0.0015'],
    ['128Mi', 'Mi', '128'],
    ['1e3', 'k', '1'],
    ['1Pi', 'Ti', '1024'],
  ];
  for (const [input, unit, amount] of CASES) {
    it(`${input} in ${JSON.stringify(unit)} → ${amount}`, () => {
      expect(quantityToUnit(input, unit)).to.deep.equal({ amount, unit });
    });
  }

  it('rejects units that are not Kubernetes suffixes', () => {
    const untyped = quantityToUnit as (value: string, unit: string) => unknown;
    expect(reasonOf(() => untyped('1Gi', 'GB'))).to.equal('unit');
  });
});

describe('quantityFromUnit', () => {
  const CASES: ReadonlyArray<readonly [string, string, string]> = [
    ['1.5', 'Gi', '1536Mi'],
    ['250', 'm', '250m'],
    ['0.25', '', '250m'],
    ['2', '', '2'],
    [' 1.5 ', 'Gi', '1536Mi'],
    ['.5', '', '500m'],
    ['1.', 'Mi', '1Mi'],
    ['-1', 'k', '-1k'],
    ['1', 'E', '1E'],
    ['1024', 'Mi', '1Gi'],
  ];
  for (const [amount, unit, canonical] of CASES) {
    it(`${JSON.stringify(amount)} ${JSON.stringify(unit)} → ${canonical}`, () => {
      expect(formatQuantity(quantityFromUnit(amount, unit))).to.equal(canonical);
    });
  }

  it('keeps the binary format of a binary unit', () => {
    expect(quantityFromUnit('1.5', 'Gi').format).to.equal('BinarySI');
    expect(quantityFromUnit('1.5', 'G').format).to.equal('DecimalSI');
  });

  for (const amount of ['', '  ', 'abc', '1,5', '1e3', '1Gi', '1.1.1', '--1', '1 000', 'NaN']) {
    it(`rejects the amount ${JSON.stringify(amount)}`, () => {
      expect(reasonOf(() => quantityFromUnit(amount, 'Mi'))).to.equal('number');
    });
  }

  for (const unit of ['KB', 'GB', 'mi', 'K', 'B', 'bytes', 'e3', ' Mi']) {
    it(`rejects the unit ${JSON.stringify(unit)}`, () => {
      expect(reasonOf(() => quantityFromUnit('1', unit))).to.equal('unit');
    });
  }

  it('explains a bad unit with the same hints as the parser', () => {
    expect(() => quantityFromUnit('1', 'KB')).to.throw(QuantityError, /no "B"/);
    expect(() => quantityFromUnit('1,5', 'Gi')).to.throw(QuantityError, /decimal point/);
  });

  it('names every Kubernetes suffix as a unit', () => {
    for (const unit of [
      'n',
      'u',
      'm',
      '',
      'k',
      'M',
      'G',
      'T',
      'P',
      'E',
      'Ki',
      'Mi',
      'Gi',
      'Ti',
      'Pi',
      'Ei',
    ]) {
      expect(isQuantityUnit(unit), unit).to.equal(true);
    }
    for (const unit of ['K', 'KB', 'mi', 'e', 'b', 'toString', '__proto__']) {
      expect(isQuantityUnit(unit), unit).to.equal(false);
    }
  });
});

describe('toCores / toBytes (lossy, for display)', () => {
  it('converts to numbers', () => {
    expect(toCores('250m')).to.equal(0.25);
    expect(toCores('2')).to.equal(2);
    expect(toCores('1.5')).to.equal(1.5);
    expect(toCores('-500m')).to.equal(-0.5);
    expect(toCores('1n')).to.equal(1e-9);
    expect(toCores({ nanos: 100_000_000n, format: 'DecimalSI' })).to.equal(0.1);
    expect(toBytes('1Gi')).to.equal(1073741824);
    expect(toBytes('1.5Gi')).to.equal(1610612736);
    expect(toBytes('500m')).to.equal(0.5);
    expect(toBytes('1e400')).to.equal(Infinity);
  });
});

describe('humanizeCpu', () => {
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['250m', '0.25 core'],
    ['2', '2 cores'],
    ['1', '1 core'],
    ['1.5', '1.5 cores'],
    ['100m', '0.1 core'],
    ['2500m', '2.5 cores'],
    ['1m', '1 millicore'],
    ['5m', '5 millicores'],
    ['500u', '0.5 millicore'],
    ['0', '0 cores'],
    ['1234', '1,234 cores'],
    ['-2', '-2 cores'],
    ['1.005', '1.01 cores'], // exact half-up rounding, not binary floating point
    ['333m', '0.33 core'],
  ];
  for (const [input, label] of CASES) {
    it(`${input} → ${label}`, () => {
      expect(humanizeCpu(input)).to.equal(label);
    });
  }

  it('localises the number', () => {
    expect(humanizeCpu('1.5', 'de-DE')).to.equal('1,5 cores');
    expect(humanizeCpu('1.5', 'not a locale!')).to.equal('1.5 cores');
  });
});

describe('humanizeMemory', () => {
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['128', '128 bytes'],
    ['1', '1 byte'],
    ['0', '0 bytes'],
    ['500m', '0.5 bytes'],
    ['1Ki', '1 KiB'],
    ['1023Ki', '1,023 KiB'],
    ['512Mi', '512 MiB'],
    ['1.5Gi', '1.5 GiB'],
    ['1G', '953.67 MiB'],
    ['1023.999Mi', '1 GiB'],
    ['1Ti', '1 TiB'],
    ['1.25Pi', '1.25 PiB'],
    ['1Ei', '1 EiB'],
    ['-1Gi', '-1 GiB'],
    ['1e30', '867,361,737,988.4 EiB'],
  ];
  for (const [input, label] of CASES) {
    it(`${input} → ${label}`, () => {
      expect(humanizeMemory(input)).to.equal(label);
    });
  }
});
