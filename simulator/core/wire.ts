/**
 * Byte-exact replicas of what Go's net/http and encoding/json put on the wire (api-contract §1).
 * Bodies are always bytes: a string body would make `new Response()` invent a content type.
 */

const encoder = new TextEncoder();

/** Go's `http.Error`: text/plain, nosniff, message + "\n". */
export function goHttpError(message: string, status: number): Response {
  return new Response(encoder.encode(`${message}\n`), {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** `http.NotFound` from gorilla/mux for a path no route matches. */
export function goNotFound(): Response {
  return goHttpError('404 page not found', 404);
}

/** gorilla/mux's 405 for a known path with another method: empty body, no content type. */
export function goMethodNotAllowed(): Response {
  return new Response(null, { status: 405 });
}

/** `w.WriteHeader(200)` with nothing written (PUT config): no body, no content type. */
export function goEmptyOk(): Response {
  return new Response(null, { status: 200 });
}

/**
 * `json.NewEncoder(w).Encode(v)` after `w.Header().Set("Content-Type", "application/json")`
 * (GET config / status / detailed_status).
 */
export function goJsonResponse(value: unknown, status = 200): Response {
  return new Response(encoder.encode(goJsonEncode(value)), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/**
 * `w.WriteHeader(code)` then `json.NewEncoder(w).Encode(v)` with no content type set: net/http
 * sniffs the JSON and labels it text/plain (deploy, drain, scale: 202; autoscale, resources: 200).
 */
export function goSniffedJsonResponse(value: unknown, status: number): Response {
  return new Response(encoder.encode(goJsonEncode(value)), {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** A response with an exact body and content type (`null`: none), for faults and the control API. */
export function rawResponse(body: string, status: number, contentType: string | null): Response {
  const headers: Record<string, string> = {};
  if (contentType !== null) headers['Content-Type'] = contentType;
  const nullBody = status === 204 || status === 304 || body === '';
  return new Response(nullBody ? null : encoder.encode(body), { status, headers });
}

/**
 * encoding/json's output: like JSON.stringify, but `<`, `>`, `&`, U+2028 and U+2029 escaped as
 * Go does, and the newline `Encoder.Encode` appends. Key order is the caller's: build objects in Go
 * struct-field order, and with sorted keys where the server encodes a `map` (202 bodies, autoscale).
 */
export function goJsonEncode(value: unknown): string {
  const json = JSON.stringify(value) ?? 'null';
  return `${json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
