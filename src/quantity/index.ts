/**
 * Kubernetes resource quantities ("100m", "1.5Gi", "1e3"), parsed, compared and formatted exactly
 * as apimachinery does, with BigInt and no floating point. Pure logic: no DOM, no dependencies, the
 * same module runs in Node 20 and in the browser. See api-contract.md §2.2.
 */

export { QuantityError, type QuantityErrorReason } from './quantity-error.js';
export {
  type Quantity,
  type QuantityFormat,
  type QuantityUnit,
  type DecimalSuffix,
  type BinarySuffix,
  isQuantityUnit,
} from './types.js';
export {
  parseQuantity,
  isValidQuantity,
  compareQuantities,
  MAX_QUANTITY_LENGTH,
  MAX_INTEGER_DIGITS,
} from './parse.js';
export { formatQuantity } from './format.js';
export {
  quantityToUnit,
  quantityFromUnit,
  toCores,
  toBytes,
  type QuantityInUnit,
} from './units.js';
export { humanizeCpu, humanizeMemory } from './humanize.js';
