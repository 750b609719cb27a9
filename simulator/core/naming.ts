/**
 * Deterministic Kubernetes-looking names and addresses, so a session replays identically and
 * snapshots stay stable: `veloflux-<tenant>-7d9f8c6b5-x2k4p`, nodes, pod IPs.
 */

/** Kubernetes' `rand.SafeEncodeString` alphabet (no vowels, no look-alikes). */
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

const NODES = ['vf-pool-a-7k2m9', 'vf-pool-a-q4x8d', 'vf-pool-b-h6t2w'];

/** FNV-1a, 32 bits. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function safeEncode(seed: string, length: number): string {
  let out = '';
  let state = hash32(seed);
  for (let index = 0; index < length; index += 1) {
    state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) >>> 0;
    state = (state ^ hash32(`${seed}:${index}`)) >>> 0;
    out += SAFE_ALPHABET[state % SAFE_ALPHABET.length];
  }
  return out;
}

/** Tenant ids are free text; Kubernetes object names are DNS labels. */
export function kubeSafe(tenantId: string): string {
  const label = tenantId
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return label === '' ? 'tenant' : label.slice(0, 40);
}

export function deploymentName(tenantId: string): string {
  return `veloflux-${kubeSafe(tenantId)}`;
}

/** The ReplicaSet of one pod-template generation (every rebuild or drain makes a new one). */
export function replicaSetName(tenantId: string, generation: number): string {
  return `${deploymentName(tenantId)}-${safeEncode(`${tenantId}#${generation}`, 9)}`;
}

export function podName(tenantId: string, generation: number, serial: number): string {
  return `${replicaSetName(tenantId, generation)}-${safeEncode(`${tenantId}#${generation}#${serial}`, 5)}`;
}

export function nodeFor(tenantId: string, serial: number): string {
  return NODES[hash32(`${tenantId}@${serial}`) % NODES.length] as string;
}

export function podIp(tenantId: string, serial: number): string {
  const value = hash32(`ip:${tenantId}:${serial}`);
  return `10.244.${(value >>> 8) % 3}.${(value % 250) + 2}`;
}

export function defaultNamespace(tenantId: string): string {
  // Go: fmt.Sprintf("veloflux-%s", tenantID) (api-contract §2.1).
  return `veloflux-${tenantId}`;
}
