/**
 * Records of a tenant's simulated timeline: each carries the simulated instant it happens at, so
 * the state at any time is read off without timers (see tenant-model.ts).
 */

export interface Phase {
  at: number;
  status: string;
  /** `''` is omitted on the wire (`json:"message,omitempty"`). */
  message: string;
  mode: string;
  namespace: string;
  version: string;
  /** Reported replicas while not `ready` (when ready, the live pod count is reported, as Go does). */
  replicas: number;
  /** A seeded verbatim `last_updated` (e.g. Go's zero time). */
  lastUpdated?: string;
}

export interface PodRecord {
  name: string;
  generation: number;
  createdAt: number;
  readyAt: number;
  /** `Infinity` while the pod is meant to stay. */
  deletedAt: number;
  node: string;
  ip: string;
}

export interface EventRecord {
  at: number;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}
