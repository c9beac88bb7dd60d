/**
 * A small router for the emulator. Each API family registers its routes (livedns.ts now, the Domain API
 * later) with patterns such as `/v5/livedns/domains/:fqdn/records/:name/:type`; the server handles
 * authentication, zone visibility and permissions from each route's declaration, so handlers only do
 * the API's own work.
 */
import type { EmulatorDomain, EmulatorState, EmulatorToken, FieldError } from './state.js';

export interface RouteContext {
  method: string;
  /** The path as received (percent-encoded), without the query. */
  path: string;
  /** Decoded path parameters. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (undefined when none). */
  body: unknown;
  state: EmulatorState;
  /** The authenticated token (undefined on public routes). */
  token: EmulatorToken | undefined;
  /** `http://127.0.0.1:PORT`, for hrefs. */
  origin: string;
  /** The zone named by the route's `zone` parameter, after the visibility check. */
  domain: EmulatorDomain | undefined;
  now(): Date;
}

export interface RouteResponse {
  status: number;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (context: RouteContext) => RouteResponse;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Segments; `:name` captures one (decoded) segment. */
  pattern: string;
  handler: RouteHandler;
  /** No Authorization needed (Gandi's `GET /nameservers/{fqdn}`). */
  public?: boolean;
  /** The parameter naming a zone: it must exist and be visible to the token, else 404 HTTPNotFound. */
  zone?: string;
}

/** Thrown by handlers to answer an error; the body is sent as JSON, or as text when `text` is set. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly options: { text?: string; contentType?: string; headers?: Record<string, string> } = {},
  ) {
    super(`HTTP ${status}`);
  }
}

const REASONS: Record<number, [object: string, cause: string, message: string]> = {
  400: ['HTTPBadRequest', 'Bad Request', 'The browser (or proxy) sent a request that this server could not understand.'],
  401: [
    'HTTPUnauthorized',
    'Unauthorized',
    'The server could not verify that you authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad api key), or your access token has expired',
  ],
  403: ['HTTPForbidden', 'Forbidden', 'Access was denied to this resource.'],
  404: ['HTTPNotFound', 'Not Found', 'The resource could not be found.'],
  405: ['HTTPMethodNotAllowed', 'Method Not Allowed', 'The method is not allowed for the requested URL.'],
  409: ['HTTPConflict', 'Conflict', 'A conflict happened while processing the request.'],
  413: ['HTTPRequestEntityTooLarge', 'Request Entity Too Large', 'The data value transmitted exceeds the capacity limit.'],
  415: ['HTTPUnsupportedMediaType', 'Unsupported Media Type', 'The server does not support the media type transmitted in the request.'],
  429: ['HTTPTooManyRequests', 'Too Many Requests', 'Too Many Requests'],
  500: ['HTTPInternalServerError', 'Internal Server Error', 'The server has either erred or is incapable of performing the requested operation.'],
  502: ['HTTPBadGateway', 'Bad Gateway', 'The proxy server received an invalid response from an upstream server.'],
  503: ['HTTPServiceUnavailable', 'Service Unavailable', 'The server is temporarily unable to service your request.'],
  504: ['HTTPGatewayTimeout', 'Gateway Timeout', 'The gateway did not receive a timely response from the upstream server.'],
};

/** Gandi's generic error body `{code, message, object, cause}` for a status. */
export function gandiError(status: number, overrides: { message?: string; object?: string; cause?: string } = {}): Record<string, unknown> {
  const [object, cause, message] = REASONS[status] ?? ['HTTPError', 'Error', `HTTP ${status}`];
  return { code: status, message: overrides.message ?? message, object: overrides.object ?? object, cause: overrides.cause ?? cause };
}

/** Gandi's validation body `{status: "error", errors: [...]}`, as a 400. */
export function validationError(errors: FieldError[]): HttpError {
  return new HttpError(400, { status: 'error', errors });
}

interface CompiledRoute extends Route {
  segments: string[];
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method' }
  | { kind: 'none' };

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(route: Route): this {
    this.routes.push({ ...route, segments: route.pattern.split('/').slice(1) });
    return this;
  }

  /** `segments` are the decoded path segments (without the leading empty one). */
  match(method: string, segments: readonly string[]): RouteMatch {
    let pathMatched = false;
    for (const route of this.routes) {
      if (route.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const same = route.segments.every((part, i) => {
        if (part.startsWith(':')) {
          params[part.slice(1)] = segments[i]!;
          return segments[i] !== '';
        }
        return part === segments[i];
      });
      if (!same) continue;
      pathMatched = true;
      if (route.method === method) return { kind: 'found', route, params };
    }
    return pathMatched ? { kind: 'wrong-method' } : { kind: 'none' };
  }
}
