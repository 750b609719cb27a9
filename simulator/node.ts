/**
 * Node adapters of the simulator hub: Connect-style middleware (Vite dev server, `node:http`) and
 * Koa middleware (web-test-runner). IncomingMessage → WHATWG Request, Response → ServerResponse
 * byte for byte; a DroppedConnection destroys the socket like the real server's panic.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDroppedConnection } from './core/dropped-connection.js';
import type { SimulatorHub } from './hub.js';

export { createSimulatorHub } from './hub.js';
export type { SimulatorHub, SimulatorHubOptions, SimulatorSession } from './hub.js';
export * from './core/index.js';

/**
 * How a DroppedConnection reaches the client.
 * - `protocol-error` (default): a header block no HTTP client accepts (two different
 *   Content-Length values), then the socket is destroyed. `fetch` rejects at once.
 * - `reset`: the socket is destroyed with nothing written, like the real server's panic. Chromium
 *   then silently resends the request (up to twice, POSTs included) when the keep-alive connection
 *   had been used before, which hides a one-off drop and can apply a mutation again.
 */
export type DropStyle = 'protocol-error' | 'reset';

export interface AdapterOptions {
  dropStyle?: DropStyle;
}

export interface ConnectMiddlewareOptions extends AdapterOptions {
  /** Mount path to strip first (e.g. `/mock`): `/mock/api/tenants/...` reaches the hub. */
  prefix?: string;
}

const UNACCEPTABLE_RESPONSE =
  'HTTP/1.1 502 Connection Dropped By Simulator\r\nContent-Length: 0\r\nContent-Length: 1\r\n\r\n';

export type ConnectNext = (error?: unknown) => void;
export type ConnectMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: ConnectNext,
) => void;

/** The parts of a Koa context the adapter uses (Koa's own types are not a dependency). */
export interface KoaContextLike {
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
}

export type KoaMiddleware = (ctx: KoaContextLike, next: () => Promise<unknown>) => Promise<unknown>;

export function connectMiddleware(
  hub: SimulatorHub,
  options: ConnectMiddlewareOptions = {},
): ConnectMiddleware {
  const prefix = (options.prefix ?? '').replace(/\/+$/, '');
  return (req, res, next) => {
    const path = ownedPath(hub, req, prefix);
    if (path === null) {
      next();
      return;
    }
    serve(hub, req, res, path, options.dropStyle ?? 'protocol-error').catch(next);
  };
}

export function koaMiddleware(hub: SimulatorHub, options: AdapterOptions = {}): KoaMiddleware {
  return async (ctx, next) => {
    const path = ownedPath(hub, ctx.req, '');
    if (path === null) return next();
    // Write to the socket ourselves: Koa must not add a body or headers afterwards.
    ctx.respond = false;
    const status = await serve(hub, ctx.req, ctx.res, path, options.dropStyle ?? 'protocol-error');
    // Koa's status stays 404 unless set; web-test-runner would report the drop as a missing file.
    if (status === 0) ctx.res.statusCode = 502;
    return undefined;
  };
}

function ownedPath(hub: SimulatorHub, req: IncomingMessage, prefix: string): string | null {
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  if (prefix !== '' && !pathname.startsWith(`${prefix}/`)) return null;
  const path = pathname.slice(prefix.length);
  return hub.owns(path) ? path : null;
}

/** Returns the status written, 0 for a dropped connection. */
async function serve(
  hub: SimulatorHub,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  dropStyle: DropStyle,
): Promise<number> {
  // The client hanging up aborts the request, which cancels a pending `latency` fault.
  const aborter = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) aborter.abort();
  });
  const request = await toRequest(req, aborter.signal);
  let response: Response | null;
  try {
    response = await hub.handle(request, { path });
  } catch (error) {
    if (isDroppedConnection(error)) {
      dropConnection(req, dropStyle);
      return 0;
    }
    if (aborter.signal.aborted) return 0;
    throw error;
  }
  if (!response) {
    res.statusCode = 404;
    res.end();
    return 404;
  }
  await writeResponse(response, res);
  return response.status;
}

function dropConnection(req: IncomingMessage, dropStyle: DropStyle): void {
  const socket = req.socket;
  if (dropStyle === 'reset' || socket.destroyed) {
    socket.destroy();
    return;
  }
  socket.end(UNACCEPTABLE_RESPONSE, () => socket.destroy());
}

async function toRequest(req: IncomingMessage, signal: AbortSignal): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const host = req.headers.host ?? 'localhost';
  const body =
    method === 'GET' || method === 'HEAD' || chunks.length === 0 ? null : Buffer.concat(chunks);
  return new Request(new URL(req.url ?? '/', `http://${host}`), { method, headers, body, signal });
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    const existing = headers[name];
    headers[name] =
      existing === undefined
        ? value
        : [...(Array.isArray(existing) ? existing : [existing]), value];
  });
  // Exactly the core's headers (no content type when it set none) plus the body's length.
  headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}
