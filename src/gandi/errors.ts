/**
 * Gandi's API errors as values with a message for a person.
 *
 * Gandi answers errors in two JSON shapes (`{code, message, object, cause}` and the validation shape
 * `{status: "error", errors: [{location, name, description}]}`), and proxies in front of it answer with
 * HTML or plain text (a non-JSON 403, a 502 page). `parseGandiErrorBody` accepts all of them; the error's
 * message then says what failed, where, and what to do about it.
 */
import { UserError } from '../errors.js';

/** One entry of Gandi's validation-error shape. */
export interface GandiFieldError {
  location?: string;
  name?: string;
  description?: string;
}

/** What Gandi said, whichever body shape it used. Every field is optional: bodies can be anything. */
export interface GandiErrorBody {
  code?: number;
  object?: string;
  cause?: string;
  message?: string;
  errors: GandiFieldError[];
  /** The body as text, when it was not JSON (an HTML or plain-text page), trimmed to a short excerpt. */
  text?: string;
}

/** How a request failed before any HTTP status arrived. */
export type TransportFailure = 'timeout' | 'network';

/** The credential kinds Gandi accepts; used to word messages (an API key is not a token). */
export type AuthScheme = 'Bearer' | 'Apikey';

export interface GandiApiErrorInit {
  /** HTTP status; 0 when no response arrived (timeout, connection reset). */
  status: number;
  method: string;
  /** Path below the API root, e.g. `/livedns/domains/example.com/records` (no host, no query). */
  path: string;
  /** What the caller was doing, as a verb phrase: "list the rrsets of zone example.com". */
  action: string;
  /** The zone concerned, when there is one: it makes 401/403/404 advice specific. */
  zone?: string;
  body?: GandiErrorBody;
  /** No HTTP answer: the transport error's code, its (redacted) message when the code is unfamiliar. */
  transport?: { failure: TransportFailure; code: string; detail?: string; timeoutMs?: number };
  attempts: number;
  /** Milliseconds spent on this request, retries included. */
  elapsedMs: number;
  /** Why retrying stopped, when it stopped early: the overall deadline or a Retry-After beyond it. */
  stoppedBy?: 'deadline' | 'retry-after';
  authScheme?: AuthScheme;
  /** The variable holding the token, when not the default GANDI_PERSONAL_ACCESS_TOKEN (named in advice). */
  credentialName?: string;
  /** A 429's Retry-After, in milliseconds. */
  retryAfterMs?: number;
  /** An earlier attempt of this request got no answer or a 5xx: it may have been done. */
  earlierAttemptUncertain?: boolean;
}

const PAT_PERMISSION = '"Manage domain name technical configurations"';
/** What the Domain API needs: reading registrar facts, and changing nameservers or auto-renewal. */
const DOMAIN_PERMISSIONS = '"See and renew domain names" (to read domain facts) and "Manage domain name technical configurations" (to change nameservers)';

function isDomainApi(init: GandiApiErrorInit): boolean {
  return init.path.startsWith('/domain/');
}

/**
 * An error answered by (or on the way to) the Gandi API. Fields keep Gandi's own words (`object`,
 * `cause`, `gandiMessage`, `errors`) for programs; `message` is written for a person.
 * Nothing here ever holds the credential: bodies and transport messages are redacted before they land.
 */
export class GandiApiError extends UserError {
  /** HTTP status; 0 when no response arrived (timeout, connection reset). */
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly zone: string | undefined;
  /** Gandi's `object`, e.g. `HTTPNotFound` (no such zone, or not visible) or `dns-record` (no such rrset). */
  readonly object: string | undefined;
  /** Gandi's `cause`, e.g. `Not Found`. (Shadows Error.cause on purpose: it is what Gandi calls it.) */
  declare readonly cause: string | undefined;
  /** Gandi's own `message`, verbatim (redacted); `message` is ours. */
  readonly gandiMessage: string | undefined;
  readonly errors: readonly GandiFieldError[];
  /** Short excerpt of a non-JSON body. */
  readonly bodyText: string | undefined;
  /** `timeout` or `network` when no HTTP status arrived. */
  readonly failure: TransportFailure | undefined;
  /** The transport error code (ECONNRESET, UND_ERR_SOCKET...), when no HTTP status arrived. */
  readonly code: string | undefined;
  readonly attempts: number;
  readonly elapsedMs: number;
  readonly retryAfterMs: number | undefined;
  readonly #init: GandiApiErrorInit;

  constructor(init: GandiApiErrorInit) {
    super(describeFailure(init));
    this.#init = init;
    this.retryAfterMs = init.retryAfterMs;
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.zone = init.zone;
    this.object = init.body?.object;
    Object.defineProperty(this, 'cause', { value: init.body?.cause, enumerable: true, writable: false });
    this.gandiMessage = init.body?.message;
    this.errors = init.body?.errors ?? [];
    this.bodyText = init.body?.text;
    this.failure = init.transport?.failure;
    this.code = init.transport?.code;
    this.attempts = init.attempts;
    this.elapsedMs = init.elapsedMs;
  }

  /** The same failure, counted over the attempts a caller made itself (e.g. a snapshot POST loop). */
  withAttempts(attempts: number, elapsedMs: number, stoppedBy?: 'deadline' | 'retry-after'): GandiApiError {
    return new GandiApiError({ ...this.#init, attempts, elapsedMs, stoppedBy });
  }

  /** True when Gandi said the zone itself is not there (or not visible to this token). */
  get isZoneNotFound(): boolean {
    return this.status === 404 && this.object === 'HTTPNotFound';
  }

  /** True when Gandi said the rrset is not there. */
  get isRecordNotFound(): boolean {
    return this.status === 404 && this.object === 'dns-record';
  }

  /**
   * True when the request may or may not have taken effect: no answer (timeout, reset) or a 5xx.
   * A non-idempotent write (a snapshot POST) must be checked for before it is sent again.
   */
  get isUncertain(): boolean {
    return this.status === 0 || this.status >= 500;
  }

  /**
   * True when the request may have been done despite this error: this attempt or an earlier one was
   * uncertain. A write whose first answer was lost and whose retry got a 429 may well be on LiveDNS.
   */
  get mayHaveTakenEffect(): boolean {
    return this.isUncertain || this.#init.earlierAttemptUncertain === true;
  }

  /** JSON.stringify(error) keeps the message, which Error leaves out by default. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      method: this.method,
      path: this.path,
      zone: this.zone,
      object: this.object,
      cause: this.cause,
      gandiMessage: this.gandiMessage,
      errors: this.errors,
      bodyText: this.bodyText,
      failure: this.failure,
      code: this.code,
      attempts: this.attempts,
      elapsedMs: this.elapsedMs,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

/** Media type without parameters, lower-cased: `application/json; charset=UTF-8` -> `application/json`. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export function isJsonMediaType(contentType: string | undefined): boolean {
  const type = mediaType(contentType);
  return type === 'application/json' || type.endsWith('+json');
}

const EXCERPT_LIMIT = 200;

/** A one-line excerpt of an HTML or text body: tags dropped, whitespace collapsed, length capped. */
export function textExcerpt(text: string): string {
  const flat = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > EXCERPT_LIMIT ? `${flat.slice(0, EXCERPT_LIMIT)}...` : flat;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function fieldErrors(value: unknown): GandiFieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null)
    .map((entry) => ({
      location: stringField(entry.location),
      name: stringField(entry.name),
      description: stringField(entry.description) ?? stringField(entry.message),
    }));
}

/**
 * Reads an error body of any shape. `contentType` decides whether JSON is attempted; a body that claims
 * JSON but does not parse is kept as text. Never throws.
 */
export function parseGandiErrorBody(text: string, contentType: string | undefined): GandiErrorBody {
  if (isJsonMediaType(contentType) || /^\s*[[{]/.test(text)) {
    try {
      const json: unknown = JSON.parse(text);
      if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
        const record = json as Record<string, unknown>;
        return {
          code: typeof record.code === 'number' ? record.code : undefined,
          object: stringField(record.object),
          cause: stringField(record.cause),
          message: stringField(record.message),
          errors: fieldErrors(record.errors),
        };
      }
    } catch {
      // Not JSON after all (a proxy page with a JSON content type): fall through to text.
    }
  }
  const excerpt = textExcerpt(text);
  return { errors: [], text: excerpt === '' ? undefined : excerpt };
}

function formatFieldError(error: GandiFieldError): string {
  const where = [error.location, error.name].filter(Boolean).join(' ');
  return where === '' ? (error.description ?? 'invalid') : `${where}: ${error.description ?? 'invalid'}`;
}

/** `1.5 s`, or `250 ms` below a second. */
function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

function attemptsNote(init: GandiApiErrorInit): string {
  if (init.attempts <= 1) return '';
  return ` (${init.attempts} attempts over ${duration(init.elapsedMs)})`;
}

function credentialAdvice(init: GandiApiErrorInit): string {
  const forZone = init.zone === undefined ? '' : ` for ${init.zone}`;
  if (init.authScheme === 'Apikey') {
    return (
      `The API key (GANDI_API_KEY) is wrong, revoked, or lacks rights${forZone}. API keys are deprecated: ` +
      `create a Personal Access Token with ${PAT_PERMISSION}${forZone} and set GANDI_PERSONAL_ACCESS_TOKEN instead.`
    );
  }
  const permission = isDomainApi(init) ? DOMAIN_PERMISSIONS : PAT_PERMISSION;
  return (
    `The token is expired, revoked, or lacks ${permission}${forZone}: create a new Personal Access Token ` +
    `with ${isDomainApi(init) ? 'those permissions' : 'that permission'} (Gandi admin > Organization > Sharing > Personal Access Tokens) and set ` +
    `${init.credentialName ?? 'GANDI_PERSONAL_ACCESS_TOKEN'}.`
  );
}

/** The person-facing message: what failed, where, and what to do. */
function describeFailure(init: GandiApiErrorInit): string {
  const request = `${init.method} ${init.path}`;
  const lead = `could not ${init.action}`;
  const tries = attemptsNote(init);

  if (init.transport !== undefined) {
    const { failure, code, detail, timeoutMs } = init.transport;
    const stop = init.stoppedBy === 'deadline' ? '; the overall deadline (GANDI_DEADLINE) was reached' : '';
    if (failure === 'timeout') {
      const after = timeoutMs === undefined ? '' : ` within ${duration(timeoutMs)}`;
      return (
        `${lead}: ${request} got no answer${after}${tries}${stop}. Gandi can be slow: ` +
        `retry later, or raise GANDI_TIMEOUT (seconds per request).`
      );
    }
    const what = detail === undefined ? code : `${code} (${detail})`;
    return `${lead}: ${request} failed: ${what}${tries}${stop}. Check the network and GANDI_API_URL, then retry.`;
  }

  const body = init.body;
  const said = body?.message ?? body?.text;
  const object = body?.object === undefined ? '' : ` ${body.object}`;
  const head = `${lead}: ${request} answered ${init.status}${object}${said === undefined ? '' : ` (${said})`}${tries}`;

  if (init.status === 401 || init.status === 403) return `${head}. ${credentialAdvice(init)}`;
  if (init.status === 404 && body?.object === 'HTTPNotFound' && init.zone !== undefined && isDomainApi(init)) {
    return (
      `${head}. Domain ${init.zone} is not registered at Gandi under this organization, or not visible to this ` +
      `token: check that the token's resources include it and, if the domain belongs to another organization, ` +
      `set that organization's sharing_id.`
    );
  }
  if (init.status === 404 && body?.object === 'HTTPNotFound' && init.zone !== undefined) {
    return (
      `${head}. Zone ${init.zone} is not on LiveDNS or not visible to this token: check the zone name, ` +
      `that the domain uses LiveDNS, that the token's resources include it, and, if the domain belongs to ` +
      `another organization, set GANDI_SHARING_ID to that organization's id.`
    );
  }
  if (init.status === 400 || init.status === 422) {
    const errors = body?.errors ?? [];
    if (errors.length === 0) return `${head}. Gandi rejected the request as invalid.`;
    return `${head}. Gandi rejected these fields:\n${errors.map((e) => `  - ${formatFieldError(e)}`).join('\n')}`;
  }
  if (init.status === 429) {
    const why =
      init.stoppedBy === 'retry-after'
        ? 'Gandi asked to wait longer than the overall deadline (GANDI_DEADLINE) allows'
        : "Gandi's rate limit (per source IP) kept refusing";
    return `${head}. ${why}: lower --rate-limit / GANDI_RATE_LIMIT, or retry later.`;
  }
  if (init.status >= 500) {
    const stop = init.stoppedBy === 'deadline' ? ', up to the overall deadline (GANDI_DEADLINE)' : '';
    return `${head}${stop}. Gandi is having trouble with this request: retry later.`;
  }
  return `${head}.`;
}
