/**
 * Thrown by the core when the real server would close the connection without answering (a handler
 * panic, a `drop` fault). Adapters turn it into a destroyed socket or `HttpResponse.error()`.
 */
export class DroppedConnection extends Error {
  constructor(reason = 'connection dropped') {
    super(reason);
    this.name = 'DroppedConnection';
  }
}

/** Also recognises instances from another copy of the module (bundles may duplicate it). */
export function isDroppedConnection(error: unknown): error is DroppedConnection {
  return (
    error instanceof DroppedConnection ||
    (error instanceof Error && error.name === 'DroppedConnection')
  );
}
