/**
 * A loopback LiveDNS emulator: a real node:http server on 127.0.0.1 that answers the paths our client
 * uses with Gandi's shapes and quirks, checks credentials like Gandi, injects faults on demand, and
 * journals every request. Tests start it with port 0; `livedns emulator` runs it from the command line.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { FaultInjector, type EmulatorFaults, type FaultAction, type FaultRequest } from './faults.js';
import { Journal, type JournalEntry } from './journal.js';
import { registerDomainRoutes, type DomainApiOptions } from './domain.js';
import { registerLiveDnsRoutes } from './livedns.js';
import { HttpError, Router, gandiError, validationError, type RouteContext, type RouteResponse } from './router.js';
import { DEFAULT_EMULATOR_TOKEN, normaliseState, saveState, type EmulatorState, type EmulatorToken } from './state.js';

export type { JournalEntry } from './journal.js';
export type { EmulatorFaults, FaultAction, FaultRequest, FaultRule } from './faults.js';
export type { EmulatorDomain, EmulatorRegistration, EmulatorRrset, EmulatorSnapshot, EmulatorState, EmulatorToken } from './state.js';
export type { DomainApiOptions } from './domain.js';

export interface EmulatorOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Starting state (copied, TXT values stored the way Gandi stores them). Default: no zones. */
  state?: EmulatorState;
  /** Tokens and what they may see; default: the state's tokens, else one token that sees everything. */
  tokens?: EmulatorToken[];
  /** A token that sees every zone, added to the others; DEFAULT_EMULATOR_TOKEN when no token is configured. */
  token?: string;
  /** Append one JSON line per request to this file. */
  journalFile?: string;
  faults?: EmulatorFaults;
  /** Cap on per_page, to emulate a server that silently lowers it. Default: none. */
  maxPerPage?: number;
  /** Answer every 403 with an HTML page instead of JSON (as seen on real traffic). */
  htmlForbidden?: boolean;
  /** How the Domain API paths behave: how long a nameserver change takes to show. */
  domainApi?: DomainApiOptions;
  /** Called after each request with its journal entry (the CLI's --verbose). */
  onRequest?: (entry: JournalEntry) => void;
}

export interface Emulator {
  /** The API root to use as GANDI_API_URL, e.g. `http://127.0.0.1:40123/v5`. */
  readonly url: string;
  readonly port: number;
  /** The token that sees every zone (DEFAULT_EMULATOR_TOKEN unless configured). */
  readonly token: string;
  /** Environment for a child process pointed at this emulator. */
  readonly env: { GANDI_API_URL: string; GANDI_PERSONAL_ACCESS_TOKEN: string };
  /** The live state: tests may read and change it between requests. */
  readonly state: EmulatorState;
  /** Every answered request, in order (`journal.length = 0` clears it). */
  readonly journal: JournalEntry[];
  /** The faults in force; assigning new ones restarts their counters and seed. */
  faults: EmulatorFaults;
  /** Resolves with the first request, past or future, that `match` accepts (before it is answered). */
  waitForRequest(match: (request: FaultRequest) => boolean, timeoutMs?: number): Promise<FaultRequest>;
  saveState(file: string): Promise<void>;
  /** Stops listening and drops every open connection, hanging ones included. */
  close(): Promise<void>;
}

const BODY_LIMIT = 16 * 1024 * 1024;
const RECEIVED_KEPT = 10_000;

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) reject(new BodyTooLarge());
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function decodeSegments(path: string): string[] | undefined {
  try {
    return path.split('/').slice(1).map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

interface Reply {
  status: number;
  body?: unknown;
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

function fromHttpError(error: HttpError): Reply {
  return { status: error.status, body: error.body, text: error.options.text, contentType: error.options.contentType, headers: error.options.headers };
}

const FORBIDDEN_HTML =
  '<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n</body>\r\n</html>\r\n';

/** An injected error status, answered the way Gandi or its proxies answer it. */
function injectedReply(status: number, retryAfter: number | undefined): Reply {
  // Proxies in front of Gandi answer 502 with a text page, not JSON (octodns-gandi mocks it so).
  if (status === 502) return { status, text: '502 Bad Gateway', contentType: 'text/plain' };
  const headers: Record<string, string> = {};
  if (status === 429 && retryAfter !== undefined && retryAfter > 0) headers['retry-after'] = String(retryAfter);
  return { status, body: gandiError(status), headers };
}

/** Starts the emulator on 127.0.0.1. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = normaliseState(options.state ?? { domains: {} });
  const tokens = [...(options.tokens ?? state.tokens ?? [])];
  const defaultToken = options.token ?? (tokens.length === 0 ? DEFAULT_EMULATOR_TOKEN : undefined);
  if (defaultToken !== undefined && !tokens.some((t) => t.token === defaultToken)) tokens.unshift({ token: defaultToken });
  state.tokens = tokens;

  const router = new Router();
  registerLiveDnsRoutes(router, { maxPerPage: options.maxPerPage });
  registerDomainRoutes(router, { maxPerPage: options.maxPerPage, ...options.domainApi });

  const journal = new Journal(options.journalFile);
  let injector = new FaultInjector(options.faults);
  const received: FaultRequest[] = [];
  const waiters = new Set<{ match: (request: FaultRequest) => boolean; resolve: (request: FaultRequest) => void; cancel: () => void }>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';
  let requestCount = 0;
  let closed = false;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  function authenticate(header: string | undefined): EmulatorToken {
    const match = /^(Bearer|Apikey)\s+(\S+)\s*$/i.exec(header ?? '');
    const token = match === null ? undefined : tokens.find((t) => t.token === match[2] && (t.scheme ?? 'Bearer').toLowerCase() === match[1]!.toLowerCase());
    if (token === undefined || token.expired === true) throw new HttpError(401, gandiError(401));
    return token;
  }

  function forbidden(token: EmulatorToken): HttpError {
    if (options.htmlForbidden === true || token.htmlForbidden === true) {
      return new HttpError(403, undefined, { text: FORBIDDEN_HTML, contentType: 'text/html' });
    }
    return new HttpError(403, gandiError(403));
  }

  function route(request: IncomingMessage, path: string, query: URLSearchParams, bodyText: string, seen: { label?: string } = {}): Reply {
    const method = request.method ?? 'GET';
    const segments = decodeSegments(path);
    if (segments === undefined) return fromHttpError(validationError([{ location: 'path', name: '', description: 'malformed percent-encoding' }]));
    const found = router.match(method, segments);
    if (found.kind === 'none') return { status: 404, body: gandiError(404) };
    if (found.kind === 'wrong-method') return { status: 405, body: gandiError(405) };
    const { route: matched, params } = found;
    try {
      const token = matched.public === true ? undefined : authenticate(request.headers.authorization);
      if (token?.label !== undefined) seen.label = token.label;
      let body: unknown;
      if (bodyText.trim() !== '') {
        const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (type !== 'application/json') throw new HttpError(415, gandiError(415));
        try {
          body = JSON.parse(bodyText);
        } catch {
          throw validationError([{ location: 'body', name: '', description: 'the body is not valid JSON' }]);
        }
      }
      let domain;
      if (matched.zone !== undefined) {
        const fqdn = params[matched.zone]!;
        const visible = token?.zones === undefined || token.zones.includes(fqdn);
        domain = visible ? state.domains[fqdn] : undefined;
        // A zone the token cannot see answers exactly like a zone that does not exist, as Gandi does.
        if (domain === undefined) throw new HttpError(404, gandiError(404));
      }
      if (token?.readOnly === true && method !== 'GET') throw forbidden(token);
      const context: RouteContext = { method, path, params, query, body, state, token, origin, domain, now: () => new Date() };
      const response: RouteResponse = matched.handler(context);
      return response;
    } catch (error) {
      if (error instanceof HttpError) return fromHttpError(error);
      // A bug in the emulator: answer like Gandi's own 500 and say so on stderr.
      process.stderr.write(`livedns emulator: internal error on ${method} ${path}: ${error instanceof Error ? error.stack : String(error)}\n`);
      return { status: 500, body: gandiError(500) };
    }
  }

  function send(response: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { ...reply.headers };
    let payload = '';
    if (reply.status !== 204) {
      if (reply.text !== undefined) {
        payload = reply.text;
        headers['content-type'] = reply.contentType ?? 'text/plain';
      } else if (reply.body !== undefined) {
        payload = JSON.stringify(reply.body);
        // Gandi's own spelling differs between successes and errors (observed).
        headers['content-type'] = reply.contentType ?? (reply.status < 400 ? 'application/json; charset=utf-8' : 'application/json; charset=UTF-8');
      }
    }
    headers['content-length'] = String(Buffer.byteLength(payload));
    response.writeHead(reply.status, headers);
    response.end(payload);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const arrived = performance.now();
    const at = new Date().toISOString();
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const queryText = url.search.replace(/^\?/, '');
    const seen: { label?: string } = {};
    const note = (status: number, fault?: string) => {
      const entry: JournalEntry = { method, path, status, ms: Math.round(performance.now() - arrived), at };
      if (queryText !== '') entry.query = queryText;
      if (fault !== undefined) entry.fault = fault;
      if (seen.label !== undefined) entry.token = seen.label;
      journal.record(entry);
      options.onRequest?.(entry);
    };

    let bodyText: string;
    try {
      bodyText = await readBody(request);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      send(response, { status: 413, body: gandiError(413) });
      note(413);
      return;
    }
    let parsedBody: unknown;
    try {
      parsedBody = bodyText === '' ? undefined : JSON.parse(bodyText);
    } catch {
      parsedBody = undefined;
    }
    const faultRequest: FaultRequest = {
      index: (requestCount += 1),
      method,
      path: `/${(decodeSegments(path) ?? path.split('/').slice(1)).join('/')}`,
      query: url.searchParams,
      body: parsedBody,
    };
    received.push(faultRequest);
    // waitForRequest looks back this far; a long-running emulator must not keep every body forever.
    if (received.length > RECEIVED_KEPT) received.splice(0, received.length - RECEIVED_KEPT);
    for (const waiter of [...waiters]) {
      if (waiter.match(faultRequest)) {
        waiters.delete(waiter);
        waiter.resolve(faultRequest);
      }
    }

    const latency = injector.faults.latencyMs ?? 0;
    if (latency > 0) await pause(latency);
    if (closed) return;

    const decision = injector.decide(faultRequest, Date.now());
    const action: FaultAction | undefined = decision?.action;
    if (action === 'reset') {
      request.socket.destroy();
      note(0, decision?.source);
      return;
    }
    if (action === 'hang') return;
    if (action === 'drop-response') {
      route(request, path, url.searchParams, bodyText, seen);
      request.socket.destroy();
      note(0, decision?.source);
      return;
    }
    let reply: Reply;
    if (typeof action === 'number') reply = injectedReply(action, decision?.retryAfter);
    else if (typeof action === 'object') {
      const body = action.body ?? (action.text === undefined ? gandiError(action.status) : undefined);
      reply = { status: action.status, body, text: action.text, contentType: action.contentType, headers: action.headers };
    }
    else reply = route(request, path, url.searchParams, bodyText, seen);
    send(response, reply);
    note(reply.status, decision?.source);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      process.stderr.write(`livedns emulator: ${error instanceof Error ? error.message : String(error)}\n`);
      if (!response.headersSent) send(response, { status: 500, body: gandiError(500) });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/v5`;
  const token = defaultToken ?? tokens[0]!.token;

  return {
    url,
    port,
    token,
    env: { GANDI_API_URL: url, GANDI_PERSONAL_ACCESS_TOKEN: token },
    state,
    journal: journal.entries,
    get faults(): EmulatorFaults {
      return injector.faults;
    },
    set faults(faults: EmulatorFaults) {
      injector = new FaultInjector(faults);
    },
    waitForRequest(match, timeoutMs = 10_000) {
      const seen = received.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise<FaultRequest>((resolve, reject) => {
        const waiter = {
          match,
          resolve: (request: FaultRequest) => {
            clearTimeout(timer);
            resolve(request);
          },
          cancel: () => {
            clearTimeout(timer);
            reject(new Error('the emulator closed before a matching request arrived'));
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching request reached the emulator within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    saveState: (file) => saveState(file, state),
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const waiter of waiters) waiter.cancel();
      waiters.clear();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await stopped;
      await journal.close();
    },
  };
}
