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

// src/model/address.ts
var OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
var IPV4 = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);
function isIpv4(text) {
  return IPV4.test(text);
}
function parseIpv4(text) {
  if (!IPV4.test(text)) return void 0;
  const parts = text.split(".");
  if (parts.length !== 4) return void 0;
  const octets = [];
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return void 0;
    const octet = Number(part);
    if (octet > 255) return void 0;
    octets.push(octet);
  }
  return octets;
}
function ipv4WithoutLeadingZeros(text) {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^[0-9]{1,3}$/.test(p))) return void 0;
  const fixed = parts.map((p) => String(Number(p))).join(".");
  return parseIpv4(fixed) ? fixed : void 0;
}
function parseIpv6(text) {
  if (text.length === 0 || text.length > 45 || !/^[0-9a-fA-F:.]+$/.test(text)) return void 0;
  const halves = text.split("::");
  if (halves.length > 2) return void 0;
  const parseSide = (side, isLast) => {
    if (side === "") return [];
    const groups = [];
    const pieces = side.split(":");
    for (const [index, piece] of pieces.entries()) {
      if (piece.includes(".")) {
        if (!isLast || index !== pieces.length - 1) return void 0;
        const v4 = parseIpv4(piece);
        if (!v4) return void 0;
        groups.push((v4[0] ?? 0) << 8 | (v4[1] ?? 0), (v4[2] ?? 0) << 8 | (v4[3] ?? 0));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return void 0;
        groups.push(parseInt(piece, 16));
      }
    }
    return groups;
  };
  if (halves.length === 1) {
    const groups = parseSide(text, true);
    return groups && groups.length === 8 ? groups : void 0;
  }
  const head = parseSide(halves[0] ?? "", false);
  const tail = parseSide(halves[1] ?? "", true);
  if (!head || !tail) return void 0;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return void 0;
  return [...head, ...new Array(missing).fill(0), ...tail];
}
function formatIpv6(groups) {
  if (groups.length !== 8) throw new Error("an IPv6 address has eight groups");
  const isMapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 65535;
  if (isMapped) {
    const hi = groups[6] ?? 0;
    const lo = groups[7] ?? 0;
    return `::ffff:${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestLength < 2) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
function canonicalIpv6(text) {
  const groups = parseIpv6(text);
  return groups ? formatIpv6(groups) : void 0;
}

// src/model/names.ts
import { domainToASCII } from "node:url";
var MAX_LABEL_LENGTH = 63;
var MAX_NAME_LENGTH = 253;
var LABEL_CHARS = /^[a-z0-9_-]+$/;
function canonicalOwnerName(raw) {
  return raw === "" ? APEX : raw.toLowerCase();
}
function absoluteName(name, zone) {
  return name === APEX ? zone : `${name}.${zone}`;
}
function checkOwnerName(name, zone) {
  if (name === APEX) return void 0;
  if (name === "") return { message: "empty record name", hint: 'write "@" for the apex of the zone' };
  if (name.endsWith(".")) {
    const relative = relativeFromAbsolute(name.slice(0, -1).toLowerCase(), zone);
    return {
      message: `record name "${name}" ends with a dot; names are relative to the zone`,
      hint: relative === void 0 ? `write the name relative to ${zone}` : `write "${relative}"`
    };
  }
  const nonAscii = asciiProblem(name, "record name");
  if (nonAscii) return nonAscii;
  const lower = name.toLowerCase();
  const labels = lower.split(".");
  for (const [index, label] of labels.entries()) {
    if (label === "*") {
      if (index === 0) continue;
      return { message: `record name "${name}": "*" is only allowed as the leftmost label`, hint: 'a wildcard name looks like "*" or "*.sub"' };
    }
    const problem2 = labelProblem(label, name);
    if (problem2) return problem2;
  }
  const total = absoluteName(lower, zone).length;
  if (total > MAX_NAME_LENGTH) {
    return { message: `record name "${name}" is ${total} characters long with the zone; the limit is ${MAX_NAME_LENGTH}` };
  }
  return void 0;
}
var VALID_HOST = /^(?:[a-zA-Z0-9_-]{1,63}\.)*[a-zA-Z0-9_-]{1,63}$/;
function checkHostName(host, what) {
  if (host.length <= MAX_NAME_LENGTH && VALID_HOST.test(host)) return void 0;
  if (host === "") return { message: `empty ${what}` };
  const nonAscii = asciiProblem(host, what);
  if (nonAscii) return nonAscii;
  for (const label of host.split(".")) {
    const problem2 = labelProblem(label, host, what);
    if (problem2) return problem2;
  }
  if (host.length > MAX_NAME_LENGTH) {
    return { message: `${what} "${host}" is ${host.length} characters long; the limit is ${MAX_NAME_LENGTH}` };
  }
  return void 0;
}
function relativeFromAbsolute(absolute, zone) {
  if (absolute === zone) return APEX;
  return absolute.endsWith(`.${zone}`) ? absolute.slice(0, -zone.length - 1) : void 0;
}
function checkZoneName(zone) {
  const problem2 = checkHostName(zone, "zone name");
  if (problem2) return problem2;
  if (!zone.includes(".")) return { message: `"${zone}" is not a domain name`, hint: "name zone files after their domain, e.g. zones/example.com.yaml" };
  return void 0;
}
function labelProblem(label, name, what = "record name") {
  if (label === "") return { message: `${what} "${name}" has an empty label (two dots in a row, or a leading dot)` };
  if (label.length > MAX_LABEL_LENGTH) {
    return { message: `${what} "${name}": label "${label.slice(0, 20)}..." is ${label.length} characters long; the limit is ${MAX_LABEL_LENGTH}` };
  }
  if (!LABEL_CHARS.test(label.toLowerCase())) {
    const bad = [...label].find((c) => !/[a-zA-Z0-9_-]/.test(c)) ?? "";
    return {
      message: `${what} "${name}" contains "${bad}"; names use letters, digits, "-" and "_"`,
      ...bad === "*" ? { hint: '"*" is only allowed as the whole leftmost label of an owner name' } : {}
    };
  }
  return void 0;
}
function asciiProblem(name, what) {
  if (/^[\x00-\x7f]*$/.test(name)) return void 0;
  const ascii = domainToASCII(name.replace(/\.$/, ""));
  return {
    message: `${what} "${name}" is not ASCII`,
    hint: ascii ? `DNS stores internationalised names in their ASCII (punycode) form: write "${ascii}"` : "write internationalised names in their ASCII (punycode) form"
  };
}

// src/model/text.ts
var isWhitespace = (code) => code === 32 || code === 9 || code === 10 || code === 13;
function tokenize(value) {
  const tokens = [];
  let start = -1;
  let inQuotes = false;
  let quoted2 = false;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (!inQuotes && isWhitespace(code)) {
      if (start !== -1) tokens.push({ raw: value.slice(start, i), quoted: quoted2 });
      start = -1;
      quoted2 = false;
      continue;
    }
    if (start === -1) start = i;
    if (code === 92) i += 1;
    else if (code === 34) {
      inQuotes = !inQuotes;
      quoted2 = true;
    }
  }
  if (start !== -1) tokens.push({ raw: value.slice(start), quoted: quoted2 });
  return { tokens, unterminated: inQuotes };
}
function decodeCharacterString(rawText) {
  const raw = utf8Octets(rawText);
  if (!raw.includes("\\")) {
    const inner = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
    if (!inner.includes('"')) return inner;
  }
  let out = "";
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw.charAt(i);
    if (c === '"') continue;
    if (c === "\\" && i + 1 < raw.length) {
      const digits = raw.slice(i + 1, i + 4);
      if (/^[0-9]{3}$/.test(digits) && Number(digits) <= 255) {
        out += String.fromCharCode(Number(digits));
        i += 3;
      } else {
        out += raw.charAt(i + 1);
        i += 1;
      }
      continue;
    }
    out += c;
  }
  return out;
}
function encodeCharacterString(text) {
  let out = '"';
  for (const c of utf8Octets(text, 255)) {
    const code = c.charCodeAt(0);
    if (c === '"' || c === "\\") out += `\\${c}`;
    else if (code < 32 || code > 126) out += `\\${String(code).padStart(3, "0")}`;
    else out += c;
  }
  return `${out}"`;
}
var TXT_CHUNK = 255;
function decodeTxt(wire) {
  const trimmed = wire.trim();
  if (!trimmed.startsWith('"')) return utf8Octets(wire);
  return tokenize(trimmed).tokens.map((t) => decodeCharacterString(t.raw)).join("");
}
function encodeTxt(text) {
  const bytes = utf8Octets(text, 255);
  if (bytes.length === 0) return '""';
  const chunks = [];
  for (let i = 0; i < bytes.length; i += TXT_CHUNK) chunks.push(encodeCharacterString(bytes.slice(i, i + TXT_CHUNK)));
  return chunks.join(" ");
}
function utf8Octets(text, keepBelow = 127) {
  let plain = true;
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) > keepBelow) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  let out = "";
  const encoder = new TextEncoder();
  for (const c of text) {
    if (c.charCodeAt(0) <= keepBelow) out += c;
    else for (const byte of encoder.encode(c)) out += String.fromCharCode(byte);
  }
  return out;
}
function isPrintableAscii(text) {
  return /^[\x20-\x7e]*$/.test(text);
}

// src/model/canonical.ts
var MAX_WIRE_VALUE_LENGTH = 16384;
var hexLength = (what, field, lengths, selector) => (f) => {
  const expected = lengths[f[selector] ?? ""];
  const actual = (f[field] ?? "").length;
  if (expected === void 0 || actual === expected) return void 0;
  return {
    rule: "value",
    field,
    message: `${what} ${field} has ${actual} hex digits; ${selector} ${f[selector]} needs ${expected}`,
    hint: `${selector} ${f[selector]} is a ${expected * 4}-bit digest: check that the ${field} was copied whole`
  };
};
var DIGEST_HEX_LENGTH = { "1": 40, "2": 64, "3": 64, "4": 96 };
var DS_FIELDS = [
  { name: "key_tag", kind: "u16" },
  { name: "algorithm", kind: "u8" },
  { name: "digest_type", kind: "u8" },
  { name: "digest", kind: "hex", rest: true }
];
var SVC_FIELDS = [
  { name: "priority", kind: "u16" },
  { name: "target", kind: "host-or-root" },
  { name: "params", kind: "svc-params", rest: true, optional: true }
];
var FIELD_CODECS = {
  MX: { fields: [{ name: "preference", kind: "u16" }, { name: "exchange", kind: "host-or-root" }], example: "10 mx1.example.net." },
  SRV: {
    fields: [
      { name: "priority", kind: "u16" },
      { name: "weight", kind: "u16" },
      { name: "port", kind: "u16" },
      { name: "target", kind: "host-or-root" }
    ],
    example: "10 5 5060 sip.example.net."
  },
  CAA: {
    fields: [{ name: "flags", kind: "u8" }, { name: "tag", kind: "caa-tag" }, { name: "value", kind: "string", rest: true }],
    example: '0 issue "letsencrypt.org"'
  },
  TLSA: {
    fields: [
      { name: "usage", kind: "u8" },
      { name: "selector", kind: "u8" },
      { name: "matching_type", kind: "u8" },
      { name: "data", kind: "hex", rest: true }
    ],
    example: "3 1 1 <64 hex digits>",
    // RFC 6698: matching type 1 is SHA-256, 2 is SHA-512; 0 is the whole certificate (any length).
    check: hexLength("TLSA", "data", { "1": 64, "2": 128 }, "matching_type")
  },
  SSHFP: {
    fields: [{ name: "algorithm", kind: "u8" }, { name: "fingerprint_type", kind: "u8" }, { name: "fingerprint", kind: "hex", rest: true }],
    example: "4 2 <64 hex digits>",
    // RFC 4255/6594: fingerprint type 1 is SHA-1, 2 is SHA-256.
    check: hexLength("SSHFP", "fingerprint", { "1": 40, "2": 64 }, "fingerprint_type")
  },
  // RFC 4034/4509/5933/6605: digest type 1 SHA-1, 2 SHA-256, 3 GOST, 4 SHA-384.
  DS: { fields: DS_FIELDS, example: "12345 13 2 <64 hex digits>", check: hexLength("DS", "digest", DIGEST_HEX_LENGTH, "digest_type") },
  // RFC 8078's "delete DS" is `0 0 0 00`: digest type 0 has no length to check.
  CDS: { fields: DS_FIELDS, example: "12345 13 2 <64 hex digits>", check: hexLength("CDS", "digest", DIGEST_HEX_LENGTH, "digest_type") },
  HTTPS: { fields: SVC_FIELDS, example: "1 . alpn=h2,h3" },
  SVCB: { fields: SVC_FIELDS, example: "1 svc.example.net. alpn=h2 port=8443" },
  NAPTR: {
    fields: [
      { name: "order", kind: "u16" },
      { name: "preference", kind: "u16" },
      { name: "flags", kind: "string" },
      { name: "services", kind: "string" },
      { name: "regexp", kind: "string" },
      { name: "replacement", kind: "host-or-root" }
    ],
    example: '100 10 "S" "SIP+D2U" "" _sip._udp.example.com.'
  },
  RP: { fields: [{ name: "mbox", kind: "host-or-root" }, { name: "txt", kind: "host-or-root" }], example: "hostmaster.example.com. ." },
  KEY: {
    fields: [{ name: "flags", kind: "u16" }, { name: "protocol", kind: "u8" }, { name: "algorithm", kind: "u8" }, { name: "key", kind: "base64", rest: true }],
    example: "256 3 13 <base64 public key>"
  },
  OPENPGPKEY: { fields: [{ name: "key", kind: "base64", rest: true }], example: "<base64 OpenPGP key>" },
  WKS: {
    fields: [{ name: "address", kind: "ipv4" }, { name: "protocol", kind: "word" }, { name: "services", kind: "word", rest: true, optional: true }],
    example: "192.0.2.1 tcp smtp http"
  }
};
var hostCodec = (kind) => ({ fields: [{ name: "target", kind }], example: "target.example.net." });
var HOST_CODECS = {
  CNAME: hostCodec("host"),
  ALIAS: hostCodec("host"),
  NS: hostCodec("host"),
  DNAME: hostCodec("host-or-root"),
  PTR: hostCodec("host-or-root")
};
function canonicalValue(type, input, ctx) {
  if (typeof input !== "string") return canonicalFields(type, FIELD_CODECS[type], input, ctx);
  switch (type) {
    case "A":
      return canonicalA(input.trim());
    case "AAAA":
      return canonicalAaaa(input.trim());
    case "TXT":
    case "SPF":
      return canonicalTxt(type, input, ctx);
    case "LOC":
      return canonicalLoc(input);
    default: {
      const hostCodec2 = HOST_CODECS[type];
      if (hostCodec2) return canonicalFields(type, hostCodec2, input, ctx);
      const codec = FIELD_CODECS[type];
      if (codec) return canonicalFields(type, codec, input, ctx);
      return { ok: true, value: foldWhitespace(input) };
    }
  }
}
function foldWhitespace(value) {
  return value.trim().replace(/\s+/g, " ");
}
function wireValue(type, canonical) {
  return type === "TXT" || type === "SPF" ? encodeTxt(canonical) : canonical;
}
function quoted(value) {
  return value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
}
function problem(message, hint, rule = "value", field) {
  return { ok: false, problem: { rule, message, ...hint === void 0 ? {} : { hint }, ...field === void 0 ? {} : { field } } };
}
function canonicalA(value) {
  if (isIpv4(value)) return { ok: true, value };
  const fixed = ipv4WithoutLeadingZeros(value);
  if (fixed) return problem(`A value "${value}" has leading zeros`, `write "${fixed}" (some tools read a leading zero as octal)`);
  if (canonicalIpv6(value)) return problem(`A value "${value}" is an IPv6 address`, "use type: AAAA for IPv6 addresses");
  return problem(`A value "${value}" is not an IPv4 address`, 'write four decimal numbers 0-255 separated by dots, e.g. "192.0.2.1"');
}
function canonicalAaaa(value) {
  const canonical = canonicalIpv6(value);
  if (canonical) return { ok: true, value: canonical };
  if (parseIpv4(value)) return problem(`AAAA value "${value}" is an IPv4 address`, "use type: A for IPv4 addresses");
  if (value.includes("%")) return problem(`AAAA value "${value}" has a zone index`, 'remove the "%..." suffix: it has no meaning in DNS');
  return problem(`AAAA value "${value}" is not an IPv6 address`, 'write an IPv6 address such as "2001:db8::1"');
}
function canonicalTxt(type, value, ctx) {
  if (ctx.source === "wire") return { ok: true, value: decodeTxt(value) };
  if (!isPrintableAscii(value)) {
    const bad = [...value].find((c) => !isPrintableAscii(c)) ?? "";
    const code = bad.codePointAt(0) ?? 0;
    return problem(
      `${type} text contains ${code < 32 || code === 127 ? `a control character (U+${code.toString(16).padStart(4, "0").toUpperCase()})` : `"${bad}"`}; Gandi accepts printable ASCII only`,
      'use printable ASCII (space to "~"); for a line break, use separate values',
      "txt-ascii"
    );
  }
  const wireLength = encodeTxt(value).length;
  if (wireLength > MAX_WIRE_VALUE_LENGTH) {
    return problem(`${type} text is too long: ${wireLength} characters once quoted; Gandi accepts ${MAX_WIRE_VALUE_LENGTH}`, "split it into several values or shorten it", "txt-length");
  }
  return { ok: true, value };
}
var LOC_PATTERN = /^(\d{1,2})(?: (\d{1,2})(?: (\d{1,2}(?:\.\d{1,3})?))?)? ([NS]) (\d{1,3})(?: (\d{1,2})(?: (\d{1,2}(?:\.\d{1,3})?))?)? ([EW]) (-?\d+(?:\.\d{1,2})?)m?((?: \d+(?:\.\d{1,2})?m?){0,3})$/;
function canonicalLoc(input) {
  const folded = foldWhitespace(input).replace(/ ([nsew]) /g, (_m, h) => ` ${h.toUpperCase()} `);
  const match = LOC_PATTERN.exec(folded);
  const bad = () => problem(`LOC value "${folded}" is not a location`, 'write "<lat d m s> N|S <long d m s> E|W <altitude>m [size hp vp]", e.g. "52 22 23.000 N 4 53 32.000 E -2.00m"');
  if (!match) return bad();
  const [, latD, latM, latS, , longD, longM, longS] = match;
  const within = (v, max) => v === void 0 || Number(v) <= max;
  if (!within(latD, 90) || !within(longD, 180) || !within(latM, 59) || !within(longM, 59) || !within(latS, 59.999) || !within(longS, 59.999)) return bad();
  return { ok: true, value: folded };
}
function canonicalFields(type, codec, input, ctx) {
  if (!codec) {
    return problem(`${type} has no structured form; write the value as a string`);
  }
  const structured = typeof input !== "string";
  const raw = structured ? fieldsFromStructure(codec, input) : fieldsFromText(type, codec, input);
  if ("problem" in raw) return { ok: false, problem: raw.problem };
  const canonical = {};
  const parts = [];
  let notFqdn;
  for (const spec of codec.fields) {
    const given = raw.fields[spec.name];
    if (given === void 0) continue;
    const outcome = canonicalField(type, spec, given, ctx);
    if (outcome.problem) return { ok: false, problem: { ...outcome.problem, field: spec.name } };
    if (outcome.notFqdn && !notFqdn) notFqdn = { field: spec.name, given };
    const text = outcome.text ?? "";
    canonical[spec.name] = text;
    if (text !== "") parts.push(text);
  }
  const value = parts.join(" ");
  if (notFqdn) {
    const target = canonical[notFqdn.field] ?? "";
    const relative = `${notFqdn.given.toLowerCase()}.${ctx.zone}.`;
    const meaning = notFqdn.given === "@" ? "" : ` (without it, Gandi reads it relative to the zone: "${relative}")`;
    return problem(
      `${type} ${notFqdn.field} "${notFqdn.given}" is not fully qualified: host names must end with a dot`,
      structured ? `write ${notFqdn.field}: ${target}${meaning}` : `write ${quoted(value)}${meaning}`,
      "target-not-fqdn",
      notFqdn.field
    );
  }
  const cross = codec.check?.(canonical);
  if (cross) return { ok: false, problem: cross };
  return { ok: true, value };
}
function fieldsFromStructure(codec, input) {
  const fields = {};
  for (const spec of codec.fields) {
    const v = input[spec.name];
    if (v === void 0 || v === null) {
      if (spec.optional) continue;
      return { problem: { rule: "value", message: `missing field "${spec.name}"`, field: spec.name } };
    }
    if (typeof v !== "string" && typeof v !== "number") {
      return { problem: { rule: "value", message: `field "${spec.name}" must be a ${spec.kind.startsWith("u") ? "number" : "string"}`, field: spec.name } };
    }
    fields[spec.name] = spec.kind === "string" ? encodeCharacterString(String(v)) : String(v);
  }
  return { fields };
}
function fieldsFromText(type, codec, input) {
  const { tokens, unterminated } = tokenize(input);
  if (unterminated) return { problem: { rule: "value", message: `${type} value "${input}" has an unterminated quote`, hint: `write ${quoted(codec.example)}` } };
  const fields = {};
  const specs = codec.fields;
  let required = 0;
  for (const spec of specs) if (!spec.optional) required += 1;
  const last = specs[specs.length - 1];
  const tooMany = !last?.rest && tokens.length > specs.length;
  if (tokens.length < required || tooMany) {
    const names = specs.map((f) => f.name).join(" ");
    return {
      problem: {
        rule: "value",
        message: `${type} value "${input.trim()}" has ${tokens.length} field${tokens.length === 1 ? "" : "s"}; expected ${last?.rest ? "at least " : ""}${required} (${names})`,
        hint: `write ${quoted(codec.example)}`
      }
    };
  }
  for (let index = 0; index < specs.length; index += 1) {
    const spec = specs[index];
    if (spec.rest) {
      const rest = tokens.slice(index);
      if (rest.length === 0) continue;
      if (spec.kind === "string" && rest.length > 1) {
        const text = rest.map((t) => t.raw).join(" ");
        return {
          problem: { rule: "value", message: `${type} ${spec.name} "${text}" has spaces outside quotes`, hint: `quote it: write ${quoted(`${tokens.slice(0, index).map((t) => t.raw).join(" ")} ${encodeCharacterString(text)}`)}`, field: spec.name }
        };
      }
      const joiner = spec.kind === "hex" || spec.kind === "base64" ? "" : " ";
      fields[spec.name] = rest.map((t) => t.raw).join(joiner);
    } else {
      const token = tokens[index];
      if (token) fields[spec.name] = token.raw;
    }
  }
  return { fields };
}
function canonicalField(type, spec, given, ctx) {
  const what = new FieldName(type, spec.name);
  const fail = (message, hint) => ({ problem: { rule: "value", message, ...hint === void 0 ? {} : { hint } } });
  switch (spec.kind) {
    case "u8":
    case "u16": {
      const max = spec.kind === "u8" ? 255 : 65535;
      if (!/^[0-9]+$/.test(given)) return fail(`${what} "${given}" is not a number`, `write an integer from 0 to ${max}`);
      const n = Number(given);
      if (n > max) return fail(`${what} ${given} is out of range`, `write an integer from 0 to ${max}`);
      return { text: String(n) };
    }
    case "host":
    case "host-or-root":
      return canonicalHost(what, given, spec.kind === "host-or-root", ctx);
    case "hex": {
      if (!/^[0-9a-fA-F]+$/.test(given)) return fail(`${what} is not hexadecimal`, "use the digits 0-9 and a-f only");
      if (given.length % 2 !== 0) return fail(`${what} has an odd number of hex digits (${given.length})`, "each octet takes two hex digits: check that it was copied whole");
      return { text: given.toLowerCase() };
    }
    case "base64": {
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(given) || given.length % 4 !== 0) return fail(`${what} is not base64`, "paste the key as base64 text (A-Z, a-z, 0-9, +, /, = padding)");
      return { text: given };
    }
    case "caa-tag": {
      if (!/^[a-zA-Z0-9]+$/.test(given)) return fail(`${what} "${given}" is not a CAA tag`, "use issue, issuewild, iodef (or another tag of letters and digits)");
      return { text: given.toLowerCase() };
    }
    case "string": {
      const text = decodeCharacterString(given);
      if (ctx.source === "file" && !isPrintableAscii(text)) return fail(`${what} contains characters outside printable ASCII`, "Gandi accepts printable ASCII only");
      return { text: encodeCharacterString(text) };
    }
    case "ipv4":
      return parseIpv4(given) ? { text: given } : fail(`${what} "${given}" is not an IPv4 address`);
    case "word": {
      const words = given.split(" ");
      const bad = words.find((w) => !/^[a-zA-Z0-9-]+$/.test(w));
      if (bad !== void 0) return fail(`${what} "${bad}" is not a protocol or service name`);
      return { text: words.map((w) => w.toLowerCase()).join(" ") };
    }
    case "svc-params": {
      const params = tokenize(given).tokens.map((t) => t.raw);
      const bad = params.find((p) => !/^[a-zA-Z][a-zA-Z0-9-]*(=.*)?$/.test(p));
      if (bad !== void 0) return fail(`${what}: "${bad}" is not a key=value parameter`, "write parameters as key=value, e.g. alpn=h2,h3 port=443");
      return { text: params.map((p) => p.replace(/^[^=]+/, (key) => key.toLowerCase())).join(" ") };
    }
    default: {
      const unreachable = spec.kind;
      throw new Error(`unhandled field kind ${String(unreachable)}`);
    }
  }
}
var FieldName = class {
  constructor(type, field) {
    this.type = type;
    this.field = field;
  }
  type;
  field;
  toString() {
    return `${this.type} ${this.field}`;
  }
};
function canonicalHost(what, given, allowRoot, ctx) {
  if (given === ".") {
    if (allowRoot) return { text: "." };
    return { problem: { rule: "value", message: `${what} cannot be the root "."` } };
  }
  if (given === "@") return ctx.source === "wire" ? { text: `${ctx.zone}.` } : { text: `${ctx.zone}.`, notFqdn: true };
  const lower = given.toLowerCase();
  const absolute = lower.endsWith(".");
  const body = absolute ? lower.slice(0, -1) : lower;
  if (/^[0-9.]+$/.test(body) && isIpv4(body) || body.includes(":") && canonicalIpv6(body)) {
    return { problem: { rule: "value", message: `${what} "${given}" is an address; it must be a host name`, hint: "point it at a name that has the A/AAAA record" } };
  }
  const nameProblem = checkHostName(body, String(what));
  if (nameProblem) return { problem: { rule: "value", ...nameProblem } };
  if (absolute) return { text: lower };
  if (ctx.source === "wire") {
    const full = `${body}.${ctx.zone}`;
    return checkHostName(full, String(what)) ? { problem: { rule: "value", message: `${what} "${given}" is too long once completed with the zone` } } : { text: `${full}.` };
  }
  return { text: `${lower}.`, notFqdn: true };
}

// src/model/rrset.ts
function normaliseValues(values) {
  if (values.length < 2) return [...values];
  const sorted = [...values].sort(compareStrings);
  let kept = 1;
  for (let i = 1; i < sorted.length; i += 1) if (sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i];
  sorted.length = kept;
  return sorted;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareRrsets(a, b) {
  return compareStrings(a.name, b.name) || compareStrings(a.type, b.type);
}
function sameValues(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
function sameRrset(a, b) {
  return a.name === b.name && a.type === b.type && a.ttl === b.ttl && sameValues(a.values, b.values);
}
function makeRecordSet(name, type, ttl, values, extra) {
  return { name, type, ttl, values: normaliseValues(values), ...extra };
}

// src/model/wire.ts
function fromGandiRrset(zone, wire) {
  const zoneName = zone.toLowerCase().replace(/\.$/, "");
  const type = String(wire.rrset_type).toUpperCase();
  const rawName = String(wire.rrset_name ?? "");
  let name = canonicalOwnerName(rawName);
  if (name.endsWith(".")) name = relativeFromAbsolute(name.slice(0, -1), zoneName) ?? name;
  const context = { zone: zoneName, source: "wire" };
  const values = (Array.isArray(wire.rrset_values) ? wire.rrset_values : []).map((raw) => {
    const text = String(raw);
    const result = canonicalValue(type, text, context);
    return result.ok ? result.value : foldWhitespace(text);
  });
  const ttl = typeof wire.rrset_ttl === "number" ? wire.rrset_ttl : GANDI_DEFAULT_TTL;
  return makeRecordSet(name, type, ttl, values, { wireName: rawName });
}
function isUnmanagedLive(rrset) {
  const { name, type } = rrset;
  if (type === "SOA" || type.toUpperCase() === "SOA") return true;
  if (name !== APEX && name !== "") return false;
  return type.toUpperCase() === "NS";
}
function toGandiValues(rrset) {
  return rrset.values.map((value) => wireValue(rrset.type, value));
}

// src/model/ignore.ts
function compileIgnore(rules) {
  const compiled2 = rules.map((rule) => ({ rule, pattern: globToRegExp(rule.name) }));
  if (compiled2.length === 0) return { match: () => void 0 };
  return {
    match(rrset) {
      for (const { rule, pattern } of compiled2) {
        if ((rule.type === void 0 || rule.type === rrset.type) && pattern.test(rrset.name)) return rule;
      }
      return void 0;
    }
  };
}
function globToRegExp(glob) {
  let source = "";
  for (const c of glob) {
    if (c === "*") source += ".*";
    else if (c === "?") source += ".";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "is");
}

// src/zonefile/parse.ts
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument
} from "yaml";

// src/zonefile/rules.ts
var SINGLE_VALUE_TYPES = /* @__PURE__ */ new Set(["CNAME", "DNAME", "ALIAS"]);
function checkZone(input) {
  const issues = [];
  const report = (rule, location, message, hint, severity = "error") => {
    issues.push({ severity, rule, message, ...hint === void 0 ? {} : { hint }, ...location });
  };
  const { data, zone, locate, reported } = input;
  const fileTtl = isTtl(data.ttl) ? data.ttl : void 0;
  const ignore = readIgnore(data.ignore, locate, reported);
  const safety = readSafety(data.safety, reported);
  const matcher = compileIgnore(ignore);
  const rrsets = [];
  const byKey = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const records = isMapping(data.records) ? data.records : {};
  for (const [rawName, entry] of Object.entries(records)) {
    const namePath = ["records", rawName];
    const name = canonicalOwnerName(rawName);
    const nameProblem = checkOwnerName(rawName, zone);
    if (nameProblem) report("name", locate(namePath, "key"), nameProblem.message, nameProblem.hint);
    else if (name !== APEX && (name === zone || name.endsWith(`.${zone}`))) {
      const relative = name === zone ? APEX : name.slice(0, -zone.length - 1);
      report("name-repeats-zone", locate(namePath, "key"), `record name "${rawName}" ends with the zone name; names are relative, so this is "${name}.${zone}"`, `to name ${name}., write "${relative}"`, "warning");
    }
    const items = Array.isArray(entry) ? entry.map((r, i) => [r, [...namePath, String(i)]]) : [[entry, namePath]];
    for (const [record, recordPath] of items) {
      if (!isMapping(record) || typeof record.type !== "string" || !RECORD_TYPES.includes(record.type)) continue;
      const type = record.type;
      const location = locate(recordPath);
      const ttl = isTtl(record.ttl) ? record.ttl : fileTtl ?? GANDI_DEFAULT_TTL;
      const values = readValues(type, record, recordPath, input, report);
      if (SINGLE_VALUE_TYPES.has(type) && Array.isArray(record.values) && record.values.length > 1) {
        report("single-value", location, `a ${type} rrset holds a single value; "${rawName}" has ${record.values.length}`, `keep one ${type} target per name`);
      }
      const key = `${name}/${type}`;
      const earlier = byKey.get(key);
      if (earlier) {
        report("duplicate-rrset", location, `"${name}" ${type} is declared twice (first at line ${earlier.line})`, `merge the values into the ${type} record at line ${earlier.line}`);
        continue;
      }
      byKey.set(key, location);
      const declared = byName.get(name) ?? [];
      declared.push({ name, type, location });
      byName.set(name, declared);
      const rule = matcher.match({ name, type });
      if (rule) {
        report(
          "ignored-managed",
          location,
          `"${name}" ${type} is managed here but the ignore rule "${rule.name}"${rule.type ? ` (${rule.type})` : ""} also covers it`,
          `${rule.source ? `the rule is at line ${rule.source.line}; ` : ""}remove the record, or narrow the ignore rule so that it does not match`
        );
      }
      rrsets.push(makeRecordSet(name, type, ttl, values, { source: location }));
    }
  }
  for (const declared of byName.values()) checkNameRules(declared, report);
  rrsets.sort(compareRrsets);
  return { rrsets, ignore, ...safety ? { safety } : {}, issues };
}
function readValues(type, record, recordPath, input, report) {
  const given = Array.isArray(record.values) ? record.values.map((v, i) => [v, [...recordPath, "values", String(i)]]) : record.value !== void 0 && record.values === void 0 ? [[record.value, [...recordPath, "value"]]] : [];
  const context = { zone: input.zone, source: "file" };
  const firstSeen = /* @__PURE__ */ new Map();
  const values = [];
  for (const [value, valuePath] of given) {
    if (input.reported(valuePath)) continue;
    const structured = isMapping(value);
    if (typeof value !== "string" && !structured) continue;
    const result = canonicalValue(type, structured ? value : value, context);
    if (!result.ok) {
      const { problem: problem2 } = result;
      const at = structured && problem2.field !== void 0 && problem2.field in value ? input.locate([...valuePath, problem2.field]) : input.locate(valuePath);
      report(problem2.rule, at, problem2.message, problem2.hint);
      continue;
    }
    const location = input.locate(valuePath);
    if ((type === "TXT" || type === "SPF") && typeof value === "string" && /^".*"$/s.test(value) && value.length >= 2) {
      report("txt-quoted", location, `${type} value is wrapped in double quotes: they become part of the text`, `write the text without quotes (value: ${value.slice(1, -1)}); the quoting Gandi needs is added for you`, "warning");
    }
    const first = firstSeen.get(result.value);
    if (first) {
      report("duplicate-value", location, `${type} value ${JSON.stringify(result.value)} appears twice in this rrset (first at line ${first.line})`, "remove one of them (values are compared once normalised: case, spacing, IPv6 spelling)");
      continue;
    }
    firstSeen.set(result.value, location);
    values.push(result.value);
  }
  return values;
}
function checkNameRules(declared, report) {
  const types = new Set(declared.map((d) => d.type));
  for (const record of declared) {
    const { name, type, location } = record;
    const shown = name === APEX ? "the apex (@)" : `"${name}"`;
    if (type === "CNAME") {
      if (name === APEX) {
        report("cname-apex", location, "a CNAME is not allowed at the apex (it would hide the zone's SOA and NS)", "use type: ALIAS at the apex: Gandi resolves its target to addresses");
        continue;
      }
      const others = [...types].filter((t) => t !== "CNAME");
      if (others.length > 0) {
        report("cname-exclusive", location, `${shown} has a CNAME and also ${others.join(", ")}: a CNAME must be the only record at its name`, "remove the other records at this name, or replace the CNAME with the records it stands for");
      }
    }
    if (type === "ALIAS") {
      if (name !== APEX) {
        report("alias-apex", location, `ALIAS at ${shown}: Gandi supports ALIAS only at the apex`, "use type: CNAME below the apex");
        continue;
      }
      const addresses = ["A", "AAAA"].filter((t) => types.has(t));
      if (addresses.length > 0) {
        report("alias-address", location, `the apex has an ALIAS and also ${addresses.join(", ")}: the ALIAS provides the apex addresses`, `remove the ${addresses.join("/")} record${addresses.length > 1 ? "s" : ""} or the ALIAS`);
      }
    }
    if (type === "NS" && name === APEX) {
      report("ns-apex", location, "NS records at the apex are managed by Gandi, not by zone files", 'remove them; delegations below the apex (e.g. "sub") are allowed');
    }
  }
}
function readIgnore(value, locate, reported) {
  if (!Array.isArray(value)) return [];
  const rules = [];
  value.forEach((item, index) => {
    const path2 = ["ignore", String(index)];
    if (reported(path2) || !isMapping(item) || typeof item.name !== "string") return;
    const type = typeof item.type === "string" && RECORD_TYPES.includes(item.type) ? item.type : void 0;
    rules.push({ name: item.name.toLowerCase(), ...type ? { type } : {}, source: locate(path2) });
  });
  return rules;
}
function readSafety(value, reported) {
  if (!isMapping(value) || reported(["safety"])) return void 0;
  const settings = {};
  if (typeof value.max_change_percent === "number") settings.maxChangeRatio = value.max_change_percent / 100;
  if (typeof value.min_existing === "number") settings.minExisting = value.min_existing;
  return settings;
}
function isTtl(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= TTL_MIN && value <= TTL_MAX;
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/zonefile/schema.ts
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";

// schema/zone.schema.json
var zone_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "livedns-gitops zone file",
  description: "One DNS zone on Gandi LiveDNS. The file name is the zone (zones/example.com.yaml). Structure only: livedns validate also checks names, values and the rules between records.",
  type: "object",
  properties: {
    ttl: {
      $ref: "#/$defs/ttl",
      description: "Default TTL (seconds) for the records of this file. Without it, Gandi's default of 10800 applies."
    },
    ignore: {
      $ref: "#/$defs/ignore"
    },
    safety: {
      $ref: "#/$defs/safety"
    },
    records: {
      $ref: "#/$defs/records"
    }
  },
  required: [
    "records"
  ],
  additionalProperties: false,
  $defs: {
    ttl: {
      type: "integer",
      minimum: 300,
      maximum: 2592e3,
      description: "Seconds, 300 to 2592000 (30 days): the bounds Gandi accepts."
    },
    recordType: {
      enum: [
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
      ],
      description: "An rrset type Gandi LiveDNS accepts (SOA excepted: Gandi manages it)."
    },
    ignore: {
      type: "array",
      description: "Live rrsets this file does not manage: they are never changed nor deleted.",
      items: {
        $ref: "#/$defs/ignoreRule"
      }
    },
    ignoreRule: {
      type: "object",
      properties: {
        name: {
          type: "string",
          minLength: 1,
          pattern: "^[A-Za-z0-9_.*?@-]+$",
          errorMessage: 'must be a name glob: letters, digits, "-", "_", ".", "*", "?", or "@" for the apex',
          description: "Glob on the relative name: * any run of characters, ? one character, @ the apex. Case-insensitive."
        },
        type: {
          $ref: "#/$defs/recordType",
          description: "Only this type; every type when absent."
        }
      },
      required: [
        "name"
      ],
      additionalProperties: false
    },
    safety: {
      type: "object",
      description: "Limits that stop a plan changing too much of the zone at once (--force overrides).",
      properties: {
        max_change_percent: {
          type: "number",
          minimum: 0,
          maximum: 100,
          description: "Largest share (percent) of existing rrsets one plan may update or delete. Default 30."
        },
        min_existing: {
          type: "integer",
          minimum: 0,
          description: "Zones with fewer existing rrsets are never refused. Default 10."
        }
      },
      additionalProperties: false
    },
    records: {
      type: "object",
      description: 'Records by name, relative to the zone ("@" is the apex, "*" a wildcard). A name holds one record or a list of records of different types.',
      additionalProperties: {
        $ref: "#/$defs/recordOrList"
      }
    },
    recordOrList: {
      if: {
        type: "array"
      },
      then: {
        type: "array",
        minItems: 1,
        items: {
          $ref: "#/$defs/record"
        }
      },
      else: {
        $ref: "#/$defs/record"
      }
    },
    record: {
      type: "object",
      description: "One rrset: a type, an optional TTL and exactly one of value / values.",
      properties: {
        type: {
          $ref: "#/$defs/recordType"
        },
        ttl: {
          $ref: "#/$defs/ttl"
        },
        value: {
          description: "The single value: a string in Gandi's presentation form, or a structured mapping (MX, SRV, CAA, TLSA, SSHFP, DS)."
        },
        values: {
          type: "array",
          minItems: 1,
          description: "Several values of this rrset (order does not matter)."
        }
      },
      required: [
        "type"
      ],
      additionalProperties: false,
      allOf: [
        {
          oneOf: [
            {
              required: [
                "value"
              ]
            },
            {
              required: [
                "values"
              ]
            }
          ],
          errorMessage: 'needs exactly one of "value" or "values"'
        },
        {
          if: {
            properties: {
              type: {
                const: "A"
              }
            },
            required: [
              "type"
            ]
          },
          then: {
            properties: {
              value: {
                type: "string",
                format: "ipv4"
              },
              values: {
                items: {
                  type: "string",
                  format: "ipv4"
                }
              }
            }
          }
        },
        {
          if: {
            properties: {
              type: {
                const: "AAAA"
              }
            },
            required: [
              "type"
            ]
          },
          then: {
            properties: {
              value: {
                type: "string",
                format: "ipv6"
              },
              values: {
                items: {
                  type: "string",
                  format: "ipv6"
                }
              }
            }
          }
        },
        {
          if: {
            properties: {
              type: {
                const: "MX"
              }
            },
            required: [
              "type"
            ]
          },
          then: {
            properties: {
              value: {
                $ref: "#/$defs/mx"
              },
              values: {
                items: {
                  $ref: "#/$defs/mx"
                }
              }
            }
          }
        },
        {
          if: {
            properties: {
              type: {
                const: "SRV"
              }
            },
            required: [
              "type"
            ]
          },
          then: {
            properties: {
              value: {
                $ref: "#/$defs/srv"
              },
              values: {
                items: {
                  $ref: "#/$defs/srv"
                }
              }
            }
          }
        },
        {
          if: {
            properties: {
              type: {
                const: "CAA"
              }
            },
            required: [
              "type"
            ]
          },
          then: {
            properties: {
              value: {
                $ref: "#/$defs/caa"
              },
              values: {
                items: {
                  $ref: "#/$defs/caa"
                }
              }
            }
          }
        },
        {
          if: {
            properties: {
              type: {
                const: "TLSA"
              }
            },
            required: [
              "type"
            ]
          },
          then: {
            properties: {
              value: {
                $ref: "#/$defs/tlsa"
              },
              values: {
                items: {
                  $ref: "#/$defs/tlsa"
                }
              }
            }
          }
        },
        {
          if: {
            properties: {
              type: {
                const: "SSHFP"
              }
            },
            required: [
              "type"
            ]
          },
          then: {
            properties: {
              value: {
                $ref: "#/$defs/sshfp"
              },
              values: {
                items: {
                  $ref: "#/$defs/sshfp"
                }
              }
            }
          }
        },
        {
          if: {
            properties: {
              type: {
                const: "DS"
              }
            },
            required: [
              "type"
            ]
          },
          then: {
            properties: {
              value: {
                $ref: "#/$defs/ds"
              },
              values: {
                items: {
                  $ref: "#/$defs/ds"
                }
              }
            }
          }
        },
        {
          if: {
            properties: {
              type: {
                enum: [
                  "ALIAS",
                  "CDS",
                  "CNAME",
                  "DNAME",
                  "HTTPS",
                  "KEY",
                  "LOC",
                  "NAPTR",
                  "NS",
                  "OPENPGPKEY",
                  "PTR",
                  "RP",
                  "SPF",
                  "SVCB",
                  "TXT",
                  "WKS"
                ]
              }
            },
            required: [
              "type"
            ]
          },
          then: {
            properties: {
              value: {
                $ref: "#/$defs/text"
              },
              values: {
                items: {
                  $ref: "#/$defs/text"
                }
              }
            }
          }
        }
      ]
    },
    text: {
      type: "string",
      minLength: 1
    },
    host: {
      type: "string",
      minLength: 1,
      description: "A fully qualified host name ending with a dot, e.g. mx1.example.net."
    },
    u8: {
      type: "integer",
      minimum: 0,
      maximum: 255
    },
    u16: {
      type: "integer",
      minimum: 0,
      maximum: 65535
    },
    mx: {
      if: {
        type: "object"
      },
      then: {
        $ref: "#/$defs/mxFields"
      },
      else: {
        $ref: "#/$defs/text"
      }
    },
    srv: {
      if: {
        type: "object"
      },
      then: {
        $ref: "#/$defs/srvFields"
      },
      else: {
        $ref: "#/$defs/text"
      }
    },
    caa: {
      if: {
        type: "object"
      },
      then: {
        $ref: "#/$defs/caaFields"
      },
      else: {
        $ref: "#/$defs/text"
      }
    },
    tlsa: {
      if: {
        type: "object"
      },
      then: {
        $ref: "#/$defs/tlsaFields"
      },
      else: {
        $ref: "#/$defs/text"
      }
    },
    sshfp: {
      if: {
        type: "object"
      },
      then: {
        $ref: "#/$defs/sshfpFields"
      },
      else: {
        $ref: "#/$defs/text"
      }
    },
    ds: {
      if: {
        type: "object"
      },
      then: {
        $ref: "#/$defs/dsFields"
      },
      else: {
        $ref: "#/$defs/text"
      }
    },
    mxFields: {
      type: "object",
      description: "MX: preference and exchange.",
      properties: {
        preference: {
          $ref: "#/$defs/u16"
        },
        exchange: {
          $ref: "#/$defs/host"
        }
      },
      required: [
        "preference",
        "exchange"
      ],
      additionalProperties: false
    },
    srvFields: {
      type: "object",
      description: "SRV: priority, weight, port and target.",
      properties: {
        priority: {
          $ref: "#/$defs/u16"
        },
        weight: {
          $ref: "#/$defs/u16"
        },
        port: {
          $ref: "#/$defs/u16"
        },
        target: {
          $ref: "#/$defs/host"
        }
      },
      required: [
        "priority",
        "weight",
        "port",
        "target"
      ],
      additionalProperties: false
    },
    caaFields: {
      type: "object",
      description: "CAA: flags, tag and value (the text itself, unquoted).",
      properties: {
        flags: {
          $ref: "#/$defs/u8"
        },
        tag: {
          type: "string",
          minLength: 1
        },
        value: {
          type: "string"
        }
      },
      required: [
        "flags",
        "tag",
        "value"
      ],
      additionalProperties: false
    },
    tlsaFields: {
      type: "object",
      description: "TLSA: usage, selector, matching type and hex data.",
      properties: {
        usage: {
          $ref: "#/$defs/u8"
        },
        selector: {
          $ref: "#/$defs/u8"
        },
        matching_type: {
          $ref: "#/$defs/u8"
        },
        data: {
          type: "string",
          minLength: 1
        }
      },
      required: [
        "usage",
        "selector",
        "matching_type",
        "data"
      ],
      additionalProperties: false
    },
    sshfpFields: {
      type: "object",
      description: "SSHFP: algorithm, fingerprint type and hex fingerprint.",
      properties: {
        algorithm: {
          $ref: "#/$defs/u8"
        },
        fingerprint_type: {
          $ref: "#/$defs/u8"
        },
        fingerprint: {
          type: "string",
          minLength: 1
        }
      },
      required: [
        "algorithm",
        "fingerprint_type",
        "fingerprint"
      ],
      additionalProperties: false
    },
    dsFields: {
      type: "object",
      description: "DS: key tag, algorithm, digest type and hex digest.",
      properties: {
        key_tag: {
          $ref: "#/$defs/u16"
        },
        algorithm: {
          $ref: "#/$defs/u8"
        },
        digest_type: {
          $ref: "#/$defs/u8"
        },
        digest: {
          type: "string",
          minLength: 1
        }
      },
      required: [
        "key_tag",
        "algorithm",
        "digest_type",
        "digest"
      ],
      additionalProperties: false
    }
  }
};

// src/zonefile/schema.ts
var validator;
function compiled() {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, strictTypes: false });
    ajv.addKeyword({ keyword: "errorMessage", schemaType: "string" });
    formatsPlugin.default(ajv, ["ipv4", "ipv6"]);
    validator = ajv.compile(zone_schema_default);
  }
  return validator;
}
function checkSchema(data) {
  const validate = compiled();
  if (validate(data)) return [];
  return translate(validate.errors ?? []);
}
function translate(errors) {
  const kept = errors.filter((e) => e.keyword !== "if" && e.keyword !== "format");
  const summarised = kept.filter((e) => hasErrorMessage(e.parentSchema));
  const relevant = kept.filter(
    (e) => !summarised.some(
      (s) => s !== e && e.schemaPath.startsWith(`${s.schemaPath}/`) && (e.instancePath === s.instancePath || e.instancePath.startsWith(`${s.instancePath}/`))
    )
  );
  const wrongType = new Set(relevant.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const meant = /* @__PURE__ */ new Map();
  for (const e of relevant) {
    if (e.keyword !== "additionalProperties") continue;
    const guess = closest(String(e.params.additionalProperty), Object.keys(propertiesOf(e.parentSchema)));
    if (guess) meant.set(e.instancePath, (meant.get(e.instancePath) ?? /* @__PURE__ */ new Set()).add(guess));
  }
  const explained = (e) => {
    if (e.keyword !== "type" && wrongType.has(e.instancePath)) return true;
    const guesses = meant.get(e.instancePath);
    if (!guesses) return false;
    if (e.keyword === "required") return guesses.has(String(e.params.missingProperty));
    return e.keyword === "oneOf" && (guesses.has("value") || guesses.has("values"));
  };
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const error of relevant) {
    if (explained(error)) continue;
    const problem2 = describe(error);
    const id = `${problem2.path.join("/")}\0${problem2.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem2);
  }
  return problems;
}
function hasErrorMessage(schemaNode) {
  return typeof schemaNode === "object" && schemaNode !== null && typeof schemaNode.errorMessage === "string";
}
function decodePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function describe(error) {
  const path2 = decodePointer(error.instancePath);
  const where = describePath(path2);
  const data = error.data;
  const base = { path: path2, at: "value", rule: "schema" };
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(propertiesOf(error.parentSchema));
      const guess = closest(key, allowed);
      return {
        path: [...path2, key],
        at: "key",
        rule: "schema",
        message: `unknown key "${key}" in ${where}`,
        hint: `${guess ? `did you mean "${guess}"? ` : ""}allowed keys: ${allowed.join(", ")}`
      };
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return { ...base, message: `${where} is missing "${missing}"` };
    }
    case "type": {
      const expected = String(error.params.type);
      return { ...base, message: `${where} must be ${article(expected)}, not ${typeName(data)}`, ...typeHint(expected, data, path2) };
    }
    case "enum": {
      if (error.schemaPath.includes("/recordType/")) return { ...base, rule: "record-type", message: `unknown record type "${String(data)}"`, hint: recordTypeHint(data) };
      return { ...base, message: `${where} must be one of ${JSON.stringify(error.schema)}` };
    }
    case "minimum":
    case "maximum": {
      if (error.schemaPath.includes("/ttl/")) {
        const low = error.keyword === "minimum";
        return {
          ...base,
          rule: "ttl-range",
          message: low ? `TTL ${String(data)} is below Gandi's minimum of ${TTL_MIN} seconds` : `TTL ${String(data)} is above Gandi's maximum of ${TTL_MAX} seconds (30 days)`,
          hint: `use a TTL from ${TTL_MIN} to ${TTL_MAX}`
        };
      }
      const parent = error.parentSchema;
      return { ...base, message: `${where} ${String(data)} is out of range ${parent?.minimum ?? ""}..${parent?.maximum ?? ""}` };
    }
    case "minItems":
      return { ...base, message: `${where} is an empty list`, hint: "give at least one entry, or remove the key" };
    case "minLength":
      return { ...base, message: `${where} is empty` };
    case "oneOf": {
      const both = Array.isArray(error.params.passingSchemas);
      const message = hasErrorMessage(error.parentSchema) ? error.parentSchema.errorMessage : `${where} ${error.message ?? "is invalid"}`;
      return { ...base, message: `${where} ${message}`, hint: both ? "keep only one of them" : "add value: <one value> or values: [<value>, ...]" };
    }
    default: {
      if (hasErrorMessage(error.parentSchema)) return { ...base, message: `${where} ${error.parentSchema.errorMessage}` };
      return { ...base, message: `${where} ${error.message ?? "is invalid"}` };
    }
  }
}
function describePath(path2) {
  if (path2.length === 0) return "the zone file";
  const [head, ...rest] = path2;
  if (head === "records" && rest.length > 0) {
    const [name, ...inner] = rest;
    let text = `record "${name}"`;
    if (inner.length > 0 && /^[0-9]+$/.test(inner[0] ?? "")) {
      text += ` #${Number(inner[0]) + 1}`;
      inner.shift();
    }
    return inner.length === 0 ? text : `${text}: ${joinPath(inner)}`;
  }
  if (head === "ignore" && rest.length > 0 && /^[0-9]+$/.test(rest[0] ?? "")) {
    const text = `ignore rule #${Number(rest[0]) + 1}`;
    return rest.length === 1 ? text : `${text}: ${joinPath(rest.slice(1))}`;
  }
  return joinPath(path2);
}
function joinPath(path2) {
  let out = "";
  for (const segment of path2) out += /^[0-9]+$/.test(segment) ? `[${segment}]` : out === "" ? segment : `.${segment}`;
  return out;
}
function propertiesOf(schemaNode) {
  const properties = schemaNode?.properties;
  return properties ?? {};
}
function article(type) {
  const names = { object: "a mapping", array: "a list", string: "a string", integer: "an integer", number: "a number", boolean: "true or false" };
  return names[type] ?? type;
}
function typeName(value) {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return `a ${typeof value}`;
}
function typeHint(expected, data, path2) {
  if (expected === "string" && (typeof data === "number" || typeof data === "boolean")) return { hint: "YAML read it as a number or boolean: put it in quotes to keep it as text" };
  if ((expected === "integer" || expected === "number") && typeof data === "string" && /^[0-9]+$/.test(data.trim())) return { hint: `write it without quotes: ${data.trim()}` };
  const isRecordPlace = path2[0] === "records" && (path2.length === 2 || path2.length === 3 && /^[0-9]+$/.test(path2[2] ?? ""));
  if (expected === "object" && isRecordPlace) return { hint: "a record is a mapping such as { type: A, value: 192.0.2.1 }" };
  return {};
}
function recordTypeHint(data) {
  const text = String(data);
  const upper = text.toUpperCase();
  if (upper === "SOA") return "Gandi manages the SOA record itself; remove it";
  if (RECORD_TYPES.includes(upper)) return `types are upper-case: write ${upper}`;
  return `supported types: ${RECORD_TYPES.join(", ")}`;
}
function closest(key, allowed) {
  let best;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = editDistance(key.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// src/zonefile/parse.ts
var MAX_ZONE_FILE_BYTES = 16 * 1024 * 1024;
var MAX_ALIAS_COUNT = 1e4;
var MAX_ALIAS_EXPANSION = 1e6;
function zoneNameFromFile(file) {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.ya?ml$/i, "").replace(/\.$/, "").toLowerCase();
}
function parseZoneFile(text, file) {
  const issues = [];
  try {
    const zone = parseInto(text, file, issues);
    const failed = issues.some((i) => i.severity === "error");
    return failed || !zone ? { issues: sortIssues(issues) } : { zone, issues: sortIssues(issues) };
  } catch (error) {
    if (error instanceof RangeError) {
      issues.push({ severity: "error", rule: "yaml-syntax", message: "the document is nested too deeply to be read", hint: "a zone file needs only a few levels of nesting", file });
      return { issues: sortIssues(issues) };
    }
    throw error;
  }
}
function parseInto(text, file, issues) {
  const fileIssue = (rule, message, hint, at) => issues.push({ severity: "error", rule, message, ...hint === void 0 ? {} : { hint }, file, ...at ?? {} });
  const zone = zoneNameFromFile(file);
  const zoneProblem = checkZoneName(zone);
  if (zoneProblem) fileIssue("zone-name", `the file name does not name a zone: ${zoneProblem.message}`, zoneProblem.hint ?? "name zone files after their domain, e.g. zones/example.com.yaml");
  if (text.length > MAX_ZONE_FILE_BYTES) {
    fileIssue("file-too-large", `the file is ${(text.length / 1024 / 1024).toFixed(1)} MiB; zone files are limited to ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB`, "split very large zones, or check that this is the right file");
    return void 0;
  }
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    fileIssue("file-encoding", "the file contains NUL bytes: it is binary, not YAML text", "zone files are UTF-8 YAML text");
    return void 0;
  }
  const lineCounter = new LineCounter();
  const doc = withPlainEnv(text.length > LARGE_FILE, () => parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false }));
  const position = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const error of doc.errors) {
    if (error.code === "MULTIPLE_DOCS") fileIssue("yaml-syntax", "a zone file holds a single YAML document", 'remove the second "---" and what follows, or move it to its own file', position(error.pos[0]));
    else fileIssue("yaml-syntax", yamlMessage(error.message), void 0, position(error.pos[0]));
  }
  for (const warning of doc.warnings) {
    issues.push({ severity: "warning", rule: "yaml", message: yamlMessage(warning.message), file, ...position(warning.pos[0]) });
  }
  if (doc.errors.length > 0) return void 0;
  const { duplicates, aliasExpansion } = inspect(doc);
  for (const duplicate of duplicates) {
    const first = position(duplicate.firstOffset);
    fileIssue("duplicate-key", `duplicate key "${duplicate.key}" (first at line ${first.line})`, "YAML keeps only one of them: merge the two, or rename one", position(duplicate.offset));
  }
  if (aliasExpansion > MAX_ALIAS_EXPANSION) {
    fileIssue("yaml-alias", `YAML aliases would expand this document by ${aliasExpansion} nodes (limit ${MAX_ALIAS_EXPANSION}): an "alias bomb"?`, "write the records out, or use fewer aliases", { line: 1, column: 1 });
    return void 0;
  }
  const locator = new Locator(doc, position, file);
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const excessive = /Excessive alias count/.test(error.message);
    fileIssue(
      "yaml-alias",
      excessive ? `a YAML anchor is expanded more than ${MAX_ALIAS_COUNT} times (an "alias bomb"?)` : yamlMessage(error.message),
      excessive ? "write the records out, or use fewer aliases" : "define an anchor (&name) before its alias (*name)",
      { line: 1, column: 1 }
    );
    return void 0;
  }
  if (data === null || data === void 0) {
    fileIssue("file-empty", "the zone file is empty", 'start with "records:" and the records of the zone', { line: 1, column: 1 });
    return void 0;
  }
  const schemaProblems = checkSchema(data);
  const reportedPaths = /* @__PURE__ */ new Set();
  for (const problem2 of schemaProblems) {
    const at = locator.locate(problem2.path, problem2.at);
    issues.push({ severity: "error", rule: problem2.rule, message: problem2.message, ...problem2.hint === void 0 ? {} : { hint: problem2.hint }, ...at });
    for (let i = 0; i <= problem2.path.length; i += 1) reportedPaths.add(problem2.path.slice(0, i).join("\0"));
  }
  if (typeof data !== "object" || Array.isArray(data)) return void 0;
  const result = checkZone({
    zone,
    file,
    data,
    locate: (path2, at) => locator.locate(path2, at),
    reported: (path2) => reportedPaths.has(path2.join("\0"))
  });
  issues.push(...result.issues);
  if (zoneProblem) return void 0;
  return { zone, file, rrsets: result.rrsets, ignore: result.ignore, ...result.safety ? { safety: result.safety } : {} };
}
function inspect(doc) {
  const duplicates = [];
  const anchorSizes = /* @__PURE__ */ new Map();
  let aliasExpansion = 0;
  const walk = (node) => {
    if (isAlias(node)) {
      const expanded = anchorSizes.get(node.source) ?? 1;
      aliasExpansion += expanded;
      return expanded;
    }
    let size = 1;
    if (isMap(node)) {
      const seen = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          if (typeof key.value !== "string" && typeof key.source === "string") key.value = key.source;
          const text = String(key.value);
          const offset = rangeStart(key) ?? 0;
          const firstOffset = seen.get(text);
          if (firstOffset === void 0) seen.set(text, offset);
          else duplicates.push({ key: text, offset, firstOffset });
        }
        size += walk(key) + walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) size += walk(item);
    }
    const anchor = node?.anchor;
    if (anchor) anchorSizes.set(anchor, size);
    return size;
  };
  walk(doc.contents);
  return { duplicates, aliasExpansion };
}
var LARGE_FILE = 256 * 1024;
function withPlainEnv(enabled, parse) {
  const env = process.env;
  if (!enabled) return parse();
  try {
    process.env = { ...env };
  } catch {
    return parse();
  }
  try {
    return parse();
  } finally {
    process.env = env;
  }
}
function yamlMessage(message) {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, "").replace(/\s+$/, "");
}
function sortIssues(issues) {
  return issues.map((issue, index) => ({ issue, index })).sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || (a.issue.column ?? 0) - (b.issue.column ?? 0) || a.index - b.index).map((x) => x.issue);
}
var Locator = class {
  constructor(doc, position, file) {
    this.doc = doc;
    this.position = position;
    this.file = file;
  }
  doc;
  position;
  file;
  indexes = /* @__PURE__ */ new WeakMap();
  locate(path2, at = "value") {
    let node = this.doc.contents;
    let best = node;
    let lastKey;
    for (const segment of path2) {
      node = this.deref(node);
      let next;
      lastKey = void 0;
      if (isMap(node)) {
        const pair = this.index(node).get(segment);
        next = pair?.value ?? void 0;
        lastKey = pair?.key;
        if (pair && (next === null || next === void 0)) next = pair.key;
      } else if (isSeq(node)) {
        next = node.items[Number(segment)];
      }
      if (next === void 0 || next === null) {
        lastKey = void 0;
        break;
      }
      node = next;
      best = next;
    }
    const target = at === "key" && lastKey !== void 0 ? lastKey : best;
    const offset = rangeStart(target) ?? 0;
    return { file: this.file, ...this.position(offset) };
  }
  deref(node) {
    return isAlias(node) ? node.resolve(this.doc) ?? node : node;
  }
  index(map) {
    let index = this.indexes.get(map);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value ?? "") : String(pair.key);
        if (!index.has(key)) index.set(key, pair);
      }
      this.indexes.set(map, index);
    }
    return index;
  }
};
function rangeStart(node) {
  const range = node?.range;
  return Array.isArray(range) ? range[0] : void 0;
}

// src/zonefile/read.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
var ZONE_FILE = /\.ya?ml$/i;
async function readZones(paths) {
  const issues = [];
  const files = [];
  for (const given of paths) {
    const found = await listZoneFiles(given);
    if ("issue" in found) issues.push(found.issue);
    else files.push(...found.files);
  }
  const unique = [...new Set(files)];
  const results = await Promise.all(unique.map((file) => readZoneFile(file)));
  const zones = [];
  const fileOfZone = /* @__PURE__ */ new Map();
  for (const [index, result] of results.entries()) {
    const file = unique[index] ?? "";
    issues.push(...result.issues);
    const zoneName = zoneNameFromFile(file);
    const other = fileOfZone.get(zoneName);
    if (other !== void 0) {
      issues.push({ severity: "error", rule: "duplicate-zone", message: `zone ${zoneName} is also defined by ${other}`, hint: "keep one file per zone", file });
      continue;
    }
    fileOfZone.set(zoneName, file);
    if (result.zone) zones.push(result.zone);
  }
  return { zones, issues };
}
async function listZoneFiles(given) {
  let info;
  try {
    info = await stat(given);
  } catch (error) {
    return { issue: fsIssue(given, error) };
  }
  if (!info.isDirectory()) return { files: [given] };
  let entries;
  try {
    entries = await readdir(given);
  } catch (error) {
    return { issue: fsIssue(given, error) };
  }
  const names = entries.filter((e) => ZONE_FILE.test(e) && !e.startsWith("_")).sort();
  if (names.length === 0) {
    return { issue: { severity: "warning", rule: "no-zone-files", message: "no zone files (*.yaml, *.yml) in this directory", hint: "zone files are named after their zone, e.g. example.com.yaml", file: given } };
  }
  const files = [];
  for (const name of names) {
    const file = path.join(given, name);
    const entry = await stat(file).catch(() => void 0);
    if (entry?.isFile()) files.push(file);
  }
  return { files };
}
async function readZoneFile(file) {
  const refuse = (rule, message, hint) => ({ issues: [{ severity: "error", rule, message, ...hint === void 0 ? {} : { hint }, file }] });
  let bytes;
  try {
    const info = await stat(file);
    if (info.size > MAX_ZONE_FILE_BYTES) {
      return refuse("file-too-large", `the file is ${(info.size / 1024 / 1024).toFixed(1)} MiB; zone files are limited to ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB`, "split very large zones, or check that this is the right file");
    }
    bytes = await readFile(file);
  } catch (error) {
    return { issues: [fsIssue(file, error)] };
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const binary = bytes.includes(0);
    return {
      issues: [
        {
          severity: "error",
          rule: "file-encoding",
          message: binary ? "the file is binary, not YAML text" : "the file is not valid UTF-8",
          hint: "zone files are UTF-8 YAML text: check the file, or re-save it as UTF-8",
          file,
          ...at
        }
      ]
    };
  }
  return parseZoneFile(text, file);
}
function fsIssue(file, error) {
  const code = error?.code;
  const message = code === "ENOENT" ? "no such file or directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory" : `cannot read: ${error instanceof Error ? error.message : String(error)}`;
  return { severity: "error", rule: "read", message, file };
}
function firstInvalidUtf8(bytes) {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k += 1) valid = ((bytes[i + k] ?? 0) & 192) === 128;
    const second = bytes[i + 1] ?? 0;
    if (valid && lead === 224 && second < 160) valid = false;
    if (valid && lead === 237 && second > 159) valid = false;
    if (valid && lead === 240 && second < 144) valid = false;
    if (valid && lead === 244 && second > 143) valid = false;
    if (!valid) break;
    if (lead === 10) {
      line += 1;
      lineStart = i + 1;
    }
    i += length;
  }
  return { line, column: i - lineStart + 1 };
}

// src/zonefile/emit.ts
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
var SCHEMA_MODELINE = "yaml-language-server: $schema=../schema/zone.schema.json";
function emitZoneFile(_zone, rrsets, options = {}) {
  const doc = new Document(new YAMLMap());
  const root = doc.contents;
  const fileTtl = options.defaultTtl ?? GANDI_DEFAULT_TTL;
  if (options.defaultTtl !== void 0) root.items.push(new Pair(new Scalar("ttl"), new Scalar(options.defaultTtl)));
  if (options.ignore && options.ignore.length > 0) {
    const list = new YAMLSeq();
    for (const rule of options.ignore) list.items.push(doc.createNode(rule.type ? { name: rule.name, type: rule.type } : { name: rule.name }));
    root.items.push(new Pair(new Scalar("ignore"), list));
  }
  const byName = /* @__PURE__ */ new Map();
  for (const rrset of [...rrsets].sort(compareRrsets)) {
    if (isUnmanagedLive(rrset)) continue;
    const group = byName.get(rrset.name) ?? [];
    group.push(rrset);
    byName.set(rrset.name, group);
  }
  const names = [...byName.keys()].sort((a, b) => a === APEX ? -1 : b === APEX ? 1 : compareStrings(a, b));
  const records = new YAMLMap();
  for (const name of names) {
    const group = byName.get(name) ?? [];
    const nodes = group.map((rrset) => {
      const node = doc.createNode(recordData(rrset, fileTtl));
      const comment = options.comments?.get(rrsetKey(rrset));
      if (comment !== void 0) node.commentBefore = comment.split("\n").map((line) => ` ${line}`).join("\n");
      return node;
    });
    let value;
    if (nodes.length === 1 && nodes[0]) {
      value = nodes[0];
    } else {
      value = new YAMLSeq();
      value.items.push(...nodes);
    }
    records.items.push(new Pair(new Scalar(name), value));
  }
  root.items.push(new Pair(new Scalar("records"), records));
  return `# ${SCHEMA_MODELINE}
${doc.toString({ lineWidth: 0 })}`;
}
function recordData(rrset, fileTtl) {
  const data = { type: rrset.type };
  if (rrset.ttl !== fileTtl) data.ttl = rrset.ttl;
  if (rrset.values.length === 1) data.value = rrset.values[0];
  else data.values = [...rrset.values];
  return data;
}

// src/plan/plan.ts
var CLAIMED = /* @__PURE__ */ Symbol("claimed by a desired rrset");
function planZone(desired, live) {
  const ignore = compileIgnore(desired.ignore);
  const liveByKey = /* @__PURE__ */ new Map();
  const deletes = [];
  let existingCount = 0;
  let ignoredCount = 0;
  for (const rrset of live) {
    if (isUnmanagedLive(rrset)) continue;
    if (ignore.match(rrset)) {
      ignoredCount += 1;
      continue;
    }
    existingCount += 1;
    const key = rrsetKey(rrset);
    if (liveByKey.has(key)) {
      deletes.push({ action: "delete", name: rrset.name, type: rrset.type, before: rrset, after: null });
      continue;
    }
    liveByKey.set(key, rrset);
  }
  const creates = [];
  const updates = [];
  const created = /* @__PURE__ */ new Set();
  for (const rrset of desired.rrsets) {
    if (isUnmanagedLive(rrset) || ignore.match(rrset)) continue;
    const key = rrsetKey(rrset);
    const before = liveByKey.get(key);
    if (before === CLAIMED || created.has(key)) continue;
    if (!before) {
      created.add(key);
      creates.push({ action: "create", name: rrset.name, type: rrset.type, before: null, after: rrset });
      continue;
    }
    liveByKey.set(key, CLAIMED);
    const valuesEqual = sameValues(before.values, rrset.values);
    if (valuesEqual && before.ttl === rrset.ttl) continue;
    updates.push({ action: "update", name: rrset.name, type: rrset.type, before, after: rrset, ttlOnly: valuesEqual });
  }
  for (const rrset of liveByKey.values()) {
    if (rrset !== CLAIMED) deletes.push({ action: "delete", name: rrset.name, type: rrset.type, before: rrset, after: null });
  }
  const byRrset = (a, b) => compareRrsets(a, b);
  deletes.sort(byRrset);
  creates.sort(byRrset);
  updates.sort(byRrset);
  return {
    zone: desired.zone,
    changes: [...deletes, ...creates, ...updates],
    counts: { create: creates.length, update: updates.length, delete: deletes.length },
    existingCount,
    ignoredCount
  };
}

// src/render/issues.ts
function formatIssue(issue) {
  const where = issue.line === void 0 ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const head = `${where}: ${issue.severity}: ${issue.message}`;
  return issue.hint === void 0 ? head : `${head}
  hint: ${issue.hint}`;
}
function countIssues(issues) {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return { errors, warnings, text: `${plural(errors, "error")}, ${plural(warnings, "warning")}` };
}
export {
  APEX,
  GANDI_DEFAULT_TTL,
  MAX_ZONE_FILE_BYTES,
  RECORD_TYPES,
  SCHEMA_MODELINE,
  TTL_MAX,
  TTL_MIN,
  UserError,
  assertNever,
  canonicalIpv6,
  canonicalValue,
  compareRrsets,
  compileIgnore,
  countIssues,
  decodeTxt,
  emitZoneFile,
  encodeTxt,
  formatIssue,
  fromGandiRrset,
  isUnmanagedLive,
  makeRecordSet,
  parseZoneFile,
  planZone,
  readZones,
  rrsetKey,
  sameRrset,
  toGandiValues,
  zoneNameFromFile
};
