/**
 * Kubernetes quantity syntax (api-contract §2.2), the check `resource.MustParse` makes on the real
 * server: a string it rejects makes the handler panic and the connection drop (§1.1).
 */
const QUANTITY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/;

export function isKubeQuantity(text: string): boolean {
  return QUANTITY.test(text);
}

export function allQuantitiesValid(limits: {
  cpu_request: string;
  cpu_limit: string;
  memory_request: string;
  memory_limit: string;
}): boolean {
  // Empty strings are skipped by the server (`if limits.CPURequest != ""`), never parsed.
  return [limits.cpu_request, limits.cpu_limit, limits.memory_request, limits.memory_limit].every(
    (quantity) => quantity === '' || isKubeQuantity(quantity),
  );
}
