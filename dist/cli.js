#!/usr/bin/env node

// src/cli/main.ts
import { Command, CommanderError } from "commander";

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

// src/cli/commands/emulator.ts
import { existsSync } from "node:fs";
import { InvalidArgumentError } from "commander";

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
  decide(request, now) {
    const [resetDraw, limitDraw, errorDraw, pick] = [this.random(), this.random(), this.random(), this.random()];
    for (const [i, { rule, path: path2 }] of this.compiled.entries()) {
      if (rule.method !== void 0 && rule.method.toUpperCase() !== request.method) continue;
      if (path2 !== void 0 && !path2.test(request.path)) continue;
      this.matched[i] += 1;
      const nth = rule.nth ?? 1;
      const times = rule.times ?? 1;
      const seen = this.matched[i];
      if (seen >= nth && (times === 0 || seen < nth + times)) return { action: rule.action, retryAfter: rule.retryAfter, source: "rule" };
    }
    const hooked = this.faults.failOn?.(request);
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
var NAMED_ACTIONS = /* @__PURE__ */ new Set(["reset", "drop-response", "hang"]);
function checkRule(value, text) {
  const rule = value;
  const action = rule?.action;
  const validAction = typeof action === "number" && action >= 100 && action <= 599 || typeof action === "string" && NAMED_ACTIONS.has(action) || typeof action === "object" && action !== null && typeof action.status === "number";
  if (typeof value !== "object" || value === null || !validAction) {
    throw new UserError(`fault rule "${text}": needs an action (an HTTP status, "reset", "drop-response" or "hang")`);
  }
  return rule;
}
function parseFaultRule(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) {
    let json;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new UserError(`fault rule "${text}" is not valid JSON: ${error.message}`);
    }
    return checkRule(json, text);
  }
  const match = /^(?:(GET|POST|PUT|PATCH|DELETE)\b\s*)?([^#=\s]*)(?:#(\d+))?(?:x(\d+))?(?:=(\S+))?$/i.exec(trimmed);
  if (match === null || match[1] === void 0 && match[2] === "") {
    throw new UserError(`fault rule "${text}": expected e.g. PUT#3=503, "DELETE /records/old/A=reset" or JSON`);
  }
  const [, method, path2, nth, times, actionText] = match;
  const action = actionText === void 0 ? 500 : /^\d+$/.test(actionText) ? Number(actionText) : actionText;
  const rule = { action };
  if (method !== void 0) rule.method = method.toUpperCase();
  if (path2 !== void 0 && path2 !== "") rule.path = path2;
  if (nth !== void 0) rule.nth = Number(nth);
  if (times !== void 0) rule.times = Number(times);
  return checkRule(rule, text);
}

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

// src/model/types.ts
var TTL_MIN = 300;
var TTL_MAX = 2592e3;
var GANDI_DEFAULT_TTL = 10800;

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
function newZoneRrsets() {
  const ttl = GANDI_DEFAULT_TTL;
  const srv = (name, value) => ({ rrset_name: name, rrset_type: "SRV", rrset_ttl: ttl, rrset_values: [value] });
  return [
    { rrset_name: "@", rrset_type: "SOA", rrset_ttl: ttl, rrset_values: [`ns1.gandi.net. hostmaster.gandi.net. 1700000000 10800 3600 604800 10800`] },
    { rrset_name: "@", rrset_type: "NS", rrset_ttl: ttl, rrset_values: ["ns-101-a.gandi.net.", "ns-102-b.gandi.net.", "ns-103-c.gandi.net."] },
    { rrset_name: "@", rrset_type: "A", rrset_ttl: ttl, rrset_values: ["217.70.184.38"] },
    { rrset_name: "@", rrset_type: "MX", rrset_ttl: ttl, rrset_values: ["10 spool.mail.gandi.net.", "50 fb.mail.gandi.net."] },
    { rrset_name: "@", rrset_type: "TXT", rrset_ttl: ttl, rrset_values: ['"v=spf1 include:_mailcust.gandi.net ?all"'] },
    srv("_imap._tcp", "0 0 0 ."),
    srv("_imaps._tcp", "0 1 993 mail.gandi.net."),
    srv("_pop3._tcp", "0 0 0 ."),
    srv("_pop3s._tcp", "10 1 995 mail.gandi.net."),
    srv("_submission._tcp", "0 1 465 mail.gandi.net."),
    { rrset_name: "gm1._domainkey", rrset_type: "CNAME", rrset_ttl: ttl, rrset_values: ["gm1.gandimail.net."] },
    { rrset_name: "gm2._domainkey", rrset_type: "CNAME", rrset_ttl: ttl, rrset_values: ["gm2.gandimail.net."] },
    { rrset_name: "gm3._domainkey", rrset_type: "CNAME", rrset_ttl: ttl, rrset_values: ["gm3.gandimail.net."] },
    { rrset_name: "webmail", rrset_type: "CNAME", rrset_ttl: ttl, rrset_values: ["webmail.gandi.net."] },
    { rrset_name: "www", rrset_type: "CNAME", rrset_ttl: ttl, rrset_values: ["webredir.vip.gandi.net."] }
  ];
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
async function loadState(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UserError(`cannot read emulator state ${file}: ${error.code ?? String(error)}`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserError(`emulator state ${file} is not valid JSON: ${error.message}`);
  }
  return normaliseState(json, file);
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
var DEFAULT_PER_PAGE = 100;
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
  const perPage = Math.min(positiveInt(ctx, "per_page", DEFAULT_PER_PAGE), maxPerPage ?? Number.POSITIVE_INFINITY);
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
function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on("data", (chunk) => {
      size += chunk.length;
      if (size > BODY_LIMIT) reject(new BodyTooLarge());
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
function decodeSegments(path2) {
  try {
    return path2.split("/").slice(1).map((segment) => decodeURIComponent(segment));
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
  function route(request, path2, query, bodyText) {
    const method = request.method ?? "GET";
    const segments = decodeSegments(path2);
    if (segments === void 0) return fromHttpError(validationError([{ location: "path", name: "", description: "malformed percent-encoding" }]));
    const found = router.match(method, segments);
    if (found.kind === "none") return { status: 404, body: gandiError(404) };
    if (found.kind === "wrong-method") return { status: 405, body: gandiError(405) };
    const { route: matched, params } = found;
    try {
      const token2 = matched.public === true ? void 0 : authenticate(request.headers.authorization);
      let body;
      if (bodyText.trim() !== "") {
        const type = (request.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
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
  async function handle(request, response) {
    const arrived = performance.now();
    const at = (/* @__PURE__ */ new Date()).toISOString();
    const method = request.method ?? "GET";
    const url2 = new URL(request.url ?? "/", "http://127.0.0.1");
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
      bodyText = await readBody(request);
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
      request.socket.destroy();
      note(0, decision?.source);
      return;
    }
    if (action === "hang") return;
    if (action === "drop-response") {
      route(request, path2, url2.searchParams, bodyText);
      request.socket.destroy();
      note(0, decision?.source);
      return;
    }
    let reply;
    if (typeof action === "number") reply = injectedReply(action, decision?.retryAfter);
    else if (typeof action === "object") {
      const body = action.body ?? (action.text === void 0 ? gandiError(action.status) : void 0);
      reply = { status: action.status, body, text: action.text, contentType: action.contentType, headers: action.headers };
    } else reply = route(request, path2, url2.searchParams, bodyText);
    send(response, reply);
    note(reply.status, decision?.source);
  }
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
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
          resolve: (request) => {
            clearTimeout(timer);
            resolve(request);
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

// src/cli/commands/emulator.ts
import { readFile as readFile2 } from "node:fs/promises";
function number(kind) {
  return (raw) => {
    const value = Number(raw);
    const ok = kind === "ratio" ? value >= 0 && value <= 1 : kind === "port" ? Number.isInteger(value) && value >= 0 && value <= 65535 : Number.isInteger(value) && value >= 0;
    if (raw.trim() === "" || !ok) {
      throw new InvalidArgumentError(kind === "ratio" ? "expected a ratio between 0 and 1" : kind === "port" ? "expected a port, 0..65535" : "expected an integer >= 0");
    }
    return value;
  };
}
function collectRule(raw, previous) {
  try {
    return [...previous, parseFaultRule(raw)];
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}
async function readFaultsFile(file) {
  try {
    const json = JSON.parse(await readFile2(file, "utf8"));
    if (typeof json !== "object" || json === null || Array.isArray(json)) throw new Error("expected a JSON object");
    const faults = json;
    for (const rule of faults.rules ?? []) parseFaultRule(JSON.stringify(rule));
    return faults;
  } catch (error) {
    throw new UserError(`cannot use faults file ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
async function run(opts) {
  const state = opts.state !== void 0 && existsSync(opts.state) ? await loadState(opts.state) : normaliseState({ domains: {} });
  for (const fqdn of opts.zone) {
    const key = fqdn.toLowerCase().replace(/\.$/, "");
    state.domains[key] ??= { rrsets: newZoneRrsets(), snapshots: [] };
  }
  const fromFile = opts.faults === void 0 ? {} : await readFaultsFile(opts.faults);
  const faults = {
    ...fromFile,
    ...opts.seed === void 0 ? {} : { seed: opts.seed },
    ...opts.rate429 === void 0 ? {} : { rate429: opts.rate429 },
    ...opts.error5xx === void 0 ? {} : { error5xx: opts.error5xx },
    ...opts.reset === void 0 ? {} : { reset: opts.reset },
    ...opts.latency === void 0 ? {} : { latencyMs: opts.latency },
    ...opts.retryAfter === void 0 ? {} : { retryAfter: opts.retryAfter },
    ...opts.limitPerMinute === void 0 ? {} : { limitPerMinute: opts.limitPerMinute },
    rules: [...fromFile.rules ?? [], ...opts.failOn]
  };
  let emulator;
  try {
    emulator = await startEmulator({
      port: opts.port,
      state,
      token: opts.token,
      journalFile: opts.journal,
      faults,
      maxPerPage: opts.maxPerPage,
      htmlForbidden: opts.htmlForbidden,
      onRequest: opts.verbose === true ? (entry) => process.stderr.write(`${JSON.stringify(entry)}
`) : void 0
    });
  } catch (error) {
    const code = error.code;
    if (code === "EADDRINUSE") throw new UserError(`port ${opts.port} is in use: pick another with --port, or --port 0 for a free one`);
    throw error;
  }
  const zones = Object.keys(emulator.state.domains);
  process.stdout.write(
    `LiveDNS emulator listening on ${emulator.url} (${zones.length} zone${zones.length === 1 ? "" : "s"}${zones.length > 0 ? `: ${zones.join(", ")}` : ""})
export GANDI_API_URL=${emulator.url} GANDI_PERSONAL_ACCESS_TOKEN=${emulator.token}
`
  );
  const signal = await new Promise((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  await emulator.close();
  if (opts.state !== void 0) {
    await saveState(opts.state, emulator.state);
    process.stderr.write(`emulator state saved to ${opts.state}
`);
  }
  process.stderr.write(`emulator stopped (${signal}) after ${emulator.journal.length} requests
`);
}
function registerEmulatorCommand(program) {
  program.command("emulator").description("Run a local LiveDNS emulator on 127.0.0.1 (same paths and quirks as Gandi) until Ctrl-C").option("--port <n>", "TCP port, 0 for a free one", number("port"), 8053).option("--state <file>", "load the zones from this JSON file if it exists, and save them there on exit").option("--token <token>", "the token that sees every zone (default livedns-emulator-token)").option("--journal <file>", "append one JSON line per request to this file").option("--zone <fqdn>", "add a zone pre-filled like a new Gandi zone (repeatable)", (v, p) => [...p, v], []).option("--rate-429 <ratio>", "share of requests answered 429 with Retry-After", number("ratio")).option("--retry-after <seconds>", "Retry-After on injected 429s (0: none)", number("integer")).option("--error-5xx <ratio>", "share of requests answered 500/502/503/504", number("ratio")).option("--reset <ratio>", "share of connections destroyed without an answer", number("ratio")).option("--latency <ms>", "milliseconds added to every answer", number("integer")).option("--limit-per-minute <n>", "answer 429 beyond this many requests per rolling minute", number("integer")).option("--seed <n>", "seed for the random faults", number("integer")).option("--fail-on <rule>", 'fail a specific request: PUT#3=503, "DELETE /records/old/A=reset", POST=hang, or JSON (repeatable)', collectRule, []).option("--faults <file>", "JSON file of fault settings (EmulatorFaults without failOn)").option("--max-per-page <n>", "cap per_page like a server that silently lowers it", number("integer")).option("--html-forbidden", "answer 403s with an HTML page instead of JSON").option("--verbose", "print each request as a JSON line on stderr").action(run);
}

// src/cli/commands/index.ts
function registerCommands(program) {
  registerEmulatorCommand(program);
}

// src/cli/main.ts
var VERSION = "0.1.0";
function buildProgram() {
  const program = new Command("livedns").description("DNS-as-code for Gandi LiveDNS: validate, plan, apply and roll back zones kept as YAML in Git.").version(VERSION).showHelpAfterError().exitOverride();
  registerCommands(program);
  return program;
}
async function main(argv) {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 1;
    }
    if (error instanceof UserError) {
      process.stderr.write(`error: ${error.message}
`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    process.stderr.write(`internal error (a bug in livedns-gitops; please report it):
${detail}
`);
    return 1;
  }
}

// src/cli/bin.ts
process.exitCode = await main(process.argv);
