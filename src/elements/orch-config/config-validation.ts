/**
 * Checks of the two free-text fields of `<vf-orch-config>`. The VeloFlux server checks neither
 * (api-contract §1.1 lists no config validation): a bad namespace or host only fails later, inside
 * Kubernetes, while the instance is being rebuilt. So the element refuses them before sending.
 */

/** Why a namespace was refused; `null` when it is a valid DNS-1123 label. */
export type NamespaceProblem =
  | { kind: 'tooLong'; length: number }
  | { kind: 'uppercase' }
  | { kind: 'character'; character: string }
  | { kind: 'edge' };

/** Kubernetes' limit for a DNS-1123 label (namespace names). */
export const MAX_LABEL_LENGTH = 63;
/** Kubernetes' limit for a DNS-1123 subdomain (Ingress hosts). */
export const MAX_HOST_LENGTH = 253;

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * A Kubernetes namespace name: lowercase letters, digits and `-`, starting and ending with a letter
 * or digit, at most 63 characters. `value` must already be trimmed; `''` is valid (no namespace:
 * the server uses `veloflux-{tenant}`).
 */
export function checkNamespace(value: string): NamespaceProblem | null {
  if (value === '') return null;
  if (value.length > MAX_LABEL_LENGTH) return { kind: 'tooLong', length: value.length };
  if (/[A-Z]/.test(value)) return { kind: 'uppercase' };
  const bad = [...value].find((character) => !/[-a-z0-9]/.test(character));
  if (bad !== undefined) return { kind: 'character', character: bad };
  return LABEL.test(value) ? null : { kind: 'edge' };
}

/** Why a custom domain was refused. */
export type DomainProblem = 'empty' | 'notHost' | 'invalid' | 'duplicate';

/**
 * The form a domain is stored in: trimmed and lowercased (host names are case-insensitive, and
 * Kubernetes only accepts lowercase Ingress hosts).
 */
export function normalizeDomain(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * A custom domain as an Ingress host: a fully qualified host name made of RFC 1123 labels (letters,
 * digits, `-`, not at either end of a label, 1–63 characters each), at least two labels, at most
 * 253 characters, no trailing dot. A leading `*.` wildcard is **accepted**, as Kubernetes Ingress
 * accepts it (`*.example.com` matches one extra label). IP addresses are refused (a last label of
 * only digits): an Ingress host must be a name.
 *
 * `value` is checked after `normalizeDomain`; `existing` is the current list (compared without
 * regard to case).
 */
export function checkDomain(value: string, existing: readonly string[]): DomainProblem | null {
  const domain = normalizeDomain(value);
  if (domain === '') return 'empty';
  // A pasted URL (`https://shop.example.com/`) or `host:port` gets its own hint.
  if (/[/:]/.test(domain)) return 'notHost';
  if (!isHostName(domain)) return 'invalid';
  if (existing.some((entry) => normalizeDomain(entry) === domain)) return 'duplicate';
  return null;
}

function isHostName(domain: string): boolean {
  const name = domain.startsWith('*.') ? domain.slice(2) : domain;
  if (domain.length > MAX_HOST_LENGTH) return false;
  const labels = name.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => label.length <= MAX_LABEL_LENGTH && LABEL.test(label))) return false;
  return !/^[0-9]+$/.test(labels[labels.length - 1] ?? '');
}
