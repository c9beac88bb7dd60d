// src/model/types.ts
var RECORD_TYPES = [
  "A",
  "AAAA",
  "ALIAS",
  "CAA",
  "CDS",
  "CNAME",
  "DNAME",
  "DS",
  "HTTPS",
  "KEY",
  "LOC",
  "MX",
  "NAPTR",
  "NS",
  "OPENPGPKEY",
  "PTR",
  "RP",
  "SPF",
  "SRV",
  "SSHFP",
  "SVCB",
  "TLSA",
  "TXT",
  "WKS"
];
var TTL_MIN = 300;
var TTL_MAX = 2592e3;
var GANDI_DEFAULT_TTL = 10800;
var APEX = "@";
function rrsetKey(rrset) {
  return `${rrset.name}/${rrset.type}`;
}
function assertNever(value, what = "value") {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}

// src/errors.ts
var UserError = class extends Error {
  /** Process exit code the CLI should use. */
  exitCode;
  constructor(message, options) {
    super(message, options?.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options?.exitCode ?? 1;
  }
};

// src/gandi/errors.ts
var PAT_PERMISSION = '"Manage domain name technical configurations"';
var GandiApiError = class _GandiApiError extends UserError {
  /** HTTP status; 0 when no response arrived (timeout, connection reset). */
  status;
  method;
  path;
  zone;
  /** Gandi's `object`, e.g. `HTTPNotFound` (no such zone, or not visible) or `dns-record` (no such rrset). */
  object;
  /** Gandi's own `message`, verbatim (redacted); `message` is ours. */
  gandiMessage;
  errors;
  /** Short excerpt of a non-JSON body. */
  bodyText;
  /** `timeout` or `network` when no HTTP status arrived. */
  failure;
  /** The transport error code (ECONNRESET, UND_ERR_SOCKET...), when no HTTP status arrived. */
  code;
  attempts;
  elapsedMs;
  retryAfterMs;
  #init;
  constructor(init) {
    super(describeFailure(init));
    this.#init = init;
    this.retryAfterMs = init.retryAfterMs;
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.zone = init.zone;
    this.object = init.body?.object;
    Object.defineProperty(this, "cause", { value: init.body?.cause, enumerable: true, writable: false });
    this.gandiMessage = init.body?.message;
    this.errors = init.body?.errors ?? [];
    this.bodyText = init.body?.text;
    this.failure = init.transport?.failure;
    this.code = init.transport?.code;
    this.attempts = init.attempts;
    this.elapsedMs = init.elapsedMs;
  }
  /** The same failure, counted over the attempts a caller made itself (e.g. a snapshot POST loop). */
  withAttempts(attempts, elapsedMs, stoppedBy) {
    return new _GandiApiError({ ...this.#init, attempts, elapsedMs, stoppedBy });
  }
  /** True when Gandi said the zone itself is not there (or not visible to this token). */
  get isZoneNotFound() {
    return this.status === 404 && this.object === "HTTPNotFound";
  }
  /** True when Gandi said the rrset is not there. */
  get isRecordNotFound() {
    return this.status === 404 && this.object === "dns-record";
  }
  /**
   * True when the request may or may not have taken effect: no answer (timeout, reset) or a 5xx.
   * A non-idempotent write (a snapshot POST) must be checked for before it is sent again.
   */
  get isUncertain() {
    return this.status === 0 || this.status >= 500;
  }
  /** JSON.stringify(error) keeps the message, which Error leaves out by default. */
  toJSON() {
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
      retryAfterMs: this.retryAfterMs
    };
  }
};
function mediaType(contentType) {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}
function isJsonMediaType(contentType) {
  const type = mediaType(contentType);
  return type === "application/json" || type.endsWith("+json");
}
var EXCERPT_LIMIT = 200;
function textExcerpt(text) {
  const flat = text.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_LIMIT ? `${flat.slice(0, EXCERPT_LIMIT)}...` : flat;
}
function stringField(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function fieldErrors(value) {
  if (!Array.isArray(value)) return [];
  return value.filter((entry) => typeof entry === "object" && entry !== null).map((entry) => ({
    location: stringField(entry.location),
    name: stringField(entry.name),
    description: stringField(entry.description) ?? stringField(entry.message)
  }));
}
function parseGandiErrorBody(text, contentType) {
  if (isJsonMediaType(contentType) || /^\s*[[{]/.test(text)) {
    try {
      const json = JSON.parse(text);
      if (typeof json === "object" && json !== null && !Array.isArray(json)) {
        const record = json;
        return {
          code: typeof record.code === "number" ? record.code : void 0,
          object: stringField(record.object),
          cause: stringField(record.cause),
          message: stringField(record.message),
          errors: fieldErrors(record.errors)
        };
      }
    } catch {
    }
  }
  const excerpt = textExcerpt(text);
  return { errors: [], text: excerpt === "" ? void 0 : excerpt };
}
function formatFieldError(error) {
  const where = [error.location, error.name].filter(Boolean).join(" ");
  return where === "" ? error.description ?? "invalid" : `${where}: ${error.description ?? "invalid"}`;
}
function duration(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${Number((ms / 1e3).toFixed(1))} s`;
}
function attemptsNote(init) {
  if (init.attempts <= 1) return "";
  return ` (${init.attempts} attempts over ${duration(init.elapsedMs)})`;
}
function credentialAdvice(init) {
  const forZone = init.zone === void 0 ? "" : ` for ${init.zone}`;
  if (init.authScheme === "Apikey") {
    return `The API key (GANDI_API_KEY) is wrong, revoked, or lacks rights${forZone}. API keys are deprecated: create a Personal Access Token with ${PAT_PERMISSION}${forZone} and set GANDI_PERSONAL_ACCESS_TOKEN instead.`;
  }
  return `The token is expired, revoked, or lacks ${PAT_PERMISSION}${forZone}: create a new Personal Access Token with that permission (Gandi admin > Organization > Sharing > Personal Access Tokens) and set GANDI_PERSONAL_ACCESS_TOKEN.`;
}
function describeFailure(init) {
  const request2 = `${init.method} ${init.path}`;
  const lead = `could not ${init.action}`;
  const tries = attemptsNote(init);
  if (init.transport !== void 0) {
    const { failure, code, detail, timeoutMs } = init.transport;
    const stop = init.stoppedBy === "deadline" ? "; the overall deadline (GANDI_DEADLINE) was reached" : "";
    if (failure === "timeout") {
      const after = timeoutMs === void 0 ? "" : ` within ${duration(timeoutMs)}`;
      return `${lead}: ${request2} got no answer${after}${tries}${stop}. Gandi can be slow: retry later, or raise GANDI_TIMEOUT (seconds per request).`;
    }
    const what = detail === void 0 ? code : `${code} (${detail})`;
    return `${lead}: ${request2} failed: ${what}${tries}${stop}. Check the network and GANDI_API_URL, then retry.`;
  }
  const body = init.body;
  const said = body?.message ?? body?.text;
  const object = body?.object === void 0 ? "" : ` ${body.object}`;
  const head = `${lead}: ${request2} answered ${init.status}${object}${said === void 0 ? "" : ` (${said})`}${tries}`;
  if (init.status === 401 || init.status === 403) return `${head}. ${credentialAdvice(init)}`;
  if (init.status === 404 && body?.object === "HTTPNotFound" && init.zone !== void 0) {
    return `${head}. Zone ${init.zone} is not on LiveDNS or not visible to this token: check the zone name, that the domain uses LiveDNS, that the token's resources include it, and, if the domain belongs to another organization, set GANDI_SHARING_ID to that organization's id.`;
  }
  if (init.status === 400 || init.status === 422) {
    const errors = body?.errors ?? [];
    if (errors.length === 0) return `${head}. Gandi rejected the request as invalid.`;
    return `${head}. Gandi rejected these fields:
${errors.map((e) => `  - ${formatFieldError(e)}`).join("\n")}`;
  }
  if (init.status === 429) {
    const why = init.stoppedBy === "retry-after" ? "Gandi asked to wait longer than the overall deadline (GANDI_DEADLINE) allows" : "Gandi's rate limit (per source IP) kept refusing";
    return `${head}. ${why}: lower --rate-limit / GANDI_RATE_LIMIT, or retry later.`;
  }
  if (init.status >= 500) {
    const stop = init.stoppedBy === "deadline" ? ", up to the overall deadline (GANDI_DEADLINE)" : "";
    return `${head}${stop}. Gandi is having trouble with this request: retry later.`;
  }
  return `${head}.`;
}

// src/gandi/http.ts
import { Agent, request } from "undici";

// src/gandi/limiter.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
};
var DEFAULT_RATE_LIMIT = 500;
var RateLimiter = class {
  ceiling;
  burst;
  floor;
  recoveryPerMinute;
  clock;
  tokens;
  refilledAt;
  /** Rate right after the last cut, and when it happened: the current rate grows linearly from there. */
  cutRate;
  cutAt;
  pausedUntil = 0;
  /** When the rate was last halved (cutAt moves to the end of a pause; this does not). */
  lastCutAt;
  queue = Promise.resolve();
  /** Requests admitted so far (for debug output and tests). */
  admitted = 0;
  constructor(options = {}) {
    const ceiling = options.requestsPerMinute ?? DEFAULT_RATE_LIMIT;
    if (!(ceiling > 0) || !Number.isFinite(ceiling)) throw new RangeError(`rate limit must be a positive number, got ${ceiling}`);
    this.ceiling = ceiling;
    this.burst = Math.max(1, options.burst ?? 8);
    this.floor = Math.min(ceiling, options.minRequestsPerMinute ?? 10);
    this.recoveryPerMinute = options.recoveryPerMinute ?? ceiling / 10;
    this.clock = options.clock ?? systemClock;
    this.tokens = this.burst;
    this.refilledAt = this.clock.now();
    this.cutRate = ceiling;
    this.cutAt = this.refilledAt;
  }
  /** The pace in force now, in requests per minute. */
  currentRate(now = this.clock.now()) {
    if (this.cutRate >= this.ceiling) return this.ceiling;
    const regained = this.recoveryPerMinute * Math.max(0, now - this.cutAt) / 6e4;
    return Math.min(this.ceiling, this.cutRate + regained);
  }
  /** Waits for a slot; admissions are first come, first served. Resolves with the admission time. */
  acquire() {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.then(
      () => void 0,
      () => void 0
    );
    return turn;
  }
  /**
   * A 429 arrived: halve the pace, and pause everyone for `retryAfterMs` when Gandi said how long.
   * `admittedAt` (what acquire() resolved with) lets a burst of 429s count once: requests admitted
   * before the last cut were sent at the old pace, so their 429s are the same event, not new ones.
   */
  rateLimited(retryAfterMs, admittedAt) {
    const now = this.clock.now();
    this.refill(now);
    const sameEvent = admittedAt !== void 0 && this.lastCutAt !== void 0 && admittedAt < this.lastCutAt;
    if (!sameEvent) {
      this.cutRate = Math.max(this.floor, this.currentRate(now) / 2);
      this.cutAt = now;
      this.lastCutAt = now;
    }
    this.tokens = Math.min(this.tokens, 1);
    if (retryAfterMs !== void 0 && retryAfterMs > 0) {
      this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
      this.refilledAt = this.pausedUntil;
      this.cutAt = this.pausedUntil;
    }
  }
  refill(now) {
    if (now <= this.refilledAt) return;
    const elapsed = now - this.refilledAt;
    this.tokens = Math.min(this.burst, this.tokens + elapsed * this.currentRate(now) / 6e4);
    this.refilledAt = now;
  }
  async take() {
    for (; ; ) {
      const now = this.clock.now();
      if (now < this.pausedUntil) {
        await this.clock.sleep(this.pausedUntil - now);
        continue;
      }
      this.refill(now);
      if (this.tokens >= 1) {
        this.tokens -= 1;
        this.admitted += 1;
        return now;
      }
      const perMs = this.currentRate(now) / 6e4;
      await this.clock.sleep(Math.max(1, Math.ceil((1 - this.tokens) / perMs)));
    }
  }
};

// src/gandi/options.ts
var DEFAULT_API_URL = "https://api.gandi.net/v5";
var SANDBOX_API_URL = "https://api.sandbox.gandi.net/v5";
var DEFAULT_PER_PAGE = 500;
var DEFAULT_MAX_IN_FLIGHT = 8;
var DEFAULT_TIMEOUT_MS = 6e4;
function nonEmpty(value) {
  const trimmed = value?.trim();
  return trimmed === void 0 || trimmed === "" ? void 0 : trimmed;
}
function positiveNumber(raw, name, options = {}) {
  const text = nonEmpty(raw);
  if (text === void 0) return void 0;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || options.integer === true && !Number.isInteger(value)) {
    const kind = options.integer === true ? "a positive integer" : "a positive number";
    throw new UserError(`${name} must be ${kind}, got "${text}"`);
  }
  return value;
}
function isTruthy(value) {
  const text = nonEmpty(value)?.toLowerCase();
  return text !== void 0 && !["0", "false", "no", "off"].includes(text);
}
function dropUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function clientOptionsFromEnv(env = process.env, overrides = {}) {
  const pat = nonEmpty(env.GANDI_PERSONAL_ACCESS_TOKEN);
  const apiKey = nonEmpty(env.GANDI_API_KEY);
  const seconds = (name) => {
    const value = positiveNumber(env[name], name);
    return value === void 0 ? void 0 : value * 1e3;
  };
  const fromEnv = {
    baseUrl: nonEmpty(env.GANDI_API_URL),
    token: pat ?? apiKey,
    authScheme: pat === void 0 && apiKey !== void 0 ? "Apikey" : "Bearer",
    sharingId: nonEmpty(env.GANDI_SHARING_ID),
    rateLimit: positiveNumber(env.GANDI_RATE_LIMIT, "GANDI_RATE_LIMIT"),
    maxInFlight: positiveNumber(env.GANDI_MAX_IN_FLIGHT, "GANDI_MAX_IN_FLIGHT", { integer: true }),
    maxAttempts: positiveNumber(env.GANDI_MAX_ATTEMPTS, "GANDI_MAX_ATTEMPTS", { integer: true }),
    timeoutMs: seconds("GANDI_TIMEOUT"),
    deadlineMs: seconds("GANDI_DEADLINE"),
    perPage: positiveNumber(env.GANDI_PER_PAGE, "GANDI_PER_PAGE", { integer: true }),
    debug: isTruthy(env.LIVEDNS_DEBUG)
  };
  return { ...dropUndefined(fromEnv), ...dropUndefined(overrides) };
}
var LOOPBACK_HOSTS = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);
function resolveBaseUrl(raw) {
  const text = (raw ?? DEFAULT_API_URL).replace(/\/+$/, "");
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new UserError(`GANDI_API_URL is not a URL: "${text}" (expected e.g. ${DEFAULT_API_URL}, or ${SANDBOX_API_URL} for the sandbox)`);
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    throw new UserError("GANDI_API_URL must be a plain API root, without credentials, query or fragment");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new UserError(`GANDI_API_URL must use https (plain http only on 127.0.0.1 for the emulator), got "${text}"`);
  }
  return text;
}

// src/gandi/retry.ts
var DEFAULT_RETRY_POLICY = {
  // Five attempts ride out a short outage or a rate-limit window without hiding a persistent failure.
  maxAttempts: 5,
  // Gandi is slow (dnscontrol raised its client timeout to 10 minutes): give one request up to 5 minutes.
  deadlineMs: 3e5,
  baseDelayMs: 500,
  maxDelayMs: 3e4
};
var TRANSIENT_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT"
]);
function isTransientCode(code) {
  return TRANSIENT_CODES.has(code);
}
function isRetryableStatus(status) {
  return status === 429 || status >= 500;
}
function backoffDelay(policy, attempt, random, retryAfterMs) {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(random() * cap);
  return Math.max(jittered, retryAfterMs ?? 0);
}
function parseRetryAfter(value, now) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return void 0;
  return Math.max(0, at - now);
}

// src/gandi/http.ts
var USER_AGENT = "livedns-gitops (+https://github.com/livedns-gitops)";
var Slots = class {
  free;
  waiting = [];
  constructor(size) {
    this.free = size;
  }
  async acquire() {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise((resolve) => this.waiting.push(resolve));
  }
  release() {
    const next = this.waiting.shift();
    if (next === void 0) this.free += 1;
    else next();
  }
};
function headerRecord(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}
function transportCode(error) {
  if (typeof error === "object" && error !== null) {
    const { code, name } = error;
    if (typeof code === "string" && code !== "") return code;
    if (typeof name === "string" && name !== "") return name;
  }
  return "unknown error";
}
function redact(text, secret) {
  return secret === "" ? text : text.split(secret).join("***");
}
function checkToken(token) {
  if (token === void 0 || token.trim() === "") {
    throw new UserError(
      `no Gandi credentials: set GANDI_PERSONAL_ACCESS_TOKEN to a Personal Access Token with the "Manage domain name technical configurations" permission (create one in Gandi's admin under Organization > Sharing > Personal Access Tokens)`
    );
  }
  if (!/^[\x21-\x7e]+$/.test(token.trim())) {
    throw new UserError("GANDI_PERSONAL_ACCESS_TOKEN holds spaces or non-printable characters: paste the token again");
  }
  return token.trim();
}
var GandiHttp = class {
  baseUrl;
  perPage;
  policy;
  limiter;
  clock;
  random;
  authScheme;
  token;
  sharingId;
  timeoutMs;
  slots;
  dispatcher;
  ownsDispatcher;
  debug;
  log;
  constructor(options) {
    this.token = checkToken(options.token);
    this.authScheme = options.authScheme ?? "Bearer";
    try {
      this.baseUrl = resolveBaseUrl(options.baseUrl);
    } catch (error) {
      if (error instanceof UserError) throw new UserError(redact(error.message, this.token));
      throw error;
    }
    this.sharingId = options.sharingId;
    this.perPage = options.perPage ?? DEFAULT_PER_PAGE;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.policy = {
      maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
      deadlineMs: options.deadlineMs ?? DEFAULT_RETRY_POLICY.deadlineMs,
      baseDelayMs: options.retryBaseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
      maxDelayMs: options.retryMaxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs
    };
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
    this.limiter = options.limiter ?? new RateLimiter({ requestsPerMinute: options.rateLimit, clock: this.clock, burst: maxInFlight });
    this.slots = new Slots(maxInFlight);
    this.ownsDispatcher = options.dispatcher === void 0;
    this.dispatcher = options.dispatcher ?? new Agent({ connections: maxInFlight, keepAliveTimeout: 3e4, keepAliveMaxTimeout: 12e4, headersTimeout: this.timeoutMs, bodyTimeout: this.timeoutMs });
    this.debug = options.debug ?? false;
    this.log = options.log ?? ((line) => process.stderr.write(`${line}
`));
    if (this.authScheme === "Apikey") {
      this.log(
        "warning: GANDI_API_KEY is deprecated by Gandi (keys cannot be scoped or newly created): create a Personal Access Token and set GANDI_PERSONAL_ACCESS_TOKEN instead"
      );
    }
  }
  /** Writes a line to the log with the credential redacted, whatever the caller put in it. */
  emit(line) {
    this.log(redact(line, this.token));
  }
  url(req) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(req.query ?? {})) {
      if (value !== void 0) params.set(name, String(value));
    }
    if (this.sharingId !== void 0) params.set("sharing_id", this.sharingId);
    const path2 = `/${req.api}${req.path}`;
    const query = params.toString();
    return { url: `${this.baseUrl}${path2}${query === "" ? "" : `?${query}`}`, shown: query === "" ? path2 : `${path2}?${query}` };
  }
  async attempt(req, url) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    try {
      const headers = {
        authorization: `${this.authScheme} ${this.token}`,
        accept: "application/json",
        "user-agent": USER_AGENT
      };
      let body;
      if (req.body !== void 0) {
        headers["content-type"] = "application/json";
        body = JSON.stringify(req.body);
      }
      const response = await request(url, {
        dispatcher: this.dispatcher,
        method: req.method,
        headers,
        body,
        signal: controller.signal
      });
      const text = await response.body.text();
      return { kind: "response", status: response.statusCode, headers: headerRecord(response.headers), text };
    } catch (error) {
      if (timedOut) return { kind: "transport", failure: "timeout", code: "timeout" };
      const code = transportCode(error);
      const failure = code.includes("TIMEOUT") || code === "ETIMEDOUT" ? "timeout" : "network";
      const detail = isTransientCode(code) || !(error instanceof Error) ? void 0 : redact(error.message, this.token);
      return { kind: "transport", failure, code, detail };
    } finally {
      clearTimeout(timer);
    }
  }
  /** Backoff before attempt `attempt + 1`, honouring a Retry-After. */
  backoff(attempt, retryAfterMs) {
    return backoffDelay(this.policy, attempt, this.random, retryAfterMs);
  }
  /**
   * Sends one request, retrying idempotent ones. Resolves with 2xx responses; throws GandiApiError for
   * anything else, after the retries the policy allows.
   */
  async send(req) {
    const { url, shown } = this.url(req);
    const path2 = `/${req.api}${req.path}`;
    const retry = req.retry ?? (req.method === "GET" || req.method === "PUT" || req.method === "DELETE");
    let firstStart;
    for (let attempt = 1; ; attempt += 1) {
      await this.slots.acquire();
      let outcome;
      let started;
      let admittedAt;
      try {
        admittedAt = await this.limiter.acquire();
        started = performance.now();
        firstStart ??= this.clock.now();
        outcome = await this.attempt(req, url);
      } finally {
        this.slots.release();
      }
      const ms = Math.round(performance.now() - started);
      if (this.debug) {
        const result = outcome.kind === "response" ? String(outcome.status) : outcome.code;
        this.emit(`livedns: ${req.method} ${shown} ${result} ${ms}ms${attempt > 1 ? ` (attempt ${attempt})` : ""}`);
      }
      let body;
      let retryAfterMs;
      if (outcome.kind === "response") {
        const contentType = outcome.headers["content-type"];
        if (outcome.status >= 200 && outcome.status < 300) {
          return { status: outcome.status, headers: outcome.headers, data: this.parseSuccess(outcome.text, contentType) };
        }
        body = parseGandiErrorBody(redact(outcome.text, this.token), contentType);
        if (outcome.status === 429) {
          retryAfterMs = parseRetryAfter(outcome.headers["retry-after"], this.clock.now());
          this.limiter.rateLimited(retryAfterMs, admittedAt);
        }
      }
      const elapsedMs = () => this.clock.now() - (firstStart ?? this.clock.now());
      const fail = (stoppedBy) => new GandiApiError({
        status: outcome.kind === "response" ? outcome.status : 0,
        method: req.method,
        path: path2,
        action: req.action,
        zone: req.zone,
        body,
        transport: outcome.kind === "transport" ? { failure: outcome.failure, code: outcome.code, detail: outcome.detail, timeoutMs: this.timeoutMs } : void 0,
        attempts: attempt,
        elapsedMs: elapsedMs(),
        stoppedBy,
        authScheme: this.authScheme,
        retryAfterMs
      });
      const transient = outcome.kind === "response" ? isRetryableStatus(outcome.status) : outcome.failure === "timeout" || isTransientCode(outcome.code);
      if (!retry || !transient || attempt >= this.policy.maxAttempts) throw fail();
      const delay = this.backoff(attempt, retryAfterMs);
      if (elapsedMs() + delay > this.policy.deadlineMs) {
        const beyond = retryAfterMs !== void 0 && retryAfterMs >= delay;
        throw fail(beyond ? "retry-after" : "deadline");
      }
      if (this.debug) this.emit(`livedns: retrying ${req.method} ${shown} in ${delay}ms (attempt ${attempt + 1} of ${this.policy.maxAttempts})`);
      await this.clock.sleep(delay);
    }
  }
  parseSuccess(text, contentType) {
    if (text === "") return void 0;
    if (!isJsonMediaType(contentType)) return text;
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  /**
   * Every item of a paginated collection, with an explicit per_page. Stops when `Total-Count` items are
   * in, or on a short or empty page. Page numbers are followed rather than `Link` URLs so that the
   * credential only ever goes to the configured root. A zone of at most per_page items costs one GET.
   */
  async listAll(req) {
    let perPage = this.perPage;
    const items2 = [];
    for (let page = 1; ; page += 1) {
      const response = await this.send({ ...req, query: { ...req.query, page, per_page: perPage } });
      if (!Array.isArray(response.data)) {
        throw new UserError(`could not ${req.action}: GET /${req.api}${req.path} did not answer a JSON list`);
      }
      const batch = response.data;
      const total = Number.parseInt(response.headers["total-count"] ?? "", 10);
      const known = Number.isFinite(total);
      if (batch.length === 0) break;
      items2.push(...batch);
      if (known ? items2.length >= total : batch.length < perPage) break;
      if (page === 1 && batch.length < perPage) perPage = batch.length;
    }
    return items2;
  }
  async close() {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }
};

// src/gandi/client.ts
var segment = (value) => encodeURIComponent(value);
var zonePath = (fqdn) => `/domains/${segment(fqdn)}`;
var rrsetPath = (fqdn, name, type) => `${zonePath(fqdn)}/records/${segment(name)}/${segment(type)}`;
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function unexpected(action, what) {
  return new UserError(`could not ${action}: Gandi's answer was not the expected ${what}`);
}
function toRrset(value, action) {
  if (!isRecord(value) || typeof value.rrset_name !== "string" || typeof value.rrset_type !== "string" || !Array.isArray(value.rrset_values) || !value.rrset_values.every((v) => typeof v === "string")) {
    throw unexpected(action, "rrset (rrset_name, rrset_type, rrset_values)");
  }
  const rrset = { rrset_name: value.rrset_name, rrset_type: value.rrset_type, rrset_values: value.rrset_values };
  if (typeof value.rrset_ttl === "number") rrset.rrset_ttl = value.rrset_ttl;
  if (typeof value.rrset_href === "string") rrset.rrset_href = value.rrset_href;
  return rrset;
}
function toDomain(value, action) {
  if (!isRecord(value) || typeof value.fqdn !== "string") throw unexpected(action, "domain object");
  const domain = { fqdn: value.fqdn };
  if (typeof value.domain_href === "string") domain.domain_href = value.domain_href;
  if (typeof value.domain_records_href === "string") domain.domain_records_href = value.domain_records_href;
  if (typeof value.domain_keys_href === "string") domain.domain_keys_href = value.domain_keys_href;
  if (typeof value.automatic_snapshots === "boolean") domain.automatic_snapshots = value.automatic_snapshots;
  return domain;
}
function toSnapshotSummary(value, action) {
  if (!isRecord(value) || typeof value.id !== "string") throw unexpected(action, "snapshot object");
  const summary = {
    id: value.id,
    name: typeof value.name === "string" ? value.name : "",
    created_at: typeof value.created_at === "string" ? value.created_at : "",
    automatic: value.automatic === true
  };
  const href = typeof value.href === "string" ? value.href : typeof value.snapshot_href === "string" ? value.snapshot_href : void 0;
  if (href !== void 0) summary.href = href;
  return summary;
}
var LiveDnsHttpClient = class {
  constructor(http) {
    this.http = http;
  }
  http;
  live(req) {
    return { api: "livedns", ...req };
  }
  async listDomains() {
    const action = "list the LiveDNS domains";
    const items2 = await this.http.listAll(this.live({ method: "GET", path: "/domains", action }));
    return items2.map((item) => toDomain(item, action));
  }
  async getDomain(fqdn) {
    const action = `read LiveDNS domain ${fqdn}`;
    const response = await this.http.send(this.live({ method: "GET", path: zonePath(fqdn), action, zone: fqdn }));
    return toDomain(response.data, action);
  }
  async listRecords(fqdn) {
    const action = `list the rrsets of zone ${fqdn}`;
    const items2 = await this.http.listAll(this.live({ method: "GET", path: `${zonePath(fqdn)}/records`, action, zone: fqdn }));
    return items2.map((item) => toRrset(item, action));
  }
  async putRrset(fqdn, name, type, ttl, values) {
    await this.http.send(
      this.live({
        method: "PUT",
        path: rrsetPath(fqdn, name, type),
        body: { rrset_values: values, rrset_ttl: ttl },
        action: `write rrset ${name} ${type} in zone ${fqdn}`,
        zone: fqdn
      })
    );
  }
  async deleteRrset(fqdn, name, type) {
    try {
      await this.http.send(
        this.live({ method: "DELETE", path: rrsetPath(fqdn, name, type), action: `delete rrset ${name} ${type} in zone ${fqdn}`, zone: fqdn })
      );
    } catch (error) {
      if (error instanceof GandiApiError && error.isRecordNotFound) return;
      throw error;
    }
  }
  async replaceZone(fqdn, items2) {
    const clean = items2.map((item) => {
      const rrset = { rrset_name: item.rrset_name, rrset_type: item.rrset_type, rrset_values: item.rrset_values };
      if (item.rrset_ttl !== void 0) rrset.rrset_ttl = item.rrset_ttl;
      return rrset;
    });
    await this.http.send(
      this.live({ method: "PUT", path: `${zonePath(fqdn)}/records`, body: { items: clean }, action: `replace the rrsets of zone ${fqdn}`, zone: fqdn })
    );
  }
  /**
   * POST is not idempotent: after an uncertain failure (timeout, reset, 5xx) the snapshot may exist
   * already, so the list is searched for this exact name before posting again. A 429 was refused
   * outright and is simply retried after its wait.
   */
  async createSnapshot(fqdn, name) {
    const action = `snapshot zone ${fqdn}`;
    const { policy, clock } = this.http;
    const startedAt = clock.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        const response = await this.http.send(
          this.live({ method: "POST", path: `${zonePath(fqdn)}/snapshots`, body: { name }, action, zone: fqdn, retry: false })
        );
        if (isRecord(response.data) && typeof response.data.id === "string") return { id: response.data.id };
        const found = await this.findSnapshot(fqdn, name);
        if (found !== void 0) return { id: found.id };
        throw new UserError(`could not ${action}: Gandi answered ${response.status} without a snapshot id, and no snapshot named "${name}" is listed`);
      } catch (error) {
        if (!(error instanceof GandiApiError) || !(error.status === 429 || error.isUncertain)) throw error;
        if (error.isUncertain) {
          const found = await this.findSnapshot(fqdn, name);
          if (found !== void 0) return { id: found.id };
        }
        const elapsed = clock.now() - startedAt;
        if (attempt >= policy.maxAttempts) throw error.withAttempts(attempt, elapsed);
        const delay = this.http.backoff(attempt, error.retryAfterMs);
        if (elapsed + delay > policy.deadlineMs) throw error.withAttempts(attempt, elapsed, "deadline");
        await clock.sleep(delay);
      }
    }
  }
  async findSnapshot(fqdn, name) {
    const matches = (await this.listSnapshots(fqdn)).filter((snapshot) => snapshot.name === name);
    return matches.sort((a, b) => b.created_at.localeCompare(a.created_at))[0];
  }
  async listSnapshots(fqdn) {
    const action = `list the snapshots of zone ${fqdn}`;
    const items2 = await this.http.listAll(this.live({ method: "GET", path: `${zonePath(fqdn)}/snapshots`, action, zone: fqdn }));
    return items2.map((item) => toSnapshotSummary(item, action));
  }
  async getSnapshot(fqdn, id) {
    const action = `read snapshot ${id} of zone ${fqdn}`;
    const response = await this.http.send(this.live({ method: "GET", path: `${zonePath(fqdn)}/snapshots/${segment(id)}`, action, zone: fqdn }));
    const summary = toSnapshotSummary(response.data, action);
    const zoneData = isRecord(response.data) && Array.isArray(response.data.zone_data) ? response.data.zone_data : [];
    return { ...summary, zone_data: zoneData.map((item) => toRrset(item, action)) };
  }
  async deleteSnapshot(fqdn, id) {
    await this.http.send(
      this.live({ method: "DELETE", path: `${zonePath(fqdn)}/snapshots/${segment(id)}`, action: `delete snapshot ${id} of zone ${fqdn}`, zone: fqdn })
    );
  }
  close() {
    return this.http.close();
  }
};
function createLiveDnsClient(options) {
  return new LiveDnsHttpClient(new GandiHttp(options));
}

// src/emulator/server.ts
import { createServer } from "node:http";

// src/emulator/faults.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function globToRegExp(glob) {
  const body = glob.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`(?:^|/)${body.startsWith("/") ? body.slice(1) : body}$`);
}
var SERVER_ERRORS = [500, 502, 503, 504];
var FaultInjector = class {
  constructor(faults = {}) {
    this.faults = faults;
    this.random = seededRandom(faults.seed ?? 1);
    this.compiled = (faults.rules ?? []).map((rule) => ({ rule, path: rule.path === void 0 ? void 0 : globToRegExp(rule.path) }));
    this.matched = this.compiled.map(() => 0);
  }
  faults;
  random;
  matched;
  compiled;
  window = [];
  decide(request2, now) {
    const [resetDraw, limitDraw, errorDraw, pick] = [this.random(), this.random(), this.random(), this.random()];
    for (const [i, { rule, path: path2 }] of this.compiled.entries()) {
      if (rule.method !== void 0 && rule.method.toUpperCase() !== request2.method) continue;
      if (path2 !== void 0 && !path2.test(request2.path)) continue;
      this.matched[i] += 1;
      const nth = rule.nth ?? 1;
      const times = rule.times ?? 1;
      const seen = this.matched[i];
      if (seen >= nth && (times === 0 || seen < nth + times)) return { action: rule.action, retryAfter: rule.retryAfter, source: "rule" };
    }
    const hooked = this.faults.failOn?.(request2);
    if (hooked !== void 0) return { action: hooked, source: "failOn" };
    if (this.faults.limitPerMinute !== void 0) {
      while (this.window.length > 0 && this.window[0] <= now - 6e4) this.window.shift();
      if (this.window.length >= this.faults.limitPerMinute) {
        const retryAfter = Math.max(1, Math.ceil((this.window[0] + 6e4 - now) / 1e3));
        return { action: 429, retryAfter, source: "limit" };
      }
      this.window.push(now);
    }
    if (resetDraw < (this.faults.reset ?? 0)) return { action: "reset", source: "reset" };
    if (limitDraw < (this.faults.rate429 ?? 0)) return { action: 429, retryAfter: this.faults.retryAfter ?? 1, source: "rate429" };
    if (errorDraw < (this.faults.error5xx ?? 0)) {
      return { action: SERVER_ERRORS[Math.floor(pick * SERVER_ERRORS.length)], source: "error5xx" };
    }
    return void 0;
  }
};

// src/emulator/journal.ts
import { createWriteStream } from "node:fs";
var Journal = class {
  entries = [];
  stream;
  constructor(file) {
    this.stream = file === void 0 ? void 0 : createWriteStream(file, { flags: "a" });
  }
  record(entry) {
    this.entries.push(entry);
    this.stream?.write(`${JSON.stringify(entry)}
`);
  }
  async close() {
    const stream = this.stream;
    if (stream === void 0) return;
    await new Promise((resolve, reject) => stream.end((error) => error ? reject(error) : resolve()));
  }
};

// src/emulator/livedns.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/emulator/router.ts
var HttpError = class extends Error {
  constructor(status, body, options = {}) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.options = options;
  }
  status;
  body;
  options;
};
var REASONS = {
  400: ["HTTPBadRequest", "Bad Request", "The browser (or proxy) sent a request that this server could not understand."],
  401: [
    "HTTPUnauthorized",
    "Unauthorized",
    "The server could not verify that you authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad api key), or your access token has expired"
  ],
  403: ["HTTPForbidden", "Forbidden", "Access was denied to this resource."],
  404: ["HTTPNotFound", "Not Found", "The resource could not be found."],
  405: ["HTTPMethodNotAllowed", "Method Not Allowed", "The method is not allowed for the requested URL."],
  409: ["HTTPConflict", "Conflict", "A conflict happened while processing the request."],
  413: ["HTTPRequestEntityTooLarge", "Request Entity Too Large", "The data value transmitted exceeds the capacity limit."],
  415: ["HTTPUnsupportedMediaType", "Unsupported Media Type", "The server does not support the media type transmitted in the request."],
  429: ["HTTPTooManyRequests", "Too Many Requests", "Too Many Requests"],
  500: ["HTTPInternalServerError", "Internal Server Error", "The server has either erred or is incapable of performing the requested operation."],
  502: ["HTTPBadGateway", "Bad Gateway", "The proxy server received an invalid response from an upstream server."],
  503: ["HTTPServiceUnavailable", "Service Unavailable", "The server is temporarily unable to service your request."],
  504: ["HTTPGatewayTimeout", "Gateway Timeout", "The gateway did not receive a timely response from the upstream server."]
};
function gandiError(status, overrides = {}) {
  const [object, cause, message] = REASONS[status] ?? ["HTTPError", "Error", `HTTP ${status}`];
  return { code: status, message: overrides.message ?? message, object: overrides.object ?? object, cause: overrides.cause ?? cause };
}
function validationError(errors) {
  return new HttpError(400, { status: "error", errors });
}
var Router = class {
  routes = [];
  add(route) {
    this.routes.push({ ...route, segments: route.pattern.split("/").slice(1) });
    return this;
  }
  /** `segments` are the decoded path segments (without the leading empty one). */
  match(method, segments) {
    let pathMatched = false;
    for (const route of this.routes) {
      if (route.segments.length !== segments.length) continue;
      const params = {};
      const same = route.segments.every((part, i) => {
        if (part.startsWith(":")) {
          params[part.slice(1)] = segments[i];
          return segments[i] !== "";
        }
        return part === segments[i];
      });
      if (!same) continue;
      pathMatched = true;
      if (route.method === method) return { kind: "found", route, params };
    }
    return pathMatched ? { kind: "wrong-method" } : { kind: "none" };
  }
};

// src/emulator/state.ts
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
var DEFAULT_EMULATOR_TOKEN = "livedns-emulator-token";
var GANDI_RRSET_TYPES = /* @__PURE__ */ new Set([
  "A",
  "AAAA",
  "ALIAS",
  "CAA",
  "CDS",
  "CNAME",
  "DNAME",
  "DS",
  "HTTPS",
  "KEY",
  "LOC",
  "MX",
  "NAPTR",
  "NS",
  "OPENPGPKEY",
  "PTR",
  "RP",
  "SOA",
  "SPF",
  "SRV",
  "SSHFP",
  "SVCB",
  "TLSA",
  "TXT",
  "WKS"
]);
function isHiddenRrset(rrset) {
  return rrset.rrset_type === "SOA" || rrset.rrset_name === "@" && rrset.rrset_type === "NS";
}
var TXT_CHUNK = 255;
function parseQuotedStrings(value) {
  const chunks = [];
  let i = 0;
  const text = value.trim();
  while (i < text.length) {
    if (text[i] !== '"') return void 0;
    i += 1;
    let chunk = "";
    let closed = false;
    while (i < text.length) {
      const ch = text[i];
      if (ch === "\\") {
        const digits = /^\d{3}/.exec(text.slice(i + 1));
        if (digits !== null) {
          chunk += String.fromCharCode(Number(digits[0]));
          i += 4;
        } else {
          chunk += text[i + 1] ?? "";
          i += 2;
        }
      } else if (ch === '"') {
        closed = true;
        i += 1;
        break;
      } else {
        chunk += ch;
        i += 1;
      }
    }
    if (!closed) return void 0;
    chunks.push(chunk);
    while (text[i] === " " || text[i] === "	") i += 1;
  }
  return chunks.length === 0 ? void 0 : chunks;
}
function quote(chunk) {
  let out = '"';
  for (const ch of chunk) {
    const code = ch.charCodeAt(0);
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (code < 32 || code > 126) out += `\\${String(code).padStart(3, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}
function storeTxtValue(value) {
  const chunks = parseQuotedStrings(value) ?? [value];
  const split = [];
  for (const chunk of chunks) {
    const bytes = Buffer.from(chunk, "latin1");
    if (bytes.length === 0) split.push("");
    for (let start = 0; start < bytes.length; start += TXT_CHUNK) split.push(bytes.subarray(start, start + TXT_CHUNK).toString("latin1"));
  }
  return split.map(quote).join(" ");
}
function storeValues(type, values) {
  return type === "TXT" || type === "SPF" ? values.map(storeTxtValue) : [...values];
}
var IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
function validateRrset(name, type, ttl, values, where) {
  const errors = [];
  const at = (field) => where === "" ? field : `${where}.${field}`;
  if (name === "" || /\s/.test(name)) errors.push({ location: "body", name: at("rrset_name"), description: `'${name}' is not a valid record name` });
  if (!GANDI_RRSET_TYPES.has(type)) errors.push({ location: "body", name: at("rrset_type"), description: `'${type}' is not one of the allowed rrset types` });
  if (ttl !== void 0 && (typeof ttl !== "number" || !Number.isInteger(ttl) || ttl < TTL_MIN || ttl > TTL_MAX)) {
    errors.push({ location: "body", name: at("rrset_ttl"), description: `${JSON.stringify(ttl)} is not an integer between ${TTL_MIN} and ${TTL_MAX}` });
  }
  if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === "string")) {
    errors.push({ location: "body", name: at("rrset_values"), description: "must be a non-empty list of strings" });
    return errors;
  }
  for (const value of values) {
    if (!/^[\x20-\x7e]+$/.test(value) || value.length > 16384) {
      errors.push({ location: "body", name: at("rrset_values"), description: `'${value.slice(0, 60)}': must be 1 to 16384 printable ASCII characters` });
    } else if (type === "NS" && IPV4.test(value.replace(/\.$/, ""))) {
      errors.push({ location: "body", name: at("rrset_values"), description: `'${value}': invalid hostname` });
    }
  }
  if (name === "@" && type === "NS") errors.push({ location: "body", name: at("rrset_type"), description: "can't use '@' for NS records" });
  if (type === "SOA") errors.push({ location: "body", name: at("rrset_type"), description: "the SOA record is managed by Gandi" });
  if (name === "@" && type === "CNAME") errors.push({ location: "body", name: at("rrset_type"), description: "a CNAME is not allowed at the apex: use ALIAS" });
  if (name !== "@" && type === "ALIAS") errors.push({ location: "body", name: at("rrset_type"), description: "ALIAS records are only allowed at the apex" });
  return errors;
}
function cnameConflicts(rrsets) {
  const typesByName = /* @__PURE__ */ new Map();
  for (const rrset of rrsets) typesByName.set(rrset.rrset_name, [...typesByName.get(rrset.rrset_name) ?? [], rrset.rrset_type]);
  const errors = [];
  for (const [name, types] of typesByName) {
    if (types.includes("CNAME") && types.length > 1) {
      errors.push({ location: "body", name: "rrset_type", description: `${name}: a CNAME cannot coexist with other records (${types.join(", ")})` });
    }
  }
  return errors;
}
function gandiTimestamp(date) {
  return `${date.toISOString().slice(0, 19)}Z`;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function normaliseState(input, source = "emulator state") {
  if (!isObject(input) || !isObject(input.domains)) throw new UserError(`${source}: expected an object with "domains" (by FQDN)`);
  const domains = {};
  for (const [fqdn, raw] of Object.entries(input.domains)) {
    if (!isObject(raw) || !Array.isArray(raw.rrsets)) throw new UserError(`${source}: domain "${fqdn}" needs an "rrsets" list`);
    const rrsets = raw.rrsets.map((item, index) => {
      if (!isObject(item) || typeof item.rrset_name !== "string" || typeof item.rrset_type !== "string" || !Array.isArray(item.rrset_values)) {
        throw new UserError(`${source}: domain "${fqdn}" rrset #${index + 1} needs rrset_name, rrset_type and rrset_values`);
      }
      const values = item.rrset_values.map(String);
      return {
        rrset_name: item.rrset_name,
        rrset_type: item.rrset_type,
        rrset_ttl: typeof item.rrset_ttl === "number" ? item.rrset_ttl : GANDI_DEFAULT_TTL,
        rrset_values: storeValues(item.rrset_type, values)
      };
    });
    const snapshots = Array.isArray(raw.snapshots) ? structuredClone(raw.snapshots) : [];
    const domain = { rrsets, snapshots };
    if (typeof raw.automatic_snapshots === "boolean") domain.automatic_snapshots = raw.automatic_snapshots;
    domains[fqdn.toLowerCase().replace(/\.$/, "")] = domain;
  }
  const state = { domains };
  if (Array.isArray(input.tokens)) state.tokens = structuredClone(input.tokens);
  return state;
}
async function saveState(file, state) {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}
`, "utf8");
  await rename(temporary, file);
}

// src/emulator/livedns.ts
var BASE = "/v5/livedns";
var DEFAULT_PER_PAGE2 = 100;
var CREATED = { message: "DNS Record Created" };
function hrefSegment(value) {
  return encodeURIComponent(value).replace(/\*/g, "%2A");
}
function domainHref(ctx, fqdn) {
  return `${ctx.origin}${BASE}/domains/${hrefSegment(fqdn)}`;
}
function rrsetHref(ctx, fqdn, rrset) {
  return `${domainHref(ctx, fqdn)}/records/${hrefSegment(rrset.rrset_name)}/${hrefSegment(rrset.rrset_type)}`;
}
function withHref(ctx, fqdn, rrset) {
  return { ...rrset, rrset_href: rrsetHref(ctx, fqdn, rrset) };
}
function zoneOf(ctx) {
  if (ctx.domain === void 0) throw new Error("route without a zone parameter");
  return ctx.domain;
}
function recordNotFound(name, type) {
  return new HttpError(404, gandiError(404, { message: `Can't find the DNS record ${name}/${type} in the zone`, object: "dns-record" }));
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function bodyObject(ctx) {
  if (!isObject2(ctx.body)) throw validationError([{ location: "body", name: "", description: "a JSON object body is required" }]);
  return ctx.body;
}
function sortedVisible(rrsets) {
  const key = (r) => `${r.rrset_name}\0${r.rrset_type}`;
  return rrsets.filter((r) => !isHiddenRrset(r)).sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
function positiveInt(ctx, name, fallback) {
  const raw = ctx.query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw validationError([{ location: "querystring", name, description: `'${raw}' is not an integer >= 1` }]);
  }
  return value;
}
function paginate(ctx, items2, maxPerPage) {
  const page = positiveInt(ctx, "page", 1);
  const perPage = Math.min(positiveInt(ctx, "per_page", DEFAULT_PER_PAGE2), maxPerPage ?? Number.POSITIVE_INFINITY);
  const slice = items2.slice((page - 1) * perPage, page * perPage);
  const headers = { "total-count": String(items2.length), "filtered-count": String(slice.length) };
  const last = Math.max(1, Math.ceil(items2.length / perPage));
  const link = (p) => {
    const query = new URLSearchParams(ctx.query);
    query.set("page", String(p));
    query.set("per_page", String(perPage));
    return `<${ctx.origin}${ctx.path}?${query.toString()}>`;
  };
  const links = [...page < last ? [`${link(page + 1)}; rel="next"`] : [], `${link(last)}; rel="last"`];
  headers.link = links.join(", ");
  return { status: 200, body: slice, headers };
}
function caseMismatch(domain, name, type) {
  const lower = name.toLowerCase();
  return domain.rrsets.some((r) => r.rrset_type === type && r.rrset_name !== name && r.rrset_name.toLowerCase() === lower);
}
function find(domain, name, type) {
  return domain.rrsets.find((r) => r.rrset_name === name && r.rrset_type === type);
}
function readRrsetInput(name, type, ttl, values, where) {
  const errors = validateRrset(name, type, ttl, values, where);
  if (errors.length > 0) throw validationError(errors);
  return { rrset_name: name, rrset_type: type, rrset_ttl: ttl ?? GANDI_DEFAULT_TTL, rrset_values: storeValues(type, values) };
}
function commit(domain, next) {
  const conflicts = cnameConflicts(next);
  if (conflicts.length > 0) throw validationError(conflicts);
  domain.rrsets = next;
}
function upsert(domain, rrset) {
  if (caseMismatch(domain, rrset.rrset_name, rrset.rrset_type)) throw new HttpError(500, gandiError(500));
  const others = domain.rrsets.filter((r) => !(r.rrset_name === rrset.rrset_name && r.rrset_type === rrset.rrset_type));
  commit(domain, [...others, rrset]);
}
function created(ctx, fqdn, rrset) {
  const headers = {};
  if (rrset !== void 0) headers.location = rrsetHref(ctx, fqdn, rrset);
  return { status: 201, body: CREATED, headers };
}
function createOnly(ctx, fqdn, rrset) {
  const domain = zoneOf(ctx);
  if (find(domain, rrset.rrset_name, rrset.rrset_type) !== void 0) {
    throw new HttpError(409, gandiError(409, { message: "This record already exists", object: "dns-record" }));
  }
  upsert(domain, rrset);
  return created(ctx, fqdn, rrset);
}
function snapshotSummary(ctx, fqdn, snapshot) {
  return {
    id: snapshot.id,
    name: snapshot.name,
    created_at: snapshot.created_at,
    automatic: snapshot.automatic,
    href: `${domainHref(ctx, fqdn)}/snapshots/${snapshot.id}`
  };
}
function findSnapshot(ctx) {
  const snapshot = (zoneOf(ctx).snapshots ?? []).find((s) => s.id === ctx.params.id);
  if (snapshot === void 0) throw new HttpError(404, gandiError(404, { message: `Can't find the snapshot ${ctx.params.id}`, object: "snapshot" }));
  return snapshot;
}
function defaultSnapshotName(domain, now) {
  const day = now.toISOString().slice(0, 10);
  const sameDay = (domain.snapshots ?? []).filter((s) => s.name.startsWith(`${day} #`)).length;
  return `${day} #${sameDay + 1}`;
}
function items(body) {
  if (!Array.isArray(body.items)) throw validationError([{ location: "body", name: "items", description: "a list of rrsets is required" }]);
  return body.items;
}
function registerLiveDnsRoutes(router, options = {}) {
  const page = (ctx, list) => paginate(ctx, list, options.maxPerPage);
  const zone = "fqdn";
  router.add({
    method: "GET",
    pattern: `${BASE}/domains`,
    handler: (ctx) => {
      const visible = Object.keys(ctx.state.domains).filter((fqdn) => ctx.token?.zones === void 0 || ctx.token.zones.includes(fqdn)).sort().map((fqdn) => ({ fqdn, domain_href: domainHref(ctx, fqdn), domain_records_href: `${domainHref(ctx, fqdn)}/records` }));
      return page(ctx, visible);
    }
  });
  router.add({
    method: "POST",
    pattern: `${BASE}/domains`,
    handler: (ctx) => {
      const body = bodyObject(ctx);
      const fqdn = typeof body.fqdn === "string" ? body.fqdn.toLowerCase() : "";
      if (fqdn === "") throw validationError([{ location: "body", name: "fqdn", description: "required" }]);
      if (ctx.state.domains[fqdn] !== void 0) throw new HttpError(409, gandiError(409, { message: "The domain already exists" }));
      const zoneItems = isObject2(body.zone) && Array.isArray(body.zone.items) ? body.zone.items : [];
      const rrsets = zoneItems.map((item, i) => {
        const r = isObject2(item) ? item : {};
        return readRrsetInput(String(r.rrset_name ?? ""), String(r.rrset_type ?? ""), r.rrset_ttl, r.rrset_values, `zone.items.${i}`);
      });
      ctx.state.domains[fqdn] = { rrsets, snapshots: [] };
      return { status: 201, body: { message: "Domain Created" }, headers: { location: domainHref(ctx, fqdn) } };
    }
  });
  router.add({
    method: "GET",
    pattern: `${BASE}/domains/:fqdn`,
    zone,
    handler: (ctx) => {
      const fqdn = ctx.params.fqdn;
      const href = domainHref(ctx, fqdn);
      return {
        status: 200,
        body: {
          fqdn,
          automatic_snapshots: zoneOf(ctx).automatic_snapshots ?? false,
          domain_href: href,
          domain_records_href: `${href}/records`,
          domain_keys_href: `${href}/keys`
        }
      };
    }
  });
  router.add({
    method: "PATCH",
    pattern: `${BASE}/domains/:fqdn`,
    zone,
    handler: (ctx) => {
      const body = bodyObject(ctx);
      if (typeof body.automatic_snapshots !== "boolean") {
        throw validationError([{ location: "body", name: "automatic_snapshots", description: "must be a boolean" }]);
      }
      zoneOf(ctx).automatic_snapshots = body.automatic_snapshots;
      return { status: 200, body: { message: "Domain updated" } };
    }
  });
  const nameservers = (domain) => domain?.rrsets.find((r) => r.rrset_name === "@" && r.rrset_type === "NS")?.rrset_values.map((v) => v.replace(/\.$/, "")) ?? [
    "ns-101-a.gandi.net",
    "ns-102-b.gandi.net",
    "ns-103-c.gandi.net"
  ];
  router.add({ method: "GET", pattern: `${BASE}/domains/:fqdn/nameservers`, zone, handler: (ctx) => ({ status: 200, body: nameservers(ctx.domain) }) });
  router.add({ method: "GET", pattern: `${BASE}/nameservers/:fqdn`, public: true, handler: () => ({ status: 200, body: nameservers(void 0) }) });
  router.add({ method: "GET", pattern: `${BASE}/dns/rrtypes`, handler: () => ({ status: 200, body: [...GANDI_RRSET_TYPES] }) });
  router.add({
    method: "GET",
    pattern: `${BASE}/domains/:fqdn/records`,
    zone,
    handler: (ctx) => {
      const fqdn = ctx.params.fqdn;
      const type = ctx.query.get("rrset_type");
      let list = sortedVisible(zoneOf(ctx).rrsets).filter((r) => type === null || r.rrset_type === type);
      const sortBy = ctx.query.get("sort_by") ?? "rrset_name";
      if (!["rrset_name", "-rrset_name", "rrset_type", "-rrset_type"].includes(sortBy)) {
        throw validationError([{ location: "querystring", name: "sort_by", description: `'${sortBy}' is not a sortable field` }]);
      }
      if (sortBy.endsWith("rrset_type")) list = [...list].sort((a, b) => a.rrset_type < b.rrset_type ? -1 : a.rrset_type > b.rrset_type ? 1 : 0);
      if (sortBy.startsWith("-")) list = list.reverse();
      return page(ctx, list.map((r) => withHref(ctx, fqdn, r)));
    }
  });
  router.add({
    method: "PUT",
    pattern: `${BASE}/domains/:fqdn/records`,
    zone,
    handler: (ctx) => {
      const domain = zoneOf(ctx);
      const list = items(bodyObject(ctx)).map((item, i) => {
        const r = isObject2(item) ? item : {};
        return readRrsetInput(String(r.rrset_name ?? ""), String(r.rrset_type ?? ""), r.rrset_ttl, r.rrset_values, `items.${i}`);
      });
      const keys = /* @__PURE__ */ new Set();
      for (const r of list) {
        const key = `${r.rrset_name}/${r.rrset_type}`;
        if (keys.has(key)) throw validationError([{ location: "body", name: "items", description: `${key} appears twice` }]);
        keys.add(key);
      }
      commit(domain, [...domain.rrsets.filter(isHiddenRrset), ...list]);
      return { status: 201, body: CREATED };
    }
  });
  router.add({
    method: "POST",
    pattern: `${BASE}/domains/:fqdn/records`,
    zone,
    handler: (ctx) => {
      const body = bodyObject(ctx);
      const rrset = readRrsetInput(String(body.rrset_name ?? ""), String(body.rrset_type ?? ""), body.rrset_ttl, body.rrset_values, "");
      return createOnly(ctx, ctx.params.fqdn, rrset);
    }
  });
  router.add({
    method: "DELETE",
    pattern: `${BASE}/domains/:fqdn/records`,
    zone,
    handler: (ctx) => {
      const domain = zoneOf(ctx);
      domain.rrsets = domain.rrsets.filter(isHiddenRrset);
      return { status: 204 };
    }
  });
  router.add({
    method: "GET",
    pattern: `${BASE}/domains/:fqdn/records/:name`,
    zone,
    handler: (ctx) => {
      const { fqdn, name } = ctx.params;
      const list = sortedVisible(zoneOf(ctx).rrsets).filter((r) => r.rrset_name === name);
      return { status: 200, body: list.map((r) => withHref(ctx, fqdn, r)) };
    }
  });
  router.add({
    method: "PUT",
    pattern: `${BASE}/domains/:fqdn/records/:name`,
    zone,
    handler: (ctx) => {
      const domain = zoneOf(ctx);
      const name = ctx.params.name;
      const list = items(bodyObject(ctx)).map((item, i) => {
        const r = isObject2(item) ? item : {};
        return readRrsetInput(name, String(r.rrset_type ?? ""), r.rrset_ttl, r.rrset_values, `items.${i}`);
      });
      if (list.some((r) => caseMismatch(domain, name, r.rrset_type))) throw new HttpError(500, gandiError(500));
      commit(domain, [...domain.rrsets.filter((r) => r.rrset_name !== name || isHiddenRrset(r)), ...list]);
      return { status: 201, body: CREATED };
    }
  });
  router.add({
    method: "POST",
    pattern: `${BASE}/domains/:fqdn/records/:name`,
    zone,
    handler: (ctx) => {
      const body = bodyObject(ctx);
      const rrset = readRrsetInput(ctx.params.name, String(body.rrset_type ?? ""), body.rrset_ttl, body.rrset_values, "");
      return createOnly(ctx, ctx.params.fqdn, rrset);
    }
  });
  router.add({
    method: "DELETE",
    pattern: `${BASE}/domains/:fqdn/records/:name`,
    zone,
    handler: (ctx) => {
      const domain = zoneOf(ctx);
      const name = ctx.params.name;
      const doomed = domain.rrsets.filter((r) => r.rrset_name === name && !isHiddenRrset(r));
      if (doomed.length === 0) throw new HttpError(404, gandiError(404, { message: `Can't find the DNS record ${name} in the zone`, object: "dns-record" }));
      domain.rrsets = domain.rrsets.filter((r) => !doomed.includes(r));
      return { status: 204 };
    }
  });
  router.add({
    method: "GET",
    pattern: `${BASE}/domains/:fqdn/records/:name/:type`,
    zone,
    handler: (ctx) => {
      const { fqdn, name, type } = ctx.params;
      const rrset = find(zoneOf(ctx), name, type);
      if (rrset === void 0) throw recordNotFound(name, type);
      return { status: 200, body: withHref(ctx, fqdn, rrset) };
    }
  });
  router.add({
    method: "PUT",
    pattern: `${BASE}/domains/:fqdn/records/:name/:type`,
    zone,
    handler: (ctx) => {
      const { fqdn, name, type } = ctx.params;
      const body = bodyObject(ctx);
      const rrset = readRrsetInput(name, type, body.rrset_ttl, body.rrset_values, "");
      upsert(zoneOf(ctx), rrset);
      return created(ctx, fqdn, rrset);
    }
  });
  router.add({
    method: "POST",
    pattern: `${BASE}/domains/:fqdn/records/:name/:type`,
    zone,
    handler: (ctx) => {
      const { fqdn, name, type } = ctx.params;
      const body = bodyObject(ctx);
      return createOnly(ctx, fqdn, readRrsetInput(name, type, body.rrset_ttl, body.rrset_values, ""));
    }
  });
  router.add({
    method: "PATCH",
    pattern: `${BASE}/domains/:fqdn/records/:name/:type`,
    zone,
    handler: (ctx) => {
      const { fqdn, name, type } = ctx.params;
      const domain = zoneOf(ctx);
      if (caseMismatch(domain, name, type)) throw new HttpError(500, gandiError(500));
      const existing = find(domain, name, type);
      if (existing === void 0) throw recordNotFound(name, type);
      const body = bodyObject(ctx);
      const asList = (value) => Array.isArray(value) ? value.map(String) : [];
      const removed = new Set(storeValues(type, asList(body.remove_rrset_values)));
      const values = [...existing.rrset_values.filter((v) => !removed.has(v)), ...storeValues(type, asList(body.add_rrset_values))];
      const rrset = readRrsetInput(name, type, body.rrset_ttl ?? existing.rrset_ttl, [...new Set(values)], "");
      upsert(domain, rrset);
      return { status: 200, body: withHref(ctx, fqdn, rrset) };
    }
  });
  router.add({
    method: "DELETE",
    pattern: `${BASE}/domains/:fqdn/records/:name/:type`,
    zone,
    handler: (ctx) => {
      const { name, type } = ctx.params;
      const domain = zoneOf(ctx);
      const rrset = find(domain, name, type);
      if (rrset === void 0) throw recordNotFound(name, type);
      domain.rrsets = domain.rrsets.filter((r) => r !== rrset);
      return { status: 204 };
    }
  });
  router.add({
    method: "GET",
    pattern: `${BASE}/domains/:fqdn/snapshots`,
    zone,
    handler: (ctx) => {
      const fqdn = ctx.params.fqdn;
      const automatic = ctx.query.get("automatic");
      let list = (zoneOf(ctx).snapshots ?? []).filter((s) => automatic === null || String(s.automatic) === automatic);
      list = [...list].sort((a, b) => a.created_at.localeCompare(b.created_at));
      if (ctx.query.get("sort_by") === "-date_created") list.reverse();
      return page(ctx, list.map((s) => snapshotSummary(ctx, fqdn, s)));
    }
  });
  router.add({
    method: "POST",
    pattern: `${BASE}/domains/:fqdn/snapshots`,
    zone,
    handler: (ctx) => {
      const fqdn = ctx.params.fqdn;
      const domain = zoneOf(ctx);
      const body = ctx.body === void 0 ? {} : bodyObject(ctx);
      if (body.name !== void 0 && (typeof body.name !== "string" || body.name === "")) {
        throw validationError([{ location: "body", name: "name", description: "must be a non-empty string" }]);
      }
      const now = ctx.now();
      const snapshot = {
        id: randomUUID2(),
        name: typeof body.name === "string" ? body.name : defaultSnapshotName(domain, now),
        created_at: gandiTimestamp(now),
        automatic: false,
        // What Gandi shows of a snapshot: the listed rrsets, without hrefs (the docs' example has neither).
        zone_data: structuredClone(sortedVisible(domain.rrsets))
      };
      (domain.snapshots ??= []).push(snapshot);
      return {
        status: 201,
        body: { id: snapshot.id, message: "Snapshot Created" },
        headers: { location: `${domainHref(ctx, fqdn)}/snapshots/${snapshot.id}` }
      };
    }
  });
  router.add({
    method: "GET",
    pattern: `${BASE}/domains/:fqdn/snapshots/:id`,
    zone,
    handler: (ctx) => {
      const snapshot = findSnapshot(ctx);
      return { status: 200, body: { ...snapshotSummary(ctx, ctx.params.fqdn, snapshot), zone_data: snapshot.zone_data } };
    }
  });
  router.add({
    method: "PATCH",
    pattern: `${BASE}/domains/:fqdn/snapshots/:id`,
    zone,
    handler: (ctx) => {
      const snapshot = findSnapshot(ctx);
      const body = bodyObject(ctx);
      if (typeof body.name !== "string" || body.name === "") throw validationError([{ location: "body", name: "name", description: "required" }]);
      snapshot.name = body.name;
      return { status: 200, body: { message: "Snapshot updated" } };
    }
  });
  router.add({
    method: "DELETE",
    pattern: `${BASE}/domains/:fqdn/snapshots/:id`,
    zone,
    handler: (ctx) => {
      const snapshot = findSnapshot(ctx);
      const domain = zoneOf(ctx);
      domain.snapshots = (domain.snapshots ?? []).filter((s) => s !== snapshot);
      return { status: 204 };
    }
  });
}

// src/emulator/server.ts
var BODY_LIMIT = 16 * 1024 * 1024;
var RECEIVED_KEPT = 1e4;
var BodyTooLarge = class extends Error {
};
function readBody(request2) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request2.on("data", (chunk) => {
      size += chunk.length;
      if (size > BODY_LIMIT) reject(new BodyTooLarge());
      else chunks.push(chunk);
    });
    request2.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request2.on("error", reject);
  });
}
function decodeSegments(path2) {
  try {
    return path2.split("/").slice(1).map((segment2) => decodeURIComponent(segment2));
  } catch {
    return void 0;
  }
}
function fromHttpError(error) {
  return { status: error.status, body: error.body, text: error.options.text, contentType: error.options.contentType, headers: error.options.headers };
}
var FORBIDDEN_HTML = "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n</body>\r\n</html>\r\n";
function injectedReply(status, retryAfter) {
  if (status === 502) return { status, text: "502 Bad Gateway", contentType: "text/plain" };
  const headers = {};
  if (status === 429 && retryAfter !== void 0 && retryAfter > 0) headers["retry-after"] = String(retryAfter);
  return { status, body: gandiError(status), headers };
}
async function startEmulator(options = {}) {
  const state = normaliseState(options.state ?? { domains: {} });
  const tokens = [...options.tokens ?? state.tokens ?? []];
  const defaultToken = options.token ?? (tokens.length === 0 ? DEFAULT_EMULATOR_TOKEN : void 0);
  if (defaultToken !== void 0 && !tokens.some((t) => t.token === defaultToken)) tokens.unshift({ token: defaultToken });
  state.tokens = tokens;
  const router = new Router();
  registerLiveDnsRoutes(router, { maxPerPage: options.maxPerPage });
  const journal = new Journal(options.journalFile);
  let injector = new FaultInjector(options.faults);
  const received = [];
  const waiters = /* @__PURE__ */ new Set();
  const sockets = /* @__PURE__ */ new Set();
  const timers = /* @__PURE__ */ new Set();
  let origin = "";
  let requestCount = 0;
  let closed = false;
  const pause = (ms) => new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });
  function authenticate(header) {
    const match = /^(Bearer|Apikey)\s+(\S+)\s*$/i.exec(header ?? "");
    const token2 = match === null ? void 0 : tokens.find((t) => t.token === match[2] && (t.scheme ?? "Bearer").toLowerCase() === match[1].toLowerCase());
    if (token2 === void 0 || token2.expired === true) throw new HttpError(401, gandiError(401));
    return token2;
  }
  function forbidden(token2) {
    if (options.htmlForbidden === true || token2.htmlForbidden === true) {
      return new HttpError(403, void 0, { text: FORBIDDEN_HTML, contentType: "text/html" });
    }
    return new HttpError(403, gandiError(403));
  }
  function route(request2, path2, query, bodyText) {
    const method = request2.method ?? "GET";
    const segments = decodeSegments(path2);
    if (segments === void 0) return fromHttpError(validationError([{ location: "path", name: "", description: "malformed percent-encoding" }]));
    const found = router.match(method, segments);
    if (found.kind === "none") return { status: 404, body: gandiError(404) };
    if (found.kind === "wrong-method") return { status: 405, body: gandiError(405) };
    const { route: matched, params } = found;
    try {
      const token2 = matched.public === true ? void 0 : authenticate(request2.headers.authorization);
      let body;
      if (bodyText.trim() !== "") {
        const type = (request2.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
        if (type !== "application/json") throw new HttpError(415, gandiError(415));
        try {
          body = JSON.parse(bodyText);
        } catch {
          throw validationError([{ location: "body", name: "", description: "the body is not valid JSON" }]);
        }
      }
      let domain;
      if (matched.zone !== void 0) {
        const fqdn = params[matched.zone];
        const visible = token2?.zones === void 0 || token2.zones.includes(fqdn);
        domain = visible ? state.domains[fqdn] : void 0;
        if (domain === void 0) throw new HttpError(404, gandiError(404));
      }
      if (token2?.readOnly === true && method !== "GET") throw forbidden(token2);
      const context = { method, path: path2, params, query, body, state, token: token2, origin, domain, now: () => /* @__PURE__ */ new Date() };
      const response = matched.handler(context);
      return response;
    } catch (error) {
      if (error instanceof HttpError) return fromHttpError(error);
      process.stderr.write(`livedns emulator: internal error on ${method} ${path2}: ${error instanceof Error ? error.stack : String(error)}
`);
      return { status: 500, body: gandiError(500) };
    }
  }
  function send(response, reply) {
    const headers = { ...reply.headers };
    let payload = "";
    if (reply.status !== 204) {
      if (reply.text !== void 0) {
        payload = reply.text;
        headers["content-type"] = reply.contentType ?? "text/plain";
      } else if (reply.body !== void 0) {
        payload = JSON.stringify(reply.body);
        headers["content-type"] = reply.contentType ?? (reply.status < 400 ? "application/json; charset=utf-8" : "application/json; charset=UTF-8");
      }
    }
    headers["content-length"] = String(Buffer.byteLength(payload));
    response.writeHead(reply.status, headers);
    response.end(payload);
  }
  async function handle(request2, response) {
    const arrived = performance.now();
    const at = (/* @__PURE__ */ new Date()).toISOString();
    const method = request2.method ?? "GET";
    const url2 = new URL(request2.url ?? "/", "http://127.0.0.1");
    const path2 = url2.pathname;
    const queryText = url2.search.replace(/^\?/, "");
    const note = (status, fault) => {
      const entry = { method, path: path2, status, ms: Math.round(performance.now() - arrived), at };
      if (queryText !== "") entry.query = queryText;
      if (fault !== void 0) entry.fault = fault;
      journal.record(entry);
      options.onRequest?.(entry);
    };
    let bodyText;
    try {
      bodyText = await readBody(request2);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      send(response, { status: 413, body: gandiError(413) });
      note(413);
      return;
    }
    let parsedBody;
    try {
      parsedBody = bodyText === "" ? void 0 : JSON.parse(bodyText);
    } catch {
      parsedBody = void 0;
    }
    const faultRequest = {
      index: requestCount += 1,
      method,
      path: `/${(decodeSegments(path2) ?? path2.split("/").slice(1)).join("/")}`,
      query: url2.searchParams,
      body: parsedBody
    };
    received.push(faultRequest);
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
    const action = decision?.action;
    if (action === "reset") {
      request2.socket.destroy();
      note(0, decision?.source);
      return;
    }
    if (action === "hang") return;
    if (action === "drop-response") {
      route(request2, path2, url2.searchParams, bodyText);
      request2.socket.destroy();
      note(0, decision?.source);
      return;
    }
    let reply;
    if (typeof action === "number") reply = injectedReply(action, decision?.retryAfter);
    else if (typeof action === "object") {
      const body = action.body ?? (action.text === void 0 ? gandiError(action.status) : void 0);
      reply = { status: action.status, body, text: action.text, contentType: action.contentType, headers: action.headers };
    } else reply = route(request2, path2, url2.searchParams, bodyText);
    send(response, reply);
    note(reply.status, decision?.source);
  }
  const server = createServer((request2, response) => {
    handle(request2, response).catch((error) => {
      process.stderr.write(`livedns emulator: ${error instanceof Error ? error.message : String(error)}
`);
      if (!response.headersSent) send(response, { status: 500, body: gandiError(500) });
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/v5`;
  const token = defaultToken ?? tokens[0].token;
  return {
    url,
    port,
    token,
    env: { GANDI_API_URL: url, GANDI_PERSONAL_ACCESS_TOKEN: token },
    state,
    journal: journal.entries,
    get faults() {
      return injector.faults;
    },
    set faults(faults) {
      injector = new FaultInjector(faults);
    },
    waitForRequest(match, timeoutMs = 1e4) {
      const seen = received.find(match);
      if (seen !== void 0) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (request2) => {
            clearTimeout(timer);
            resolve(request2);
          },
          cancel: () => {
            clearTimeout(timer);
            reject(new Error("the emulator closed before a matching request arrived"));
          }
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
      const stopped = new Promise((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await stopped;
      await journal.close();
    }
  };
}
export {
  APEX,
  GANDI_DEFAULT_TTL,
  GandiApiError,
  RECORD_TYPES,
  RateLimiter,
  TTL_MAX,
  TTL_MIN,
  UserError,
  assertNever,
  clientOptionsFromEnv,
  createLiveDnsClient,
  rrsetKey,
  startEmulator
};
