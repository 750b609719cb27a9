// Medians, ranges and percentiles. Every figure in results.json is { median, min, max, n, runs }.

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export const median = (values) => quantile(values, 0.5);

const round = (value, digits) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);

/** `{ median, min, max, n, runs }` of a list of numbers. */
export function summary(values, digits = 2) {
  const runs = values.map((value) => round(value, digits));
  return {
    median: round(median(values), digits),
    min: round(Math.min(...values), digits),
    max: round(Math.max(...values), digits),
    n: values.length,
    runs,
  };
}

/** A figure measured once (sizes, counts): the same shape, so the table treats all alike. */
export const single = (value, digits = 2) => summary([value], digits);

/** Element-wise ratios of two lists measured side by side (pair i ran next to pair i). */
export const ratios = (numerators, denominators) =>
  numerators.map((value, index) => value / denominators[index]);

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
