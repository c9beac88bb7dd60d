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
  const odd = zone.split(".").find((label) => label.startsWith("-") || label.endsWith("-") || label.includes("_"));
  if (odd !== void 0) {
    return { message: `zone name "${zone}": label "${odd}" ${odd.includes("_") ? 'contains "_"' : 'starts or ends with "-"'}, which a registered domain cannot`, hint: "name zone files after their domain, e.g. zones/example.com.yaml" };
  }
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
var STRUCTURED_FORMS = {
  MX: ["preference", "exchange"],
  SRV: ["priority", "weight", "port", "target"],
  CAA: ["flags", "tag", "value"],
  TLSA: ["usage", "selector", "matching_type", "data"],
  SSHFP: ["algorithm", "fingerprint_type", "fingerprint"],
  DS: ["key_tag", "algorithm", "digest_type", "digest"]
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
  const fail2 = (message, hint) => ({ problem: { rule: "value", message, ...hint === void 0 ? {} : { hint } } });
  switch (spec.kind) {
    case "u8":
    case "u16": {
      const max = spec.kind === "u8" ? 255 : 65535;
      if (!/^[0-9]+$/.test(given)) return fail2(`${what} "${given}" is not a number`, `write an integer from 0 to ${max}`);
      const n = Number(given);
      if (n > max) return fail2(`${what} ${given} is out of range`, `write an integer from 0 to ${max}`);
      return { text: String(n) };
    }
    case "host":
    case "host-or-root":
      return canonicalHost(what, given, spec.kind === "host-or-root", ctx);
    case "hex": {
      if (!/^[0-9a-fA-F]+$/.test(given)) return fail2(`${what} is not hexadecimal`, "use the digits 0-9 and a-f only");
      if (given.length % 2 !== 0) return fail2(`${what} has an odd number of hex digits (${given.length})`, "each octet takes two hex digits: check that it was copied whole");
      return { text: given.toLowerCase() };
    }
    case "base64": {
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(given) || given.length % 4 !== 0) return fail2(`${what} is not base64`, "paste the key as base64 text (A-Z, a-z, 0-9, +, /, = padding)");
      return { text: given };
    }
    case "caa-tag": {
      if (!/^[a-zA-Z0-9]+$/.test(given)) return fail2(`${what} "${given}" is not a CAA tag`, "use issue, issuewild, iodef (or another tag of letters and digits)");
      return { text: given.toLowerCase() };
    }
    case "string": {
      const text = decodeCharacterString(given);
      if (ctx.source === "file" && !isPrintableAscii(text)) return fail2(`${what} contains characters outside printable ASCII`, "Gandi accepts printable ASCII only");
      return { text: encodeCharacterString(text) };
    }
    case "ipv4":
      return parseIpv4(given) ? { text: given } : fail2(`${what} "${given}" is not an IPv4 address`);
    case "word": {
      const words = given.split(" ");
      const bad = words.find((w) => !/^[a-zA-Z0-9-]+$/.test(w));
      if (bad !== void 0) return fail2(`${what} "${bad}" is not a protocol or service name`);
      return { text: words.map((w) => w.toLowerCase()).join(" ") };
    }
    case "svc-params": {
      const params = tokenize(given).tokens.map((t) => t.raw);
      const bad = params.find((p) => !/^[a-zA-Z][a-zA-Z0-9-]*(=.*)?$/.test(p));
      if (bad !== void 0) return fail2(`${what}: "${bad}" is not a key=value parameter`, "write parameters as key=value, e.g. alpn=h2,h3 port=443");
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
    const result2 = canonicalValue(type, text, context);
    return result2.ok ? result2.value : foldWhitespace(text);
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
  const compiled = rules.map((rule) => ({ rule, pattern: globToRegExp(rule.name) }));
  if (compiled.length === 0) return { match: () => void 0 };
  return {
    match(rrset) {
      for (const { rule, pattern } of compiled) {
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

// src/model/domain.ts
var LIVEDNS = "livedns";
function normaliseNameserver(host) {
  return host.trim().toLowerCase().replace(/\.$/, "");
}
function canonicalNameservers(hosts) {
  return [...new Set(hosts.map(normaliseNameserver))].sort();
}
function sameNameservers(a, b) {
  if (a === LIVEDNS || b === LIVEDNS) return a === b;
  const x = canonicalNameservers(a);
  const y = canonicalNameservers(b);
  return x.length === y.length && x.every((host, i) => host === y[i]);
}
function describeNameservers(setting) {
  if (setting === null) return "(unknown)";
  return setting === LIVEDNS ? "LiveDNS" : setting.join(", ");
}
function describeDomainChange(change) {
  if (change.setting === "nameservers") return `nameservers: ${describeNameservers(change.before)} -> ${describeNameservers(change.after)}`;
  const word = (value) => value === null ? "(unknown)" : value ? "on" : "off";
  return `auto-renewal: ${word(change.before)} -> ${word(change.after)}`;
}

// src/zonefile/domain-keys.ts
var LIVEDNS_HOST = /^ns-\d+-[a-z]\.gandi\.net$/;
function readDomainKeys(input) {
  const { zone, data, locate, reported } = input;
  const issues = [];
  const report = (rule, location, message, hint, severity = "error") => issues.push({ severity, rule, message, ...hint === void 0 ? {} : { hint }, ...location });
  let nameservers;
  if (data.nameservers === LIVEDNS) nameservers = LIVEDNS;
  else if (Array.isArray(data.nameservers) && !reported(["nameservers"])) nameservers = readNameserverList(data.nameservers, zone, locate, report);
  const autorenew = typeof data.autorenew === "boolean" ? data.autorenew : void 0;
  const sources = {
    ...nameservers === void 0 ? {} : { nameservers: locate(["nameservers"]) },
    ...autorenew === void 0 ? {} : { autorenew: locate(["autorenew"]) }
  };
  const domain = nameservers === void 0 && autorenew === void 0 ? void 0 : { ...nameservers === void 0 ? {} : { nameservers }, ...autorenew === void 0 ? {} : { autorenew }, sources };
  const account = typeof data.account === "string" && !reported(["account"]) ? data.account : void 0;
  return {
    ...domain ? { domain } : {},
    ...account === void 0 ? {} : { account, accountSource: locate(["account"]) },
    issues
  };
}
function readNameserverList(list, zone, locate, report) {
  const firstSeen = /* @__PURE__ */ new Map();
  let usable = true;
  list.forEach((raw, index) => {
    if (typeof raw !== "string") return;
    const at = locate(["nameservers", String(index)]);
    const host = normaliseNameserver(raw);
    const problem2 = checkZoneName(host);
    if (problem2) {
      usable = false;
      report("nameserver", at, `nameserver "${raw}": ${problem2.message.replace(/zone name/g, "hostname")}`, "write the full hostname of each nameserver, e.g. ns1.example.net");
      return;
    }
    const first = firstSeen.get(host);
    if (first) {
      usable = false;
      report("nameserver-duplicate", at, `nameserver ${host} is listed twice (first at line ${first.line})`, "remove one of them");
      return;
    }
    firstSeen.set(host, at);
    if (host === zone || host.endsWith(`.${zone}`)) {
      report(
        "nameserver-glue",
        at,
        `nameserver ${host} is inside ${zone}: the registry needs glue records (its IP addresses) to reach it`,
        "glue records are not managed by this tool: declare them in Gandi's admin (Glue records) before delegating",
        "warning"
      );
    }
    if (LIVEDNS_HOST.test(host)) {
      report("nameserver-livedns", at, `${host} is one of Gandi's LiveDNS servers`, 'write "nameservers: livedns": LiveDNS picks the servers for each domain', "warning");
    }
  });
  if (!usable) return void 0;
  const hosts = canonicalNameservers([...firstSeen.keys()]);
  if (hosts.length === 1) {
    report("nameserver-count", locate(["nameservers"]), "a single nameserver: most registries require at least two, and one is a single point of failure", "list at least two nameservers", "warning");
  }
  return hosts;
}

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
    const items2 = Array.isArray(entry) ? entry.map((r, i) => [r, [...namePath, String(i)]]) : [[entry, namePath]];
    for (const [record, recordPath] of items2) {
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
    const result2 = canonicalValue(type, structured ? value : value, context);
    if (!result2.ok) {
      const { problem: problem2 } = result2;
      const at = structured && problem2.field !== void 0 && problem2.field in value ? input.locate([...valuePath, problem2.field]) : input.locate(valuePath);
      report(problem2.rule, at, problem2.message, problem2.hint);
      continue;
    }
    const location = input.locate(valuePath);
    if ((type === "TXT" || type === "SPF") && typeof value === "string" && /^".*"$/s.test(value) && value.length >= 2) {
      report("txt-quoted", location, `${type} value is wrapped in double quotes: they become part of the text`, `write the text without quotes (value: ${value.slice(1, -1)}); the quoting Gandi needs is added for you`, "warning");
    }
    const first = firstSeen.get(result2.value);
    if (first) {
      report("duplicate-value", location, `${type} value ${JSON.stringify(result2.value)} appears twice in this rrset (first at line ${first.line})`, "remove one of them (values are compared once normalised: case, spacing, IPv6 spelling)");
      continue;
    }
    firstSeen.set(result2.value, location);
    values.push(result2.value);
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
    const path4 = ["ignore", String(index)];
    if (reported(path4) || !isMapping(item) || typeof item.name !== "string") return;
    const type = typeof item.type === "string" && RECORD_TYPES.includes(item.type) ? item.type : void 0;
    rules.push({ name: item.name.toLowerCase(), ...type ? { type } : {}, source: locate(path4) });
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

// src/zonefile/schema-validators.ts
function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
}
var file = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "livedns-gitops zone file", "description": "One DNS zone on Gandi LiveDNS. The file name is the zone (zones/example.com.yaml). Structure only: livedns validate also checks names, values and the rules between records.", "type": "object", "properties": { "ttl": { "$ref": "#/$defs/ttl", "description": "Default TTL (seconds) for the records of this file. Without it, Gandi's default of 10800 applies." }, "ignore": { "$ref": "#/$defs/ignore" }, "safety": { "$ref": "#/$defs/safety" }, "templates": { "$ref": "#/$defs/templates" }, "records": { "$ref": "#/$defs/records" }, "nameservers": { "$ref": "#/$defs/nameservers" }, "autorenew": { "type": "boolean", "description": "Auto-renewal of the domain's registration at Gandi, managed by this file (PATCH /domain/domains/{fqdn}/autorenew). Absent: left as it is. Turning it on lets Gandi charge future renewals; this tool never buys anything itself." }, "account": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "errorMessage": 'must be the name of an account of livedns.config.yaml (letters, digits, ".", "-", "_")', "description": "The account (organisation) of livedns.config.yaml whose token reaches this zone. Absent: the default credentials (GANDI_PERSONAL_ACCESS_TOKEN)." } }, "required": ["records"], "additionalProperties": false, "$defs": { "ttl": { "type": "integer", "minimum": 300, "maximum": 2592e3, "description": "Seconds, 300 to 2592000 (30 days): the bounds Gandi accepts." }, "nameservers": { "description": "The domain's nameservers at the registry, managed by this file: livedns (Gandi's LiveDNS servers) or a list of hostnames. Absent: left as they are.", "if": { "type": "string" }, "then": { "const": "livedns", "errorMessage": "must be livedns or a list of nameserver hostnames" }, "else": { "type": "array", "minItems": 1, "maxItems": 13, "items": { "type": "string", "minLength": 1 } } }, "recordType": { "enum": ["A", "AAAA", "ALIAS", "CAA", "CDS", "CNAME", "DNAME", "DS", "HTTPS", "KEY", "LOC", "MX", "NAPTR", "NS", "OPENPGPKEY", "PTR", "RP", "SPF", "SRV", "SSHFP", "SVCB", "TLSA", "TXT", "WKS"], "description": "An rrset type Gandi LiveDNS accepts (SOA excepted: Gandi manages it)." }, "ignore": { "type": "array", "description": "Live rrsets this file does not manage: they are never changed nor deleted.", "items": { "$ref": "#/$defs/ignoreRule" } }, "ignoreRule": { "type": "object", "properties": { "name": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9_.*?@-]+$", "errorMessage": 'must be a name glob: letters, digits, "-", "_", ".", "*", "?", or "@" for the apex', "description": "Glob on the relative name: * any run of characters, ? one character, @ the apex. Case-insensitive." }, "type": { "$ref": "#/$defs/recordType", "description": "Only this type; every type when absent." } }, "required": ["name"], "additionalProperties": false }, "safety": { "type": "object", "description": "Limits that stop a plan changing too much of the zone at once (--force overrides).", "properties": { "max_change_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Largest share (percent) of existing rrsets one plan may update or delete. Default 30." }, "min_existing": { "type": "integer", "minimum": 0, "description": "Zones with fewer existing rrsets are never refused. Default 10." } }, "additionalProperties": false }, "records": { "type": "object", "description": 'Records by name, relative to the zone ("@" is the apex, "*" a wildcard). A name holds one record or a list of records of different types.', "additionalProperties": { "$ref": "#/$defs/recordOrList" } }, "recordOrList": { "if": { "type": "array" }, "then": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/record" } }, "else": { "$ref": "#/$defs/record" } }, "record": { "type": "object", "description": "One rrset: a type, an optional TTL and exactly one of value / values.", "properties": { "type": { "$ref": "#/$defs/recordType" }, "ttl": { "$ref": "#/$defs/ttl" }, "override": { "type": "boolean", "description": "This record replaces the rrset of the same name and type that a template of this zone defines (without it, defining both is an error). Not allowed in templates." }, "value": { "description": "The single value: a string in Gandi's presentation form, or a structured mapping (MX, SRV, CAA, TLSA, SSHFP, DS)." }, "values": { "type": "array", "minItems": 1, "description": "Several values of this rrset (order does not matter)." } }, "required": ["type"], "additionalProperties": false, "allOf": [{ "oneOf": [{ "required": ["value"] }, { "required": ["values"] }], "errorMessage": 'needs exactly one of "value" or "values"' }, { "if": { "properties": { "type": { "const": "A" } }, "required": ["type"] }, "then": { "properties": { "value": { "type": "string", "format": "ipv4" }, "values": { "items": { "type": "string", "format": "ipv4" } } } } }, { "if": { "properties": { "type": { "const": "AAAA" } }, "required": ["type"] }, "then": { "properties": { "value": { "type": "string", "format": "ipv6" }, "values": { "items": { "type": "string", "format": "ipv6" } } } } }, { "if": { "properties": { "type": { "const": "MX" } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/mx" }, "values": { "items": { "$ref": "#/$defs/mx" } } } } }, { "if": { "properties": { "type": { "const": "SRV" } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/srv" }, "values": { "items": { "$ref": "#/$defs/srv" } } } } }, { "if": { "properties": { "type": { "const": "CAA" } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/caa" }, "values": { "items": { "$ref": "#/$defs/caa" } } } } }, { "if": { "properties": { "type": { "const": "TLSA" } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/tlsa" }, "values": { "items": { "$ref": "#/$defs/tlsa" } } } } }, { "if": { "properties": { "type": { "const": "SSHFP" } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/sshfp" }, "values": { "items": { "$ref": "#/$defs/sshfp" } } } } }, { "if": { "properties": { "type": { "const": "DS" } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/ds" }, "values": { "items": { "$ref": "#/$defs/ds" } } } } }, { "if": { "properties": { "type": { "enum": ["ALIAS", "CDS", "CNAME", "DNAME", "HTTPS", "KEY", "LOC", "NAPTR", "NS", "OPENPGPKEY", "PTR", "RP", "SPF", "SVCB", "TXT", "WKS"] } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/text" }, "values": { "items": { "$ref": "#/$defs/text" } } } } }] }, "text": { "type": "string", "minLength": 1 }, "host": { "type": "string", "minLength": 1, "description": "A fully qualified host name ending with a dot, e.g. mx1.example.net." }, "u8": { "type": "integer", "minimum": 0, "maximum": 255 }, "u16": { "type": "integer", "minimum": 0, "maximum": 65535 }, "mx": { "if": { "type": "object" }, "then": { "$ref": "#/$defs/mxFields" }, "else": { "$ref": "#/$defs/text" } }, "srv": { "if": { "type": "object" }, "then": { "$ref": "#/$defs/srvFields" }, "else": { "$ref": "#/$defs/text" } }, "caa": { "if": { "type": "object" }, "then": { "$ref": "#/$defs/caaFields" }, "else": { "$ref": "#/$defs/text" } }, "tlsa": { "if": { "type": "object" }, "then": { "$ref": "#/$defs/tlsaFields" }, "else": { "$ref": "#/$defs/text" } }, "sshfp": { "if": { "type": "object" }, "then": { "$ref": "#/$defs/sshfpFields" }, "else": { "$ref": "#/$defs/text" } }, "ds": { "if": { "type": "object" }, "then": { "$ref": "#/$defs/dsFields" }, "else": { "$ref": "#/$defs/text" } }, "mxFields": { "type": "object", "description": "MX: preference and exchange.", "properties": { "preference": { "$ref": "#/$defs/u16" }, "exchange": { "$ref": "#/$defs/host" } }, "required": ["preference", "exchange"], "additionalProperties": false }, "srvFields": { "type": "object", "description": "SRV: priority, weight, port and target.", "properties": { "priority": { "$ref": "#/$defs/u16" }, "weight": { "$ref": "#/$defs/u16" }, "port": { "$ref": "#/$defs/u16" }, "target": { "$ref": "#/$defs/host" } }, "required": ["priority", "weight", "port", "target"], "additionalProperties": false }, "caaFields": { "type": "object", "description": "CAA: flags, tag and value (the text itself, unquoted).", "properties": { "flags": { "$ref": "#/$defs/u8" }, "tag": { "type": "string", "minLength": 1 }, "value": { "type": "string" } }, "required": ["flags", "tag", "value"], "additionalProperties": false }, "tlsaFields": { "type": "object", "description": "TLSA: usage, selector, matching type and hex data.", "properties": { "usage": { "$ref": "#/$defs/u8" }, "selector": { "$ref": "#/$defs/u8" }, "matching_type": { "$ref": "#/$defs/u8" }, "data": { "type": "string", "minLength": 1 } }, "required": ["usage", "selector", "matching_type", "data"], "additionalProperties": false }, "sshfpFields": { "type": "object", "description": "SSHFP: algorithm, fingerprint type and hex fingerprint.", "properties": { "algorithm": { "$ref": "#/$defs/u8" }, "fingerprint_type": { "$ref": "#/$defs/u8" }, "fingerprint": { "type": "string", "minLength": 1 } }, "required": ["algorithm", "fingerprint_type", "fingerprint"], "additionalProperties": false }, "dsFields": { "type": "object", "description": "DS: key tag, algorithm, digest type and hex digest.", "properties": { "key_tag": { "$ref": "#/$defs/u16" }, "algorithm": { "$ref": "#/$defs/u8" }, "digest_type": { "$ref": "#/$defs/u8" }, "digest": { "type": "string", "minLength": 1 } }, "required": ["key_tag", "algorithm", "digest_type", "digest"], "additionalProperties": false }, "templates": { "type": "array", "description": `Templates this zone pulls in: the names of files in _templates/ next to the zone file (zones/_templates/mail-provider.yaml is "mail-provider"). Their records join the zone's; a zone record for the same name and type needs override: true.`, "items": { "$ref": "#/$defs/templateName" } }, "templateName": { "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$", "errorMessage": 'must be a template name: the file name in _templates/ without .yaml, in lower case (letters, digits, ".", "-", "_")', "description": "A template: zones/_templates/<name>.yaml." } } };
var schema32 = { "type": "integer", "minimum": 300, "maximum": 2592e3, "description": "Seconds, 300 to 2592000 (30 days): the bounds Gandi accepts." };
var schema36 = { "type": "object", "description": "Limits that stop a plan changing too much of the zone at once (--force overrides).", "properties": { "max_change_percent": { "type": "number", "minimum": 0, "maximum": 100, "description": "Largest share (percent) of existing rrsets one plan may update or delete. Default 30." }, "min_existing": { "type": "integer", "minimum": 0, "description": "Zones with fewer existing rrsets are never refused. Default 10." } }, "additionalProperties": false };
var schema79 = { "description": "The domain's nameservers at the registry, managed by this file: livedns (Gandi's LiveDNS servers) or a list of hostnames. Absent: left as they are.", "if": { "type": "string" }, "then": { "const": "livedns", "errorMessage": "must be livedns or a list of nameserver hostnames" }, "else": { "type": "array", "minItems": 1, "maxItems": 13, "items": { "type": "string", "minLength": 1 } } };
var schema33 = { "type": "array", "description": "Live rrsets this file does not manage: they are never changed nor deleted.", "items": { "$ref": "#/$defs/ignoreRule" } };
var schema34 = { "type": "object", "properties": { "name": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9_.*?@-]+$", "errorMessage": 'must be a name glob: letters, digits, "-", "_", ".", "*", "?", or "@" for the apex', "description": "Glob on the relative name: * any run of characters, ? one character, @ the apex. Case-insensitive." }, "type": { "$ref": "#/$defs/recordType", "description": "Only this type; every type when absent." } }, "required": ["name"], "additionalProperties": false };
var schema35 = { "enum": ["A", "AAAA", "ALIAS", "CAA", "CDS", "CNAME", "DNAME", "DS", "HTTPS", "KEY", "LOC", "MX", "NAPTR", "NS", "OPENPGPKEY", "PTR", "RP", "SPF", "SRV", "SSHFP", "SVCB", "TLSA", "TXT", "WKS"], "description": "An rrset type Gandi LiveDNS accepts (SOA excepted: Gandi manages it)." };
var func1 = ucs2length;
var pattern4 = new RegExp("^[A-Za-z0-9_.*?@-]+$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "type")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.*?@-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.*?@-]+$"', schema: "^[A-Za-z0-9_.*?@-]+$", parentSchema: schema34.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.name.type, parentSchema: schema34.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (!(data1 === "A" || data1 === "AAAA" || data1 === "ALIAS" || data1 === "CAA" || data1 === "CDS" || data1 === "CNAME" || data1 === "DNAME" || data1 === "DS" || data1 === "HTTPS" || data1 === "KEY" || data1 === "LOC" || data1 === "MX" || data1 === "NAPTR" || data1 === "NS" || data1 === "OPENPGPKEY" || data1 === "PTR" || data1 === "RP" || data1 === "SPF" || data1 === "SRV" || data1 === "SSHFP" || data1 === "SVCB" || data1 === "TLSA" || data1 === "TXT" || data1 === "WKS")) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/recordType/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate22(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema37 = { "type": "array", "description": `Templates this zone pulls in: the names of files in _templates/ next to the zone file (zones/_templates/mail-provider.yaml is "mail-provider"). Their records join the zone's; a zone record for the same name and type needs override: true.`, "items": { "$ref": "#/$defs/templateName" } };
var schema38 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$", "errorMessage": 'must be a template name: the file name in _templates/ without .yaml, in lower case (letters, digits, ".", "-", "_")', "description": "A template: zones/_templates/<name>.yaml." };
var pattern5 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/templateName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/templateName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema39 = { "type": "object", "description": 'Records by name, relative to the zone ("@" is the apex, "*" a wildcard). A name holds one record or a list of records of different types.', "additionalProperties": { "$ref": "#/$defs/recordOrList" } };
var schema40 = { "if": { "type": "array" }, "then": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/record" } }, "else": { "$ref": "#/$defs/record" } };
var schema41 = { "type": "object", "description": "One rrset: a type, an optional TTL and exactly one of value / values.", "properties": { "type": { "$ref": "#/$defs/recordType" }, "ttl": { "$ref": "#/$defs/ttl" }, "override": { "type": "boolean", "description": "This record replaces the rrset of the same name and type that a template of this zone defines (without it, defining both is an error). Not allowed in templates." }, "value": { "description": "The single value: a string in Gandi's presentation form, or a structured mapping (MX, SRV, CAA, TLSA, SSHFP, DS)." }, "values": { "type": "array", "minItems": 1, "description": "Several values of this rrset (order does not matter)." } }, "required": ["type"], "additionalProperties": false, "allOf": [{ "oneOf": [{ "required": ["value"] }, { "required": ["values"] }], "errorMessage": 'needs exactly one of "value" or "values"' }, { "if": { "properties": { "type": { "const": "A" } }, "required": ["type"] }, "then": { "properties": { "value": { "type": "string", "format": "ipv4" }, "values": { "items": { "type": "string", "format": "ipv4" } } } } }, { "if": { "properties": { "type": { "const": "AAAA" } }, "required": ["type"] }, "then": { "properties": { "value": { "type": "string", "format": "ipv6" }, "values": { "items": { "type": "string", "format": "ipv6" } } } } }, { "if": { "properties": { "type": { "const": "MX" } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/mx" }, "values": { "items": { "$ref": "#/$defs/mx" } } } } }, { "if": { "properties": { "type": { "const": "SRV" } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/srv" }, "values": { "items": { "$ref": "#/$defs/srv" } } } } }, { "if": { "properties": { "type": { "const": "CAA" } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/caa" }, "values": { "items": { "$ref": "#/$defs/caa" } } } } }, { "if": { "properties": { "type": { "const": "TLSA" } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/tlsa" }, "values": { "items": { "$ref": "#/$defs/tlsa" } } } } }, { "if": { "properties": { "type": { "const": "SSHFP" } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/sshfp" }, "values": { "items": { "$ref": "#/$defs/sshfp" } } } } }, { "if": { "properties": { "type": { "const": "DS" } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/ds" }, "values": { "items": { "$ref": "#/$defs/ds" } } } } }, { "if": { "properties": { "type": { "enum": ["ALIAS", "CDS", "CNAME", "DNAME", "HTTPS", "KEY", "LOC", "NAPTR", "NS", "OPENPGPKEY", "PTR", "RP", "SPF", "SVCB", "TXT", "WKS"] } }, "required": ["type"] }, "then": { "properties": { "value": { "$ref": "#/$defs/text" }, "values": { "items": { "$ref": "#/$defs/text" } } } } }] };
var schema46 = { "type": "string", "minLength": 1 };
var formats0 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
var formats4 = /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i;
var schema42 = { "if": { "type": "object" }, "then": { "$ref": "#/$defs/mxFields" }, "else": { "$ref": "#/$defs/text" } };
var schema43 = { "type": "object", "description": "MX: preference and exchange.", "properties": { "preference": { "$ref": "#/$defs/u16" }, "exchange": { "$ref": "#/$defs/host" } }, "required": ["preference", "exchange"], "additionalProperties": false };
var schema44 = { "type": "integer", "minimum": 0, "maximum": 65535 };
var schema45 = { "type": "string", "minLength": 1, "description": "A fully qualified host name ending with a dot, e.g. mx1.example.net." };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.preference === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "preference" }, message: "must have required property 'preference'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.exchange === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "exchange" }, message: "must have required property 'exchange'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "preference" || key0 === "exchange")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.preference !== void 0) {
      let data0 = data.preference;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/preference", schemaPath: "#/$defs/u16/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.type, parentSchema: schema44, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 65535 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/preference", schemaPath: "#/$defs/u16/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/preference", schemaPath: "#/$defs/u16/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.exchange !== void 0) {
      let data1 = data.exchange;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err6 = { instancePath: instancePath + "/exchange", schemaPath: "#/$defs/host/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/exchange", schemaPath: "#/$defs/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    if (typeof data === "string") {
      if (func1(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema42.if, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate30.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate30.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema47 = { "if": { "type": "object" }, "then": { "$ref": "#/$defs/srvFields" }, "else": { "$ref": "#/$defs/text" } };
var schema48 = { "type": "object", "description": "SRV: priority, weight, port and target.", "properties": { "priority": { "$ref": "#/$defs/u16" }, "weight": { "$ref": "#/$defs/u16" }, "port": { "$ref": "#/$defs/u16" }, "target": { "$ref": "#/$defs/host" } }, "required": ["priority", "weight", "port", "target"], "additionalProperties": false };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.priority === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "priority" }, message: "must have required property 'priority'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.weight === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.port === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.target === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "priority" || key0 === "weight" || key0 === "port" || key0 === "target")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.priority !== void 0) {
      let data0 = data.priority;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err5 = { instancePath: instancePath + "/priority", schemaPath: "#/$defs/u16/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.type, parentSchema: schema44, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 65535 || isNaN(data0)) {
          const err6 = { instancePath: instancePath + "/priority", schemaPath: "#/$defs/u16/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err7 = { instancePath: instancePath + "/priority", schemaPath: "#/$defs/u16/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.weight !== void 0) {
      let data1 = data.weight;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err8 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/u16/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.type, parentSchema: schema44, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 65535 || isNaN(data1)) {
          const err9 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/u16/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema44, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err10 = { instancePath: instancePath + "/weight", schemaPath: "#/$defs/u16/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema44, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.port !== void 0) {
      let data2 = data.port;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err11 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/u16/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.type, parentSchema: schema44, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 65535 || isNaN(data2)) {
          const err12 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/u16/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema44, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err13 = { instancePath: instancePath + "/port", schemaPath: "#/$defs/u16/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema44, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.target !== void 0) {
      let data3 = data.target;
      if (typeof data3 === "string") {
        if (func1(data3) < 1) {
          const err14 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/host/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (!validate36(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    if (typeof data === "string") {
      if (func1(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema47.if, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate35.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate35.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema54 = { "if": { "type": "object" }, "then": { "$ref": "#/$defs/caaFields" }, "else": { "$ref": "#/$defs/text" } };
var schema55 = { "type": "object", "description": "CAA: flags, tag and value (the text itself, unquoted).", "properties": { "flags": { "$ref": "#/$defs/u8" }, "tag": { "type": "string", "minLength": 1 }, "value": { "type": "string" } }, "required": ["flags", "tag", "value"], "additionalProperties": false };
var schema56 = { "type": "integer", "minimum": 0, "maximum": 255 };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.flags === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flags" }, message: "must have required property 'flags'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tag === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property 'tag'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema55.required, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "flags" || key0 === "tag" || key0 === "value")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.flags !== void 0) {
      let data0 = data.flags;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err4 = { instancePath: instancePath + "/flags", schemaPath: "#/$defs/u8/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.type, parentSchema: schema56, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 255 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/flags", schemaPath: "#/$defs/u8/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema56, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err6 = { instancePath: instancePath + "/flags", schemaPath: "#/$defs/u8/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.tag !== void 0) {
      let data1 = data.tag;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err7 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.properties.tag, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.tag.type, parentSchema: schema55.properties.tag, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data2 = data.value;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.properties.value.type, parentSchema: schema55.properties.value, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (!validate41(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    if (typeof data === "string") {
      if (func1(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema54.if, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate40.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate40.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema58 = { "if": { "type": "object" }, "then": { "$ref": "#/$defs/tlsaFields" }, "else": { "$ref": "#/$defs/text" } };
var schema59 = { "type": "object", "description": "TLSA: usage, selector, matching type and hex data.", "properties": { "usage": { "$ref": "#/$defs/u8" }, "selector": { "$ref": "#/$defs/u8" }, "matching_type": { "$ref": "#/$defs/u8" }, "data": { "type": "string", "minLength": 1 } }, "required": ["usage", "selector", "matching_type", "data"], "additionalProperties": false };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.usage === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "usage" }, message: "must have required property 'usage'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.selector === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "selector" }, message: "must have required property 'selector'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.matching_type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "matching_type" }, message: "must have required property 'matching_type'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema59.required, parentSchema: schema59, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "usage" || key0 === "selector" || key0 === "matching_type" || key0 === "data")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema59, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.usage !== void 0) {
      let data0 = data.usage;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err5 = { instancePath: instancePath + "/usage", schemaPath: "#/$defs/u8/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.type, parentSchema: schema56, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 255 || isNaN(data0)) {
          const err6 = { instancePath: instancePath + "/usage", schemaPath: "#/$defs/u8/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema56, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err7 = { instancePath: instancePath + "/usage", schemaPath: "#/$defs/u8/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.selector !== void 0) {
      let data1 = data.selector;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err8 = { instancePath: instancePath + "/selector", schemaPath: "#/$defs/u8/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.type, parentSchema: schema56, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 255 || isNaN(data1)) {
          const err9 = { instancePath: instancePath + "/selector", schemaPath: "#/$defs/u8/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema56, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err10 = { instancePath: instancePath + "/selector", schemaPath: "#/$defs/u8/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.matching_type !== void 0) {
      let data2 = data.matching_type;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err11 = { instancePath: instancePath + "/matching_type", schemaPath: "#/$defs/u8/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.type, parentSchema: schema56, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 255 || isNaN(data2)) {
          const err12 = { instancePath: instancePath + "/matching_type", schemaPath: "#/$defs/u8/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema56, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err13 = { instancePath: instancePath + "/matching_type", schemaPath: "#/$defs/u8/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.data !== void 0) {
      let data3 = data.data;
      if (typeof data3 === "string") {
        if (func1(data3) < 1) {
          const err14 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59.properties.data, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.properties.data.type, parentSchema: schema59.properties.data, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema59.type, parentSchema: schema59, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (!validate46(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    if (typeof data === "string") {
      if (func1(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema58.if, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate45.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate45.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema64 = { "if": { "type": "object" }, "then": { "$ref": "#/$defs/sshfpFields" }, "else": { "$ref": "#/$defs/text" } };
var schema65 = { "type": "object", "description": "SSHFP: algorithm, fingerprint type and hex fingerprint.", "properties": { "algorithm": { "$ref": "#/$defs/u8" }, "fingerprint_type": { "$ref": "#/$defs/u8" }, "fingerprint": { "type": "string", "minLength": 1 } }, "required": ["algorithm", "fingerprint_type", "fingerprint"], "additionalProperties": false };
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.algorithm === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property 'algorithm'", schema: schema65.required, parentSchema: schema65, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.fingerprint_type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fingerprint_type" }, message: "must have required property 'fingerprint_type'", schema: schema65.required, parentSchema: schema65, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.fingerprint === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'", schema: schema65.required, parentSchema: schema65, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "algorithm" || key0 === "fingerprint_type" || key0 === "fingerprint")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema65, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.algorithm !== void 0) {
      let data0 = data.algorithm;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err4 = { instancePath: instancePath + "/algorithm", schemaPath: "#/$defs/u8/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.type, parentSchema: schema56, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 255 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/algorithm", schemaPath: "#/$defs/u8/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema56, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err6 = { instancePath: instancePath + "/algorithm", schemaPath: "#/$defs/u8/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.fingerprint_type !== void 0) {
      let data1 = data.fingerprint_type;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err7 = { instancePath: instancePath + "/fingerprint_type", schemaPath: "#/$defs/u8/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.type, parentSchema: schema56, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 255 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/fingerprint_type", schemaPath: "#/$defs/u8/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema56, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err9 = { instancePath: instancePath + "/fingerprint_type", schemaPath: "#/$defs/u8/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.fingerprint !== void 0) {
      let data2 = data.fingerprint;
      if (typeof data2 === "string") {
        if (func1(data2) < 1) {
          const err10 = { instancePath: instancePath + "/fingerprint", schemaPath: "#/properties/fingerprint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema65.properties.fingerprint, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/fingerprint", schemaPath: "#/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema65.properties.fingerprint.type, parentSchema: schema65.properties.fingerprint, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.type, parentSchema: schema65, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (!validate51(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    if (typeof data === "string") {
      if (func1(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema64.if, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate50.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate50.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema69 = { "if": { "type": "object" }, "then": { "$ref": "#/$defs/dsFields" }, "else": { "$ref": "#/$defs/text" } };
var schema70 = { "type": "object", "description": "DS: key tag, algorithm, digest type and hex digest.", "properties": { "key_tag": { "$ref": "#/$defs/u16" }, "algorithm": { "$ref": "#/$defs/u8" }, "digest_type": { "$ref": "#/$defs/u8" }, "digest": { "type": "string", "minLength": 1 } }, "required": ["key_tag", "algorithm", "digest_type", "digest"], "additionalProperties": false };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key_tag === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key_tag" }, message: "must have required property 'key_tag'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.algorithm === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property 'algorithm'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.digest_type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "digest_type" }, message: "must have required property 'digest_type'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.digest === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "key_tag" || key0 === "algorithm" || key0 === "digest_type" || key0 === "digest")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.key_tag !== void 0) {
      let data0 = data.key_tag;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err5 = { instancePath: instancePath + "/key_tag", schemaPath: "#/$defs/u16/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.type, parentSchema: schema44, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 65535 || isNaN(data0)) {
          const err6 = { instancePath: instancePath + "/key_tag", schemaPath: "#/$defs/u16/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err7 = { instancePath: instancePath + "/key_tag", schemaPath: "#/$defs/u16/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.algorithm !== void 0) {
      let data1 = data.algorithm;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err8 = { instancePath: instancePath + "/algorithm", schemaPath: "#/$defs/u8/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.type, parentSchema: schema56, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 255 || isNaN(data1)) {
          const err9 = { instancePath: instancePath + "/algorithm", schemaPath: "#/$defs/u8/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema56, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err10 = { instancePath: instancePath + "/algorithm", schemaPath: "#/$defs/u8/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56, data: data1 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.digest_type !== void 0) {
      let data2 = data.digest_type;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err11 = { instancePath: instancePath + "/digest_type", schemaPath: "#/$defs/u8/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.type, parentSchema: schema56, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 255 || isNaN(data2)) {
          const err12 = { instancePath: instancePath + "/digest_type", schemaPath: "#/$defs/u8/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema56, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err13 = { instancePath: instancePath + "/digest_type", schemaPath: "#/$defs/u8/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.digest !== void 0) {
      let data3 = data.digest;
      if (typeof data3 === "string") {
        if (func1(data3) < 1) {
          const err14 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema70.properties.digest, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.digest.type, parentSchema: schema70.properties.digest, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.type, parentSchema: schema70, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    if (typeof data === "string") {
      if (func1(data) < 1) {
        const err1 = { instancePath, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema69.if, parentSchema: schema69, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate55.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate55.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = false;
  let passing0 = null;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.value === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/0/oneOf/0/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema41.allOf[0].oneOf[0].required, parentSchema: schema41.allOf[0].oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0) {
    valid1 = true;
    passing0 = 0;
  }
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.values === void 0) {
      const err1 = { instancePath, schemaPath: "#/allOf/0/oneOf/1/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'", schema: schema41.allOf[0].oneOf[1].required, parentSchema: schema41.allOf[0].oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid1) {
    valid1 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid1 = true;
      passing0 = 1;
    }
  }
  if (!valid1) {
    const err2 = { instancePath, schemaPath: "#/allOf/0/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema41.allOf[0].oneOf, parentSchema: schema41.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  } else {
    errors = _errs2;
    if (vErrors !== null) {
      if (_errs2) {
        vErrors.length = _errs2;
      } else {
        vErrors = null;
      }
    }
  }
  const _errs7 = errors;
  let valid2 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("A" !== data.type) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.value !== void 0) {
        let data1 = data.value;
        if (typeof data1 === "string") {
          if (!formats0.test(data1)) {
            const err5 = { instancePath: instancePath + "/value", schemaPath: "#/allOf/1/then/properties/value/format", keyword: "format", params: { format: "ipv4" }, message: 'must match format "ipv4"', schema: "ipv4", parentSchema: schema41.allOf[1].then.properties.value, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/value", schemaPath: "#/allOf/1/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.allOf[1].then.properties.value.type, parentSchema: schema41.allOf[1].then.properties.value, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.values !== void 0) {
        let data2 = data.values;
        if (Array.isArray(data2)) {
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (typeof data3 === "string") {
              if (!formats0.test(data3)) {
                const err7 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/allOf/1/then/properties/values/items/format", keyword: "format", params: { format: "ipv4" }, message: 'must match format "ipv4"', schema: "ipv4", parentSchema: schema41.allOf[1].then.properties.values.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            } else {
              const err8 = { instancePath: instancePath + "/values/" + i0, schemaPath: "#/allOf/1/then/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.allOf[1].then.properties.values.items.type, parentSchema: schema41.allOf[1].then.properties.values.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
      }
    }
    var _valid1 = _errs10 === errors;
    valid2 = _valid1;
    if (valid2) {
      var props0 = {};
      props0.value = true;
      props0.values = true;
      props0.type = true;
    }
  }
  if (!valid2) {
    const err9 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema41.allOf[1].if, parentSchema: schema41.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  const _errs17 = errors;
  let valid7 = true;
  const _errs18 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err10 = {};
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("AAAA" !== data.type) {
          const err11 = {};
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs18 === errors;
  errors = _errs17;
  if (vErrors !== null) {
    if (_errs17) {
      vErrors.length = _errs17;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs20 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.value !== void 0) {
        let data5 = data.value;
        if (typeof data5 === "string") {
          if (!formats4.test(data5)) {
            const err12 = { instancePath: instancePath + "/value", schemaPath: "#/allOf/2/then/properties/value/format", keyword: "format", params: { format: "ipv6" }, message: 'must match format "ipv6"', schema: "ipv6", parentSchema: schema41.allOf[2].then.properties.value, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        } else {
          const err13 = { instancePath: instancePath + "/value", schemaPath: "#/allOf/2/then/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.allOf[2].then.properties.value.type, parentSchema: schema41.allOf[2].then.properties.value, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (data.values !== void 0) {
        let data6 = data.values;
        if (Array.isArray(data6)) {
          const len1 = data6.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data7 = data6[i1];
            if (typeof data7 === "string") {
              if (!formats4.test(data7)) {
                const err14 = { instancePath: instancePath + "/values/" + i1, schemaPath: "#/allOf/2/then/properties/values/items/format", keyword: "format", params: { format: "ipv6" }, message: 'must match format "ipv6"', schema: "ipv6", parentSchema: schema41.allOf[2].then.properties.values.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = { instancePath: instancePath + "/values/" + i1, schemaPath: "#/allOf/2/then/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.allOf[2].then.properties.values.items.type, parentSchema: schema41.allOf[2].then.properties.values.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
      }
    }
    var _valid2 = _errs20 === errors;
    valid7 = _valid2;
    if (valid7) {
      var props1 = {};
      props1.value = true;
      props1.values = true;
      props1.type = true;
    }
  }
  if (!valid7) {
    const err16 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema41.allOf[2].if, parentSchema: schema41.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs27 = errors;
  let valid12 = true;
  const _errs28 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.type === void 0 && (missing2 = "type")) {
      const err17 = {};
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("MX" !== data.type) {
          const err18 = {};
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs28 === errors;
  errors = _errs27;
  if (vErrors !== null) {
    if (_errs27) {
      vErrors.length = _errs27;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs30 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.value !== void 0) {
        if (!validate30(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
          errors = vErrors.length;
        }
      }
      if (data.values !== void 0) {
        let data10 = data.values;
        if (Array.isArray(data10)) {
          const len2 = data10.length;
          for (let i2 = 0; i2 < len2; i2++) {
            if (!validate30(data10[i2], { instancePath: instancePath + "/values/" + i2, parentData: data10, parentDataProperty: i2, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    }
    var _valid3 = _errs30 === errors;
    valid12 = _valid3;
    if (valid12) {
      var props4 = {};
      props4.value = true;
      props4.values = true;
      props4.type = true;
    }
  }
  if (!valid12) {
    const err19 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema41.allOf[3].if, parentSchema: schema41.allOf[3], data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  if (props0 !== true && props4 !== void 0) {
    if (props4 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props4);
    }
  }
  const _errs35 = errors;
  let valid17 = true;
  const _errs36 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (data.type === void 0 && (missing3 = "type")) {
      const err20 = {};
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("SRV" !== data.type) {
          const err21 = {};
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
  }
  var _valid4 = _errs36 === errors;
  errors = _errs35;
  if (vErrors !== null) {
    if (_errs35) {
      vErrors.length = _errs35;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs38 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.value !== void 0) {
        if (!validate35(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
          errors = vErrors.length;
        }
      }
      if (data.values !== void 0) {
        let data14 = data.values;
        if (Array.isArray(data14)) {
          const len3 = data14.length;
          for (let i3 = 0; i3 < len3; i3++) {
            if (!validate35(data14[i3], { instancePath: instancePath + "/values/" + i3, parentData: data14, parentDataProperty: i3, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    }
    var _valid4 = _errs38 === errors;
    valid17 = _valid4;
    if (valid17) {
      var props7 = {};
      props7.value = true;
      props7.values = true;
      props7.type = true;
    }
  }
  if (!valid17) {
    const err22 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema41.allOf[4].if, parentSchema: schema41.allOf[4], data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  if (props0 !== true && props7 !== void 0) {
    if (props7 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props7);
    }
  }
  const _errs43 = errors;
  let valid22 = true;
  const _errs44 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing4;
    if (data.type === void 0 && (missing4 = "type")) {
      const err23 = {};
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("CAA" !== data.type) {
          const err24 = {};
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
  }
  var _valid5 = _errs44 === errors;
  errors = _errs43;
  if (vErrors !== null) {
    if (_errs43) {
      vErrors.length = _errs43;
    } else {
      vErrors = null;
    }
  }
  if (_valid5) {
    const _errs46 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.value !== void 0) {
        if (!validate40(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
          errors = vErrors.length;
        }
      }
      if (data.values !== void 0) {
        let data18 = data.values;
        if (Array.isArray(data18)) {
          const len4 = data18.length;
          for (let i4 = 0; i4 < len4; i4++) {
            if (!validate40(data18[i4], { instancePath: instancePath + "/values/" + i4, parentData: data18, parentDataProperty: i4, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    }
    var _valid5 = _errs46 === errors;
    valid22 = _valid5;
    if (valid22) {
      var props10 = {};
      props10.value = true;
      props10.values = true;
      props10.type = true;
    }
  }
  if (!valid22) {
    const err25 = { instancePath, schemaPath: "#/allOf/5/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema41.allOf[5].if, parentSchema: schema41.allOf[5], data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  if (props0 !== true && props10 !== void 0) {
    if (props10 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props10);
    }
  }
  const _errs51 = errors;
  let valid27 = true;
  const _errs52 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing5;
    if (data.type === void 0 && (missing5 = "type")) {
      const err26 = {};
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("TLSA" !== data.type) {
          const err27 = {};
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
  }
  var _valid6 = _errs52 === errors;
  errors = _errs51;
  if (vErrors !== null) {
    if (_errs51) {
      vErrors.length = _errs51;
    } else {
      vErrors = null;
    }
  }
  if (_valid6) {
    const _errs54 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.value !== void 0) {
        if (!validate45(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
          errors = vErrors.length;
        }
      }
      if (data.values !== void 0) {
        let data22 = data.values;
        if (Array.isArray(data22)) {
          const len5 = data22.length;
          for (let i5 = 0; i5 < len5; i5++) {
            if (!validate45(data22[i5], { instancePath: instancePath + "/values/" + i5, parentData: data22, parentDataProperty: i5, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    }
    var _valid6 = _errs54 === errors;
    valid27 = _valid6;
    if (valid27) {
      var props13 = {};
      props13.value = true;
      props13.values = true;
      props13.type = true;
    }
  }
  if (!valid27) {
    const err28 = { instancePath, schemaPath: "#/allOf/6/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema41.allOf[6].if, parentSchema: schema41.allOf[6], data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  if (props0 !== true && props13 !== void 0) {
    if (props13 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props13);
    }
  }
  const _errs59 = errors;
  let valid32 = true;
  const _errs60 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing6;
    if (data.type === void 0 && (missing6 = "type")) {
      const err29 = {};
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("SSHFP" !== data.type) {
          const err30 = {};
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
  }
  var _valid7 = _errs60 === errors;
  errors = _errs59;
  if (vErrors !== null) {
    if (_errs59) {
      vErrors.length = _errs59;
    } else {
      vErrors = null;
    }
  }
  if (_valid7) {
    const _errs62 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.value !== void 0) {
        if (!validate50(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
          errors = vErrors.length;
        }
      }
      if (data.values !== void 0) {
        let data26 = data.values;
        if (Array.isArray(data26)) {
          const len6 = data26.length;
          for (let i6 = 0; i6 < len6; i6++) {
            if (!validate50(data26[i6], { instancePath: instancePath + "/values/" + i6, parentData: data26, parentDataProperty: i6, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    }
    var _valid7 = _errs62 === errors;
    valid32 = _valid7;
    if (valid32) {
      var props16 = {};
      props16.value = true;
      props16.values = true;
      props16.type = true;
    }
  }
  if (!valid32) {
    const err31 = { instancePath, schemaPath: "#/allOf/7/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema41.allOf[7].if, parentSchema: schema41.allOf[7], data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  if (props0 !== true && props16 !== void 0) {
    if (props16 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props16);
    }
  }
  const _errs67 = errors;
  let valid37 = true;
  const _errs68 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing7;
    if (data.type === void 0 && (missing7 = "type")) {
      const err32 = {};
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("DS" !== data.type) {
          const err33 = {};
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
  }
  var _valid8 = _errs68 === errors;
  errors = _errs67;
  if (vErrors !== null) {
    if (_errs67) {
      vErrors.length = _errs67;
    } else {
      vErrors = null;
    }
  }
  if (_valid8) {
    const _errs70 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.value !== void 0) {
        if (!validate55(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
          errors = vErrors.length;
        }
      }
      if (data.values !== void 0) {
        let data30 = data.values;
        if (Array.isArray(data30)) {
          const len7 = data30.length;
          for (let i7 = 0; i7 < len7; i7++) {
            if (!validate55(data30[i7], { instancePath: instancePath + "/values/" + i7, parentData: data30, parentDataProperty: i7, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    }
    var _valid8 = _errs70 === errors;
    valid37 = _valid8;
    if (valid37) {
      var props19 = {};
      props19.value = true;
      props19.values = true;
      props19.type = true;
    }
  }
  if (!valid37) {
    const err34 = { instancePath, schemaPath: "#/allOf/8/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema41.allOf[8].if, parentSchema: schema41.allOf[8], data };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  if (props0 !== true && props19 !== void 0) {
    if (props19 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props19);
    }
  }
  const _errs75 = errors;
  let valid42 = true;
  const _errs76 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing8;
    if (data.type === void 0 && (missing8 = "type")) {
      const err35 = {};
      if (vErrors === null) {
        vErrors = [err35];
      } else {
        vErrors.push(err35);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        let data32 = data.type;
        if (!(data32 === "ALIAS" || data32 === "CDS" || data32 === "CNAME" || data32 === "DNAME" || data32 === "HTTPS" || data32 === "KEY" || data32 === "LOC" || data32 === "NAPTR" || data32 === "NS" || data32 === "OPENPGPKEY" || data32 === "PTR" || data32 === "RP" || data32 === "SPF" || data32 === "SVCB" || data32 === "TXT" || data32 === "WKS")) {
          const err36 = {};
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    }
  }
  var _valid9 = _errs76 === errors;
  errors = _errs75;
  if (vErrors !== null) {
    if (_errs75) {
      vErrors.length = _errs75;
    } else {
      vErrors = null;
    }
  }
  if (_valid9) {
    const _errs78 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.value !== void 0) {
        let data33 = data.value;
        if (typeof data33 === "string") {
          if (func1(data33) < 1) {
            const err37 = { instancePath: instancePath + "/value", schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46, data: data33 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        } else {
          const err38 = { instancePath: instancePath + "/value", schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data33 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
      if (data.values !== void 0) {
        let data34 = data.values;
        if (Array.isArray(data34)) {
          const len8 = data34.length;
          for (let i8 = 0; i8 < len8; i8++) {
            let data35 = data34[i8];
            if (typeof data35 === "string") {
              if (func1(data35) < 1) {
                const err39 = { instancePath: instancePath + "/values/" + i8, schemaPath: "#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema46, data: data35 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            } else {
              const err40 = { instancePath: instancePath + "/values/" + i8, schemaPath: "#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data35 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        }
      }
    }
    var _valid9 = _errs78 === errors;
    valid42 = _valid9;
    if (valid42) {
      var props20 = {};
      props20.value = true;
      props20.values = true;
      props20.type = true;
    }
  }
  if (!valid42) {
    const err41 = { instancePath, schemaPath: "#/allOf/9/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema41.allOf[9].if, parentSchema: schema41.allOf[9], data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  if (props0 !== true && props20 !== void 0) {
    if (props20 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props20);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err42 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err42];
      } else {
        vErrors.push(err42);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "ttl" || key0 === "override" || key0 === "value" || key0 === "values")) {
        const err43 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data36 = data.type;
      if (!(data36 === "A" || data36 === "AAAA" || data36 === "ALIAS" || data36 === "CAA" || data36 === "CDS" || data36 === "CNAME" || data36 === "DNAME" || data36 === "DS" || data36 === "HTTPS" || data36 === "KEY" || data36 === "LOC" || data36 === "MX" || data36 === "NAPTR" || data36 === "NS" || data36 === "OPENPGPKEY" || data36 === "PTR" || data36 === "RP" || data36 === "SPF" || data36 === "SRV" || data36 === "SSHFP" || data36 === "SVCB" || data36 === "TLSA" || data36 === "TXT" || data36 === "WKS")) {
        const err44 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/recordType/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data36 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.ttl !== void 0) {
      let data37 = data.ttl;
      if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
        const err45 = { instancePath: instancePath + "/ttl", schemaPath: "#/$defs/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.type, parentSchema: schema32, data: data37 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      if (typeof data37 == "number" && isFinite(data37)) {
        if (data37 > 2592e3 || isNaN(data37)) {
          const err46 = { instancePath: instancePath + "/ttl", schemaPath: "#/$defs/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2592e3 }, message: "must be <= 2592000", schema: 2592e3, parentSchema: schema32, data: data37 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data37 < 300 || isNaN(data37)) {
          const err47 = { instancePath: instancePath + "/ttl", schemaPath: "#/$defs/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 300 }, message: "must be >= 300", schema: 300, parentSchema: schema32, data: data37 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      }
    }
    if (data.override !== void 0) {
      let data38 = data.override;
      if (typeof data38 !== "boolean") {
        const err48 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.override.type, parentSchema: schema41.properties.override, data: data38 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.values !== void 0) {
      let data39 = data.values;
      if (Array.isArray(data39)) {
        if (data39.length < 1) {
          const err49 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema41.properties.values, data: data39 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
      } else {
        const err50 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.values.type, parentSchema: schema41.properties.values, data: data39 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!Array.isArray(data)) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
      if (data.length < 1) {
        const err1 = { instancePath, schemaPath: "#/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema40.then, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        if (!validate29(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.then.type, parentSchema: schema40.then, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var items0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    if (!validate29(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema40.if, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate28.errors = vErrors;
  evaluated0.props = props0;
  evaluated0.items = items0;
  return errors === 0;
}
validate28.evaluated = { "dynamicProps": true, "dynamicItems": true };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!validate28(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern6 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.records === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "records" }, message: "must have required property 'records'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ttl" || key0 === "ignore" || key0 === "safety" || key0 === "templates" || key0 === "records" || key0 === "nameservers" || key0 === "autorenew" || key0 === "account")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ttl !== void 0) {
      let data0 = data.ttl;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/ttl", schemaPath: "#/$defs/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2592e3 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/ttl", schemaPath: "#/$defs/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2592e3 }, message: "must be <= 2592000", schema: 2592e3, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 300 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/ttl", schemaPath: "#/$defs/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 300 }, message: "must be >= 300", schema: 300, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.ignore !== void 0) {
      if (!validate21(data.ignore, { instancePath: instancePath + "/ignore", parentData: data, parentDataProperty: "ignore", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.safety !== void 0) {
      let data2 = data.safety;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "max_change_percent" || key1 === "min_existing")) {
            const err5 = { instancePath: instancePath + "/safety", schemaPath: "#/$defs/safety/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.max_change_percent !== void 0) {
          let data3 = data2.max_change_percent;
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 > 100 || isNaN(data3)) {
              const err6 = { instancePath: instancePath + "/safety/max_change_percent", schemaPath: "#/$defs/safety/properties/max_change_percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema36.properties.max_change_percent, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data3 < 0 || isNaN(data3)) {
              const err7 = { instancePath: instancePath + "/safety/max_change_percent", schemaPath: "#/$defs/safety/properties/max_change_percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.max_change_percent, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/safety/max_change_percent", schemaPath: "#/$defs/safety/properties/max_change_percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema36.properties.max_change_percent.type, parentSchema: schema36.properties.max_change_percent, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.min_existing !== void 0) {
          let data4 = data2.min_existing;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err9 = { instancePath: instancePath + "/safety/min_existing", schemaPath: "#/$defs/safety/properties/min_existing/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.min_existing.type, parentSchema: schema36.properties.min_existing, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 < 0 || isNaN(data4)) {
              const err10 = { instancePath: instancePath + "/safety/min_existing", schemaPath: "#/$defs/safety/properties/min_existing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.min_existing, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/safety", schemaPath: "#/$defs/safety/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.templates !== void 0) {
      if (!validate25(data.templates, { instancePath: instancePath + "/templates", parentData: data, parentDataProperty: "templates", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.records !== void 0) {
      if (!validate27(data.records, { instancePath: instancePath + "/records", parentData: data, parentDataProperty: "records", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.nameservers !== void 0) {
      let data7 = data.nameservers;
      const _errs18 = errors;
      let valid5 = true;
      const _errs19 = errors;
      if (typeof data7 !== "string") {
        const err12 = {};
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid0 = _errs19 === errors;
      errors = _errs18;
      if (vErrors !== null) {
        if (_errs18) {
          vErrors.length = _errs18;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs21 = errors;
        if ("livedns" !== data7) {
          const err13 = { instancePath: instancePath + "/nameservers", schemaPath: "#/$defs/nameservers/then/const", keyword: "const", params: { allowedValue: "livedns" }, message: "must be equal to constant", schema: "livedns", parentSchema: schema79.then, data: data7 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        var _valid0 = _errs21 === errors;
        valid5 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs23 = errors;
        if (Array.isArray(data7)) {
          if (data7.length > 13) {
            const err14 = { instancePath: instancePath + "/nameservers", schemaPath: "#/$defs/nameservers/else/maxItems", keyword: "maxItems", params: { limit: 13 }, message: "must NOT have more than 13 items", schema: 13, parentSchema: schema79.else, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (data7.length < 1) {
            const err15 = { instancePath: instancePath + "/nameservers", schemaPath: "#/$defs/nameservers/else/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema79.else, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          const len0 = data7.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data8 = data7[i0];
            if (typeof data8 === "string") {
              if (func1(data8) < 1) {
                const err16 = { instancePath: instancePath + "/nameservers/" + i0, schemaPath: "#/$defs/nameservers/else/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema79.else.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            } else {
              const err17 = { instancePath: instancePath + "/nameservers/" + i0, schemaPath: "#/$defs/nameservers/else/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.else.items.type, parentSchema: schema79.else.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        } else {
          const err18 = { instancePath: instancePath + "/nameservers", schemaPath: "#/$defs/nameservers/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.else.type, parentSchema: schema79.else, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        var _valid0 = _errs23 === errors;
        valid5 = _valid0;
        ifClause0 = "else";
      }
      if (!valid5) {
        const err19 = { instancePath: instancePath + "/nameservers", schemaPath: "#/$defs/nameservers/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema79.if, parentSchema: schema79, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.autorenew !== void 0) {
      let data9 = data.autorenew;
      if (typeof data9 !== "boolean") {
        const err20 = { instancePath: instancePath + "/autorenew", schemaPath: "#/properties/autorenew/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.autorenew.type, parentSchema: schema31.properties.autorenew, data: data9 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.account !== void 0) {
      let data10 = data.account;
      if (typeof data10 === "string") {
        if (func1(data10) < 1) {
          const err21 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.account, data: data10 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (!pattern6.test(data10)) {
          const err22 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", parentSchema: schema31.properties.account, data: data10 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.account.type, parentSchema: schema31.properties.account, data: data10 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var recordOrList = validate64;
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate64.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!Array.isArray(data)) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
      if (data.length < 1) {
        const err1 = { instancePath, schemaPath: "#/then/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema40.then, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        if (!validate29(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.then.type, parentSchema: schema40.then, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var items0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    if (!validate29(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema40.if, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate64.errors = vErrors;
  evaluated0.props = props0;
  evaluated0.items = items0;
  return errors === 0;
}
validate64.evaluated = { "dynamicProps": true, "dynamicItems": true };
var ignoreRule = validate67;
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema34.required, parentSchema: schema34, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "type")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.*?@-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.*?@-]+$"', schema: "^[A-Za-z0-9_.*?@-]+$", parentSchema: schema34.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.name.type, parentSchema: schema34.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (!(data1 === "A" || data1 === "AAAA" || data1 === "ALIAS" || data1 === "CAA" || data1 === "CDS" || data1 === "CNAME" || data1 === "DNAME" || data1 === "DS" || data1 === "HTTPS" || data1 === "KEY" || data1 === "LOC" || data1 === "MX" || data1 === "NAPTR" || data1 === "NS" || data1 === "OPENPGPKEY" || data1 === "PTR" || data1 === "RP" || data1 === "SPF" || data1 === "SRV" || data1 === "SSHFP" || data1 === "SVCB" || data1 === "TLSA" || data1 === "TXT" || data1 === "WKS")) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/$defs/recordType/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var template = validate68;
var schema83 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "livedns-gitops zone template", "description": "Records shared by several zones: zones/_templates/<name>.yaml, pulled into a zone file with templates: [<name>]. Same record syntax as a zone file; {zone} in a value stands for the name of the zone using the template.", "type": "object", "properties": { "ttl": { "$ref": "zone.schema.json#/$defs/ttl", "description": "Default TTL for the records of this template. Without it, the zone file's ttl applies, then Gandi's 10800." }, "records": { "$ref": "zone.schema.json#/$defs/records" } }, "required": ["records"], "additionalProperties": false };
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate69.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!validate28(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
validate69.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.records === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "records" }, message: "must have required property 'records'", schema: schema83.required, parentSchema: schema83, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ttl" || key0 === "records")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema83, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ttl !== void 0) {
      let data0 = data.ttl;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/ttl", schemaPath: "zone.schema.json#/$defs/ttl/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2592e3 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/ttl", schemaPath: "zone.schema.json#/$defs/ttl/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2592e3 }, message: "must be <= 2592000", schema: 2592e3, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 300 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/ttl", schemaPath: "zone.schema.json#/$defs/ttl/minimum", keyword: "minimum", params: { comparison: ">=", limit: 300 }, message: "must be >= 300", schema: 300, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.records !== void 0) {
      if (!validate69(data.records, { instancePath: instancePath + "/records", parentData: data, parentDataProperty: "records", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema83.type, parentSchema: schema83, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var config = validate72;
var schema86 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "livedns-gitops configuration (livedns.config.yaml)", "description": "Optional, at the repository root. Names the Gandi accounts (organisations) whose zones this repository manages; a zone file picks one with account: <name>. Without this file, every zone uses GANDI_PERSONAL_ACCESS_TOKEN.", "type": "object", "properties": { "accounts": { "type": "object", "minProperties": 1, "description": 'Accounts by name (letters, digits, ".", "-", "_"): the name zone files give in account:.', "additionalProperties": { "$ref": "#/$defs/account" } } }, "required": ["accounts"], "additionalProperties": false, "$defs": { "account": { "type": "object", "properties": { "token_env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "errorMessage": 'must be the NAME of the environment variable that holds the token (letters, digits, "_"), never the token itself', "description": "The environment variable holding this account's Personal Access Token, e.g. ACME_GANDI_TOKEN. The token itself never goes in this file." }, "sharing_id": { "type": "string", "minLength": 1, "description": "The organisation id sent as sharing_id with every request of this account (optional)." } }, "required": ["token_env"], "additionalProperties": false } } };
var schema87 = { "type": "object", "properties": { "token_env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "errorMessage": 'must be the NAME of the environment variable that holds the token (letters, digits, "_"), never the token itself', "description": "The environment variable holding this account's Personal Access Token, e.g. ACME_GANDI_TOKEN. The token itself never goes in this file." }, "sharing_id": { "type": "string", "minLength": 1, "description": "The organisation id sent as sharing_id with every request of this account (optional)." } }, "required": ["token_env"], "additionalProperties": false };
var pattern8 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate72.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.accounts === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accounts" }, message: "must have required property 'accounts'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "accounts")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.accounts !== void 0) {
      let data0 = data.accounts;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length < 1) {
          const err2 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema86.properties.accounts, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          let data1 = data0[key1];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.token_env === void 0) {
              const err3 = { instancePath: instancePath + "/accounts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/account/required", keyword: "required", params: { missingProperty: "token_env" }, message: "must have required property 'token_env'", schema: schema87.required, parentSchema: schema87, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            for (const key2 in data1) {
              if (!(key2 === "token_env" || key2 === "sharing_id")) {
                const err4 = { instancePath: instancePath + "/accounts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/account/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema87, data: data1 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.token_env !== void 0) {
              let data2 = data1.token_env;
              if (typeof data2 === "string") {
                if (!pattern8.test(data2)) {
                  const err5 = { instancePath: instancePath + "/accounts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/token_env", schemaPath: "#/$defs/account/properties/token_env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema87.properties.token_env, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              } else {
                const err6 = { instancePath: instancePath + "/accounts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/token_env", schemaPath: "#/$defs/account/properties/token_env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.properties.token_env.type, parentSchema: schema87.properties.token_env, data: data2 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.sharing_id !== void 0) {
              let data3 = data1.sharing_id;
              if (typeof data3 === "string") {
                if (func1(data3) < 1) {
                  const err7 = { instancePath: instancePath + "/accounts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/sharing_id", schemaPath: "#/$defs/account/properties/sharing_id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema87.properties.sharing_id, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/accounts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/sharing_id", schemaPath: "#/$defs/account/properties/sharing_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.properties.sharing_id.type, parentSchema: schema87.properties.sharing_id, data: data3 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/accounts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/account/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema87.type, parentSchema: schema87, data: data1 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.accounts.type, parentSchema: schema86.properties.accounts, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.type, parentSchema: schema86, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
validate72.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validators = { file, recordOrList, ignoreRule, template };
function zoneSchemaValidators() {
  return validators;
}
function configSchemaValidator() {
  return config;
}

// src/zonefile/schema.ts
function isMapping2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function encodePointer(segments) {
  return segments.map((s) => `/${s.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
function run(validate, data, at) {
  if (validate(data)) return [];
  const prefix = encodePointer(at);
  return translate((validate.errors ?? []).map((error) => ({ ...error, instancePath: `${prefix}${error.instancePath}` })));
}
function checkSchema(data, kind = "zone") {
  const validators2 = zoneSchemaValidators();
  const whole = kind === "zone" ? validators2.file : validators2.template;
  let problems;
  if (!isMapping2(data)) {
    problems = run(whole, data, []);
  } else {
    const { records, ignore } = data;
    const perRule = kind === "zone" && Array.isArray(ignore);
    const shell = { ...data };
    if (isMapping2(records)) shell.records = {};
    if (perRule) shell.ignore = [];
    problems = run(whole, shell, []);
    if (perRule) ignore.forEach((rule, i) => problems.push(...run(validators2.ignoreRule, rule, ["ignore", String(i)])));
    if (isMapping2(records)) for (const [name, entry] of Object.entries(records)) problems.push(...run(validators2.recordOrList, entry, ["records", name]));
  }
  return kind === "zone" ? problems : problems.map((problem2) => ({ ...problem2, message: problem2.message.replace(/\bthe zone file\b/g, "the template") }));
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
  const path4 = decodePointer(error.instancePath);
  const where2 = describePath(path4);
  const data = error.data;
  const base = { path: path4, at: "value", rule: "schema" };
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(propertiesOf(error.parentSchema));
      const guess = closest(key, allowed);
      return {
        path: [...path4, key],
        at: "key",
        rule: "schema",
        message: `unknown key "${key}" in ${where2}`,
        hint: `${guess ? `did you mean "${guess}"? ` : ""}allowed keys: ${allowed.join(", ")}`
      };
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return { ...base, message: `${where2} is missing "${missing}"` };
    }
    case "type": {
      const expected = String(error.params.type);
      return { ...base, message: `${where2} must be ${article(expected)}, not ${typeName(data)}`, ...typeHint(expected, data, path4) };
    }
    case "enum": {
      if (error.schemaPath.includes("/recordType/")) return { ...base, rule: "record-type", message: `unknown record type "${String(data)}"`, hint: recordTypeHint(data) };
      return { ...base, message: `${where2} must be one of ${JSON.stringify(error.schema)}` };
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
      return { ...base, message: `${where2} ${String(data)} is out of range ${parent?.minimum ?? ""}..${parent?.maximum ?? ""}` };
    }
    case "minItems":
      return { ...base, message: `${where2} is an empty list`, hint: "give at least one entry, or remove the key" };
    case "minLength":
      return { ...base, message: `${where2} is empty` };
    case "oneOf": {
      const both = Array.isArray(error.params.passingSchemas);
      const message = hasErrorMessage(error.parentSchema) ? error.parentSchema.errorMessage : `${where2} ${error.message ?? "is invalid"}`;
      return { ...base, message: `${where2} ${message}`, hint: both ? "keep only one of them" : "add value: <one value> or values: [<value>, ...]" };
    }
    default: {
      if (hasErrorMessage(error.parentSchema)) return { ...base, message: `${where2} ${error.parentSchema.errorMessage}` };
      return { ...base, message: `${where2} ${error.message ?? "is invalid"}` };
    }
  }
}
function describePath(path4) {
  if (path4.length === 0) return "the zone file";
  const [head, ...rest] = path4;
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
  return joinPath(path4);
}
function joinPath(path4) {
  let out = "";
  for (const segment2 of path4) out += /^[0-9]+$/.test(segment2) ? `[${segment2}]` : out === "" ? segment2 : `.${segment2}`;
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
function typeHint(expected, data, path4) {
  if (expected === "string" && (typeof data === "number" || typeof data === "boolean")) return { hint: "YAML read it as a number or boolean: put it in quotes to keep it as text" };
  if ((expected === "integer" || expected === "number") && typeof data === "string" && /^[0-9]+$/.test(data.trim())) return { hint: `write it without quotes: ${data.trim()}` };
  const isRecordPlace = path4[0] === "records" && (path4.length === 2 || path4.length === 3 && /^[0-9]+$/.test(path4[2] ?? ""));
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

// src/zonefile/templates.ts
var TEMPLATES_DIR = "_templates";
var TEMPLATE_NAME = /^[a-z0-9][a-z0-9._-]*$/;
var TEMPLATE_CHECK_ZONE = "zone.example";
var ZONE_PLACEHOLDER = "{zone}";
function templateNameFromFile(file2) {
  const base = file2.split(/[\\/]/).pop() ?? file2;
  return base.replace(/\.ya?ml$/i, "");
}
function isTemplatePath(file2) {
  const parts = file2.split(/[\\/]/);
  return parts.length >= 2 && parts[parts.length - 2] === TEMPLATES_DIR;
}
function checkTemplateShape(name, file2, content) {
  const issues = [];
  if (!TEMPLATE_NAME.test(name)) {
    issues.push({
      severity: "error",
      rule: "template-name",
      message: `"${name}" cannot be used as a template name: zone files name templates in lower case, with letters, digits, ".", "-" and "_"`,
      hint: `rename the file, e.g. to ${name.toLowerCase().replace(/[^a-z0-9._-]/g, "-").replace(/^[^a-z0-9]+/, "")}.yaml`,
      file: file2
    });
  }
  forEachRecord(content.data.records, (record, recordPath) => {
    if ("override" in record && !content.reported([...recordPath, "override"])) {
      issues.push({
        severity: "error",
        rule: "template-override",
        message: `"override" belongs in zone files: it marks a zone record that replaces a template's`,
        hint: "remove it from the template",
        ...content.locate([...recordPath, "override"], "key")
      });
    }
    forEachValueString(record, recordPath, (text, valuePath) => {
      for (const match of text.matchAll(/\{([^{}\s]*)\}/g)) {
        if (match[0] === ZONE_PLACEHOLDER) continue;
        issues.push({
          severity: "warning",
          rule: "template-placeholder",
          message: `"${match[0]}" is not a placeholder: only ${ZONE_PLACEHOLDER} is replaced (by the zone's name), so this stays as written`,
          hint: `write ${ZONE_PLACEHOLDER} for the name of the zone using the template`,
          ...content.locate(valuePath)
        });
      }
    });
  });
  return issues;
}
var uses = /* @__PURE__ */ new WeakMap();
function usedBy(template2, zones) {
  const shown = zones.slice(0, 3).join(", ");
  const more = zones.length > 3 ? ` and ${zones.length - 3} more` : "";
  return ` (template "${template2}", used by zone${zones.length === 1 ? "" : "s"} ${shown}${more})`;
}
function seenFrom(issue, template2, zone) {
  const located = { ...issue, message: `${issue.message}${usedBy(template2, [zone])}` };
  uses.set(located, { base: issue.message, template: template2, zone });
  return located;
}
function mergeTemplateIssues(issues) {
  const merged = [];
  const groups = /* @__PURE__ */ new Map();
  for (const issue of issues) {
    const use = uses.get(issue);
    if (!use) {
      merged.push(issue);
      continue;
    }
    const key = [issue.file, issue.line, issue.column, issue.rule, issue.severity, use.base, issue.hint].join("\0");
    const group = groups.get(key);
    if (group) {
      if (!group.zones.includes(use.zone)) group.zones.push(use.zone);
      continue;
    }
    groups.set(key, { index: merged.length, use, zones: [use.zone] });
    merged.push(issue);
  }
  for (const { index, use, zones } of groups.values()) {
    const issue = merged[index];
    if (zones.length > 1) merged[index] = { ...issue, message: `${use.base}${usedBy(use.template, zones)}` };
  }
  return merged;
}
function instantiateTemplate(template2, zone, zoneTtl) {
  const { data, locate, reported } = template2.content;
  const asZone = zone ?? TEMPLATE_CHECK_ZONE;
  const ttl = isTtl(data.ttl) ? data.ttl : zoneTtl;
  const records = substituteZone(data.records, asZone);
  const result2 = checkZone({ zone: asZone, file: template2.file, data: { ...ttl === void 0 ? {} : { ttl }, records }, locate, reported });
  return {
    rrsets: result2.rrsets.map((rrset) => ({ ...rrset, template: template2.name })),
    issues: zone === void 0 ? result2.issues : result2.issues.map((issue) => seenFrom(issue, template2.name, zone))
  };
}
function withTemplates(input) {
  const { zone, data, locate, library } = input;
  const issues = [];
  const overrides = readOverrides(data.records, locate);
  const names = Array.isArray(data.templates) && !input.reported(["templates"]) ? data.templates.filter((n) => typeof n === "string") : [];
  if (names.length === 0 && overrides.size === 0) return { rrsets: [...input.rrsets], issues };
  const zoneTtl = isTtl(data.ttl) ? data.ttl : void 0;
  const fromTemplates = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  names.forEach((name, index) => {
    const at = locate(["templates", String(index)]);
    const error = (rule, message, hint) => issues.push({ severity: "error", rule, message, hint, ...at });
    const earlier = seen.get(name);
    if (earlier !== void 0) {
      error("template-duplicate", `template "${name}" is listed twice (first at line ${earlier})`, "list each template once");
      return;
    }
    seen.set(name, at.line);
    if (!library) {
      error("template-unknown", `template "${name}": no templates were loaded for this zone file`, `templates are read from ${TEMPLATES_DIR}/ next to the zone file (livedns reads it when given the zone file or its directory)`);
      return;
    }
    const brokenFile = library.broken.get(name);
    if (brokenFile !== void 0) {
      error("template-invalid", `template "${name}" has errors (reported in ${brokenFile})`, "fix the template; every zone using it is held back until then");
      return;
    }
    const template2 = library.templates.get(name);
    if (!template2) {
      const known = [...library.templates.keys(), ...library.broken.keys()].sort();
      error("template-unknown", `no template "${name}": expected ${library.dir}/${name}.yaml`, known.length > 0 ? `templates here: ${known.join(", ")}` : `create ${library.dir}/${name}.yaml, or remove "${name}" from templates`);
      return;
    }
    const instance = instantiateTemplate(template2, zone, zoneTtl);
    issues.push(...instance.issues);
    for (const rrset of instance.rrsets) {
      const key = rrsetKey(rrset);
      const other = fromTemplates.get(key);
      if (other) {
        error(
          "template-conflict",
          `"${rrset.name}" ${rrset.type} is defined by both template "${other.template ?? ""}" (${where(other.rrset.source)}) and template "${name}" (${where(rrset.source)})`,
          "an rrset comes from one template only: remove it from one of them, or split the templates so that this zone uses one"
        );
        continue;
      }
      fromTemplates.set(key, { rrset, template: name });
    }
  });
  const merged = [];
  for (const rrset of input.rrsets) {
    const key = rrsetKey(rrset);
    const fromTemplate = fromTemplates.get(key);
    const override = overrides.get(key);
    if (fromTemplate) {
      if (override) {
        fromTemplates.delete(key);
      } else {
        issues.push({
          severity: "error",
          rule: "template-override",
          message: `"${rrset.name}" ${rrset.type} is also defined by template "${fromTemplate.template ?? ""}" (${where(fromTemplate.rrset.source)})`,
          hint: `add "override: true" to this record to replace the template's for this zone, or remove the record to use the template's`,
          ...rrset.source ?? { file: input.file }
        });
        continue;
      }
    } else if (override) {
      issues.push({
        severity: "warning",
        rule: "override-unused",
        message: `"${rrset.name}" ${rrset.type} is marked override: true, but no template of this zone defines "${rrset.name}" ${rrset.type}`,
        hint: 'remove "override: true" (it would hide a template record added later without a word)',
        ...override
      });
    }
    merged.push({ rrset });
  }
  const ignore = compileIgnore(input.ignore);
  for (const origin of fromTemplates.values()) {
    const rule = ignore.match(origin.rrset);
    if (rule) {
      issues.push(
        seenFrom(
          {
            severity: "error",
            rule: "ignored-managed",
            message: `"${origin.rrset.name}" ${origin.rrset.type} comes from this template, but the zone's ignore rule "${rule.name}"${rule.type ? ` (${rule.type})` : ""} also covers it`,
            hint: `${rule.source ? `the rule is at ${where(rule.source)}; ` : ""}narrow the ignore rule, or stop using the template in this zone`,
            ...origin.rrset.source ?? { file: input.file }
          },
          origin.template ?? "",
          zone
        )
      );
      continue;
    }
    merged.push(origin);
  }
  issues.push(...checkAcrossSources(merged, input, issues));
  return { rrsets: merged.map((origin) => origin.rrset).sort(compareRrsets), issues };
}
function checkAcrossSources(merged, input, found) {
  const byName = /* @__PURE__ */ new Map();
  for (const { rrset, template: template2 } of merged) {
    const entry = byName.get(rrset.name) ?? { declared: [], templates: /* @__PURE__ */ new Map() };
    const location = rrset.source ?? { file: input.file, line: 1, column: 1 };
    entry.declared.push({ name: rrset.name, type: rrset.type, location });
    entry.templates.set(location.file, template2);
    byName.set(rrset.name, entry);
  }
  const known = new Set([...input.reportedIssues, ...found].map(issueKey));
  const issues = [];
  for (const { declared, templates } of byName.values()) {
    if (templates.size < 2) continue;
    checkNameRules(declared, (rule, location, message, hint, severity = "error") => {
      const issue = { severity, rule, message, ...hint === void 0 ? {} : { hint }, ...location };
      if (known.has(issueKey(issue))) return;
      known.add(issueKey(issue));
      const template2 = templates.get(location.file);
      issues.push(template2 === void 0 ? issue : seenFrom(issue, template2, input.zone));
    });
  }
  return issues;
}
function issueKey(issue) {
  return [issue.file, issue.line, issue.column, issue.rule].join("\0");
}
function where(location) {
  return location ? `${location.file}:${location.line}` : "unknown place";
}
function readOverrides(records, locate) {
  const overrides = /* @__PURE__ */ new Map();
  forEachRecord(records, (record, recordPath, rawName) => {
    if (record.override !== true || typeof record.type !== "string" || !RECORD_TYPES.includes(record.type)) return;
    overrides.set(rrsetKey({ name: canonicalOwnerName(rawName), type: record.type }), locate(recordPath));
  });
  return overrides;
}
function forEachRecord(records, visit2) {
  if (!isMapping(records)) return;
  for (const [rawName, entry] of Object.entries(records)) {
    const items2 = Array.isArray(entry) ? entry.map((r, i) => [r, ["records", rawName, String(i)]]) : [[entry, ["records", rawName]]];
    for (const [record, path4] of items2) if (isMapping(record)) visit2(record, path4, rawName);
  }
}
function forEachValueString(record, recordPath, visit2) {
  const walk = (node, path4) => {
    if (typeof node === "string") visit2(node, path4);
    else if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path4, String(i)]));
    else if (isMapping(node)) for (const [key, value] of Object.entries(node)) walk(value, [...path4, key]);
  };
  for (const key of ["value", "values"]) if (key in record) walk(record[key], [...recordPath, key]);
}
function substituteZone(records, zone) {
  if (!isMapping(records)) return records;
  const replace = (node) => {
    if (typeof node === "string") return node.split(ZONE_PLACEHOLDER).join(zone);
    if (Array.isArray(node)) return node.map(replace);
    if (isMapping(node)) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, replace(value)]));
    return node;
  };
  const record = (node) => isMapping(node) ? Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === "value" || key === "values" ? replace(value) : value])) : node;
  return Object.fromEntries(Object.entries(records).map(([name, entry]) => [name, Array.isArray(entry) ? entry.map(record) : record(entry)]));
}

// src/zonefile/plain-yaml.ts
var Unsupported = class extends Error {
};
var UNSUPPORTED_CHARACTERS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;
var DOCUMENT_MARKERS = /^(?:---|\.\.\.)(?:[ ]|$)|^%/m;
var MAX_IMPLICIT_KEY = 1024;
var SPACE = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DOUBLE_QUOTE = 34;
var SINGLE_QUOTE = 39;
var BACKSLASH = 92;
var COMMA = 44;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var NOT_PLAIN_START = new Set([...",]}#&*!|>%@`"].map((c) => c.charCodeAt(0)));
var FLOW_INDICATORS = /* @__PURE__ */ new Set([COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE]);
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\"
};
var HEX_ESCAPE_LENGTH = { x: 2, u: 4, U: 8 };
function readPlainYaml(text) {
  if (UNSUPPORTED_CHARACTERS.test(text) || DOCUMENT_MARKERS.test(text)) return void 0;
  try {
    return new Reader(text).read();
  } catch (error) {
    if (error instanceof Unsupported) return void 0;
    if (error instanceof RangeError) return void 0;
    throw error;
  }
}
var Reader = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
      this.lineEnds.push(i > 0 && text.charCodeAt(i - 1) === 13 ? i - 1 : i);
      this.lineStarts.push(i + 1);
    }
    this.lineEnds.push(text.length);
  }
  text;
  lineStarts = [0];
  lineEnds = [];
  /** The line being read. */
  line = 0;
  read() {
    this.skipInsignificantLines();
    if (this.line >= this.lineStarts.length || this.indent(this.line) !== 0) throw new Unsupported();
    const start = this.lineStarts[this.line];
    if (this.isSequenceItem(start) || this.scanKey(start) === void 0) throw new Unsupported();
    const { node, value } = this.blockMap(0);
    this.skipInsignificantLines();
    if (this.line < this.lineStarts.length) throw new Unsupported();
    const lineStarts = this.lineStarts;
    const position = (offset) => {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const mid = low + high + 1 >> 1;
        if (lineStarts[mid] <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: offset - lineStarts[low] + 1 };
    };
    return { data: value, root: node, position };
  }
  /** A block mapping whose keys are at `column`; the first key is at that column of the current line. */
  blockMap(column) {
    const entries = /* @__PURE__ */ new Map();
    const value = {};
    const node = { kind: "map", offset: this.lineStarts[this.line] + column, entries };
    for (; ; ) {
      const start = this.lineStarts[this.line] + column;
      const key = this.scanKey(start);
      if (!key || entries.has(key.key) || key.key === "__proto__") throw new Unsupported();
      const end = this.lineEnds[this.line];
      const valueStart = this.skipSpaces(key.afterColon, end);
      let entry;
      if (valueStart === end || this.text.charCodeAt(valueStart) === HASH) {
        this.line += 1;
        this.skipInsignificantLines();
        if (this.line >= this.lineStarts.length) throw new Unsupported();
        const indent2 = this.indent(this.line);
        if (indent2 > column) entry = this.blockNode(indent2);
        else if (indent2 === column && this.isSequenceItem(this.lineStarts[this.line] + indent2)) entry = this.blockSeq(indent2);
        else throw new Unsupported();
      } else {
        const inline = this.inlineValue(valueStart, end);
        this.expectLineEnd(inline.end, end);
        this.line += 1;
        entry = inline;
      }
      entries.set(key.key, { keyOffset: key.keyOffset, value: entry.node });
      value[key.key] = entry.value;
      this.skipInsignificantLines();
      if (this.line >= this.lineStarts.length) return { node, value };
      const indent = this.indent(this.line);
      if (indent < column) return { node, value };
      if (indent > column || this.isSequenceItem(this.lineStarts[this.line] + indent)) throw new Unsupported();
    }
  }
  /** A block sequence whose "-" are at `column` of the current and following lines. */
  blockSeq(column) {
    const items2 = [];
    const value = [];
    const node = { kind: "seq", offset: this.lineStarts[this.line] + column, items: items2 };
    for (; ; ) {
      const dash = this.lineStarts[this.line] + column;
      const end = this.lineEnds[this.line];
      const itemStart = this.skipSpaces(dash + 1, end);
      let item;
      if (itemStart === end || this.text.charCodeAt(itemStart) === HASH) {
        this.line += 1;
        this.skipInsignificantLines();
        if (this.line >= this.lineStarts.length) throw new Unsupported();
        const indent2 = this.indent(this.line);
        if (indent2 <= column) throw new Unsupported();
        item = this.blockNode(indent2);
      } else if (this.isSequenceItem(itemStart)) {
        throw new Unsupported();
      } else if (this.scanKey(itemStart) !== void 0) {
        item = this.blockMap(itemStart - this.lineStarts[this.line]);
      } else {
        const inline = this.inlineValue(itemStart, end);
        this.expectLineEnd(inline.end, end);
        this.line += 1;
        item = inline;
      }
      items2.push(item.node);
      value.push(item.value);
      this.skipInsignificantLines();
      if (this.line >= this.lineStarts.length) return { node, value };
      const indent = this.indent(this.line);
      if (indent < column) return { node, value };
      if (indent > column) throw new Unsupported();
      if (!this.isSequenceItem(this.lineStarts[this.line] + indent)) return { node, value };
    }
  }
  /** The block node that starts at `indent` of the current line. */
  blockNode(indent) {
    const start = this.lineStarts[this.line] + indent;
    if (this.isSequenceItem(start)) return this.blockSeq(indent);
    if (this.scanKey(start) === void 0) throw new Unsupported();
    return this.blockMap(indent);
  }
  /**
   * The key of a `key: value` line that starts at `start`, or undefined if the text there is not a
   * key. A key is plain or quoted, and its colon is followed by a space or the end of the line.
   */
  scanKey(start) {
    const text = this.text;
    const end = this.lineEnds[this.line];
    const first = text.charCodeAt(start);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const quoted2 = this.quoted(start, end);
      const colon = this.skipSpaces(quoted2.end, end);
      if (text.charCodeAt(colon) !== COLON || colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE) return void 0;
      if (quoted2.end - start > MAX_IMPLICIT_KEY) throw new Unsupported();
      return { key: quoted2.value, keyOffset: start, afterColon: colon + 1 };
    }
    if (!this.canStartPlain(start, end)) return void 0;
    for (let i = start; i < end; i += 1) {
      const c = text.charCodeAt(i);
      if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) {
        if (i - start > MAX_IMPLICIT_KEY) throw new Unsupported();
        return { key: trimSpaces(text.slice(start, i)), keyOffset: start, afterColon: i + 1 };
      }
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) return void 0;
    }
    return void 0;
  }
  /**
   * A value written on one line from `start`: a quoted or plain scalar, or a flow collection. `flow`:
   * inside a flow collection, where a plain scalar ends at `,`, `]` or `}`.
   */
  inlineValue(start, end, flow = false) {
    const first = this.text.charCodeAt(start);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const quoted2 = this.quoted(start, end);
      return { node: { kind: "scalar", offset: start }, value: quoted2.value, end: quoted2.end };
    }
    if (first === OPEN_BRACKET || first === OPEN_BRACE) return this.flowCollection(start, end);
    if (!this.canStartPlain(start, end, flow)) throw new Unsupported();
    const source = trimSpaces(this.text.slice(start, flow ? this.flowPlainEnd(start, end) : this.blockPlainEnd(start, end)));
    if (source.length === 0) throw new Unsupported();
    return { node: { kind: "scalar", offset: start }, value: resolvePlain(source), end: start + source.length };
  }
  /** Where a plain scalar in block context ends: the end of the line, or a comment. */
  blockPlainEnd(start, end) {
    for (let i = start; i < end; i += 1) {
      const c = this.text.charCodeAt(i);
      if (c === HASH && this.text.charCodeAt(i - 1) === SPACE) return i;
      if (c === COLON && (i + 1 === end || this.text.charCodeAt(i + 1) === SPACE)) throw new Unsupported();
    }
    return end;
  }
  /** Where a plain scalar inside a flow collection ends: at `,`, `]` or `}`. */
  flowPlainEnd(start, end) {
    for (let i = start; i < end; i += 1) {
      const c = this.text.charCodeAt(i);
      if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE) return i;
      if (c === COLON) {
        const next = this.text.charCodeAt(i + 1);
        if (i + 1 >= end || next === SPACE || FLOW_INDICATORS.has(next)) throw new Unsupported();
      }
      if (c === HASH || c === OPEN_BRACKET || c === OPEN_BRACE) throw new Unsupported();
    }
    return end;
  }
  /** `[a, b]` or `{ k: v, k2: v2 }`, closed on the same line. */
  flowCollection(start, end) {
    const text = this.text;
    const isMap3 = text.charCodeAt(start) === OPEN_BRACE;
    const close = isMap3 ? CLOSE_BRACE : CLOSE_BRACKET;
    let at = this.skipSpaces(start + 1, end);
    if (text.charCodeAt(at) === close) {
      return isMap3 ? { node: { kind: "map", offset: start, entries: /* @__PURE__ */ new Map() }, value: {}, end: at + 1 } : { node: { kind: "seq", offset: start, items: [] }, value: [], end: at + 1 };
    }
    const entries = /* @__PURE__ */ new Map();
    const mapValue = {};
    const items2 = [];
    const seqValue = [];
    for (; ; ) {
      if (isMap3) {
        const key = this.flowKey(at, end);
        if (entries.has(key.key) || key.key === "__proto__") throw new Unsupported();
        const item = this.inlineValue(this.skipSpaces(key.afterColon, end), end, true);
        entries.set(key.key, { keyOffset: at, value: item.node });
        mapValue[key.key] = item.value;
        at = item.end;
      } else {
        const item = this.inlineValue(at, end, true);
        items2.push(item.node);
        seqValue.push(item.value);
        at = item.end;
      }
      at = this.skipSpaces(at, end);
      const c = text.charCodeAt(at);
      if (c === close) {
        return isMap3 ? { node: { kind: "map", offset: start, entries }, value: mapValue, end: at + 1 } : { node: { kind: "seq", offset: start, items: items2 }, value: seqValue, end: at + 1 };
      }
      if (c !== COMMA) throw new Unsupported();
      at = this.skipSpaces(at + 1, end);
      if (at >= end || text.charCodeAt(at) === close) throw new Unsupported();
    }
  }
  flowKey(start, end) {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const quoted2 = this.quoted(start, end);
      if (text.charCodeAt(quoted2.end) !== COLON || text.charCodeAt(quoted2.end + 1) !== SPACE) throw new Unsupported();
      return { key: quoted2.value, keyOffset: start, afterColon: quoted2.end + 1 };
    }
    if (!this.canStartPlain(start, end, true)) throw new Unsupported();
    for (let i = start; i < end; i += 1) {
      const c = text.charCodeAt(i);
      if (c === COLON) {
        if (text.charCodeAt(i + 1) !== SPACE) throw new Unsupported();
        return { key: trimSpaces(text.slice(start, i)), keyOffset: start, afterColon: i + 1 };
      }
      if (FLOW_INDICATORS.has(c) || c === HASH) throw new Unsupported();
    }
    throw new Unsupported();
  }
  /** A quoted scalar that starts at `start` and closes before `end`. */
  quoted(start, end) {
    const text = this.text;
    if (text.charCodeAt(start) === SINGLE_QUOTE) {
      let value2 = "";
      let from2 = start + 1;
      for (; ; ) {
        const close = text.indexOf("'", from2);
        if (close === -1 || close >= end) throw new Unsupported();
        value2 += text.slice(from2, close);
        if (text.charCodeAt(close + 1) !== SINGLE_QUOTE) return { value: value2, end: close + 1 };
        value2 += "'";
        from2 = close + 2;
      }
    }
    let value = "";
    let from = start + 1;
    for (let i = from; i < end; i += 1) {
      const c = text.charCodeAt(i);
      if (c === DOUBLE_QUOTE) return { value: value + text.slice(from, i), end: i + 1 };
      if (c !== BACKSLASH) continue;
      value += text.slice(from, i);
      const code = text[i + 1] ?? "";
      const simple = ESCAPES[code];
      if (simple !== void 0) {
        value += simple;
        i += 1;
      } else if (code in HEX_ESCAPE_LENGTH) {
        const length = HEX_ESCAPE_LENGTH[code];
        const hex = text.slice(i + 2, i + 2 + length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex) || i + 2 + length > end) throw new Unsupported();
        const point = parseInt(hex, 16);
        if (point > 1114111) throw new Unsupported();
        value += String.fromCodePoint(point);
        i += 1 + length;
      } else {
        throw new Unsupported();
      }
      from = i + 1;
    }
    throw new Unsupported();
  }
  /** Whether a plain scalar may start at `at` (YAML's ns-plain-first; `flow` inside a flow collection). */
  canStartPlain(at, end, flow = false) {
    if (at >= end) return false;
    const c = this.text.charCodeAt(at);
    if (NOT_PLAIN_START.has(c) || c === OPEN_BRACKET || c === OPEN_BRACE || c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return false;
    if (c === DASH || c === COLON || c === 63) {
      const next = this.text.charCodeAt(at + 1);
      return at + 1 < end && next !== SPACE && !(flow && FLOW_INDICATORS.has(next));
    }
    return true;
  }
  /** After a value, only spaces and a comment may end the line. */
  expectLineEnd(at, end) {
    const next = this.skipSpaces(at, end);
    if (next === end) return;
    if (this.text.charCodeAt(next) === HASH && next > at) return;
    throw new Unsupported();
  }
  /** `- ` or a lone `-` at `at`. */
  isSequenceItem(at) {
    const end = this.lineEnds[this.line];
    return this.text.charCodeAt(at) === DASH && (at + 1 === end || this.text.charCodeAt(at + 1) === SPACE);
  }
  skipSpaces(at, end) {
    while (at < end && this.text.charCodeAt(at) === SPACE) at += 1;
    return at;
  }
  indent(line) {
    const start = this.lineStarts[line];
    return this.skipSpaces(start, this.lineEnds[line]) - start;
  }
  /** Past blank lines and comment lines. */
  skipInsignificantLines() {
    while (this.line < this.lineStarts.length) {
      const end = this.lineEnds[this.line];
      const first = this.skipSpaces(this.lineStarts[this.line], end);
      if (first < end && this.text.charCodeAt(first) !== HASH) return;
      this.line += 1;
    }
  }
};
function trimSpaces(source) {
  let end = source.length;
  while (end > 0 && source.charCodeAt(end - 1) === SPACE) end -= 1;
  return end === source.length ? source : source.slice(0, end);
}
function resolvePlain(source) {
  const first = source.charCodeAt(0);
  const maybeTagged = first >= 48 && first <= 57 || "+-.~nNtTfF".includes(source[0]);
  if (!maybeTagged) return source;
  if (source.includes(":") || source.indexOf(".") !== source.lastIndexOf(".")) return source;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source)) return first === 116 || first === 84;
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    return source.slice(-3).toLowerCase() === "nan" ? NaN : source[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source)) return parseFloat(source);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return parseFloat(source);
  return source;
}
function plainNodeOffset(root, path4, at = "value") {
  let node = root;
  let keyOffset;
  for (const segment2 of path4) {
    keyOffset = void 0;
    let next;
    if (node.kind === "map") {
      const entry = node.entries.get(segment2);
      next = entry?.value;
      keyOffset = entry?.keyOffset;
    } else if (node.kind === "seq") {
      next = node.items[Number(segment2)];
    }
    if (next === void 0) {
      keyOffset = void 0;
      break;
    }
    node = next;
  }
  return at === "key" && keyOffset !== void 0 ? keyOffset : node.offset;
}

// src/zonefile/parse.ts
var MAX_ZONE_FILE_BYTES = 16 * 1024 * 1024;
var MAX_ALIAS_COUNT = 1e4;
var MAX_ALIAS_EXPANSION = 1e6;
var NESTED_TOO_DEEPLY = "the document is nested too deeply to be read";
var NESTED_TOO_DEEPLY_HINT = "a zone file needs only a few levels of nesting";
function zoneNameFromFile(file2) {
  const base = file2.split(/[\\/]/).pop() ?? file2;
  return base.replace(/\.ya?ml$/i, "").replace(/\.$/, "").toLowerCase();
}
function parseZoneFile(text, file2, options = {}) {
  const issues = [];
  const uses2 = [];
  try {
    const zone = parseInto(text, file2, issues, options, uses2);
    const failed = issues.some((i) => i.severity === "error");
    const used = uses2.length > 0 ? { templates: uses2 } : {};
    return failed || !zone ? { issues: sortIssues(issues, file2), ...used } : { zone, issues: sortIssues(issues, file2), ...used };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      if (!issues.some((issue) => issue.message === NESTED_TOO_DEEPLY)) issues.push({ severity: "error", rule: "yaml-syntax", message: NESTED_TOO_DEEPLY, hint: NESTED_TOO_DEEPLY_HINT, file: file2 });
      return { issues: sortIssues(issues, file2) };
    }
    throw error;
  }
}
function parseZoneFiles(inputs) {
  const total = inputs.reduce((sum, { text }) => sum + text.length, 0);
  return withPlainEnv(total > LARGE_FILE, () => inputs.map(({ text, file: file2, options }) => parseZoneFile(text, file2, options)));
}
function parseTemplateFile(text, file2, options = {}) {
  const issues = [];
  try {
    const content = loadYamlFile(text, file2, "template", issues, options);
    const name = templateNameFromFile(file2);
    if (content) issues.push(...checkTemplateShape(name, file2, content));
    const failed = issues.some((i) => i.severity === "error");
    return failed || !content ? { issues: sortIssues(issues, file2) } : { template: { name, file: file2, content }, issues: sortIssues(issues, file2) };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      if (!issues.some((issue) => issue.message === NESTED_TOO_DEEPLY)) issues.push({ severity: "error", rule: "yaml-syntax", message: NESTED_TOO_DEEPLY, hint: "a template needs only a few levels of nesting", file: file2 });
      return { issues: sortIssues(issues, file2) };
    }
    throw error;
  }
}
function parseInto(text, file2, issues, options, uses2) {
  const zone = zoneNameFromFile(file2);
  const zoneProblem = checkZoneName(zone);
  if (zoneProblem) issues.push({ severity: "error", rule: "zone-name", message: `the file name does not name a zone: ${zoneProblem.message}`, hint: zoneProblem.hint ?? "name zone files after their domain, e.g. zones/example.com.yaml", file: file2 });
  const loaded = loadYamlFile(text, file2, "zone", issues, options);
  if (!loaded) return void 0;
  const { data, locate, reported } = loaded;
  const result2 = checkZone({ zone, file: file2, data, locate, reported });
  issues.push(...result2.issues);
  if (Array.isArray(data.templates)) uses2.push(...data.templates.filter((name) => typeof name === "string"));
  const templated = withTemplates({ zone, file: file2, data, locate, reported, rrsets: result2.rrsets, ignore: result2.ignore, library: options.templates, reportedIssues: issues });
  issues.push(...templated.issues);
  const { issues: domainIssues, ...domainKeys } = readDomainKeys({ zone, data, locate, reported });
  issues.push(...domainIssues);
  if (zoneProblem) return void 0;
  return { zone, file: file2, rrsets: templated.rrsets, ignore: result2.ignore, ...result2.safety ? { safety: result2.safety } : {}, ...domainKeys };
}
function loadYamlFile(text, file2, kind, issues, options = {}) {
  const fileIssue = fileIssueReporter(issues, file2);
  const what = kind === "zone" ? "zone file" : "template";
  if (text.length > MAX_ZONE_FILE_BYTES) {
    fileIssue("file-too-large", `the file is ${(text.length / 1024 / 1024).toFixed(1)} MiB; zone files are limited to ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB`, "split very large zones, or check that this is the right file");
    return void 0;
  }
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    fileIssue("file-encoding", "the file contains NUL bytes: it is binary, not YAML text", "zone files are UTF-8 YAML text");
    return void 0;
  }
  const tree = !options.yamlOnly && readPlain(text, file2) || readWithYaml(text, file2, what, issues);
  if (!tree) return void 0;
  const { data, locate } = tree;
  if (data === null || data === void 0) {
    fileIssue("file-empty", `the ${what} is empty`, 'start with "records:" and the records of the zone', { line: 1, column: 1 });
    return void 0;
  }
  const schemaProblems = checkSchema(data, kind);
  const reportedPaths = /* @__PURE__ */ new Set();
  for (const problem2 of schemaProblems) {
    const at = locate(problem2.path, problem2.at);
    issues.push({ severity: "error", rule: problem2.rule, message: problem2.message, ...problem2.hint === void 0 ? {} : { hint: problem2.hint }, ...at });
    for (let i = 0; i <= problem2.path.length; i += 1) reportedPaths.add(problem2.path.slice(0, i).join("\0"));
  }
  if (typeof data !== "object" || Array.isArray(data)) return void 0;
  return {
    data,
    locate,
    // Asked for every value of every record: most files have no schema problem at all.
    reported: reportedPaths.size === 0 ? () => false : (path4) => reportedPaths.has(path4.join("\0"))
  };
}
function fileIssueReporter(issues, file2) {
  return (rule, message, hint, at) => issues.push({ severity: "error", rule, message, ...hint === void 0 ? {} : { hint }, file: file2, ...at ?? {} });
}
function readPlain(text, file2) {
  const plain = readPlainYaml(text);
  if (!plain) return void 0;
  return { data: plain.data, locate: (path4, at) => ({ file: file2, ...plain.position(plainNodeOffset(plain.root, path4, at)) }) };
}
function readWithYaml(text, file2, what, issues) {
  const fileIssue = fileIssueReporter(issues, file2);
  const lineCounter = new LineCounter();
  const doc = withPlainEnv(text.length > LARGE_FILE, () => parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false }));
  const position = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const error of doc.errors) {
    if (error.code === "MULTIPLE_DOCS") fileIssue("yaml-syntax", `a ${what} holds a single YAML document`, 'remove the second "---" and what follows, or move it to its own file', position(error.pos[0]));
    else if (/call stack/i.test(error.message)) {
      if (!issues.some((issue) => issue.message === NESTED_TOO_DEEPLY)) fileIssue("yaml-syntax", NESTED_TOO_DEEPLY, `a ${what} needs only a few levels of nesting`, position(error.pos[0]));
    } else fileIssue("yaml-syntax", yamlMessage(error.message), void 0, position(error.pos[0]));
  }
  for (const warning of doc.warnings) {
    if (warning.code === "TAG_RESOLVE_FAILED") continue;
    issues.push({ severity: "warning", rule: "yaml", message: yamlMessage(warning.message), file: file2, ...position(warning.pos[0]) });
  }
  if (doc.errors.length > 0) return void 0;
  const { duplicates, aliasExpansion, tags, collectionKeys } = inspect(doc);
  for (const { tag, offset } of tags) {
    fileIssue("yaml-syntax", `YAML tag ${tag} is not allowed in a zone file`, "zone files are plain YAML: remove the tag (quote a value to keep it as text)", position(offset));
  }
  for (const offset of collectionKeys) {
    fileIssue("yaml-syntax", "a key must be text, not a list or a mapping", "write names and field names as plain text", position(offset));
  }
  for (const duplicate of duplicates) {
    const first = position(duplicate.firstOffset);
    fileIssue("duplicate-key", `duplicate key "${duplicate.key}" (first at line ${first.line})`, "YAML keeps only one of them: merge the two, or rename one", position(duplicate.offset));
  }
  if (tags.length > 0 || collectionKeys.length > 0) return void 0;
  if (aliasExpansion > MAX_ALIAS_EXPANSION) {
    fileIssue("yaml-alias", `YAML aliases would expand this document by ${aliasExpansion} nodes (limit ${MAX_ALIAS_EXPANSION}): an "alias bomb"?`, "write the records out, or use fewer aliases", { line: 1, column: 1 });
    return void 0;
  }
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
  const locator = new Locator(doc, position, file2);
  return { data, locate: (path4, at) => locator.locate(path4, at) };
}
var PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`));
function inspect(doc) {
  const duplicates = [];
  const tags = [];
  const collectionKeys = [];
  const anchorSizes = /* @__PURE__ */ new Map();
  let aliasExpansion = 0;
  const walk = (node) => {
    if (isAlias(node)) {
      const expanded = anchorSizes.get(node.source) ?? 1;
      aliasExpansion += expanded;
      return expanded;
    }
    let size = 1;
    const tag = node?.tag;
    if (tag !== void 0 && !PLAIN_TAGS.has(tag)) tags.push({ tag: tag.replace(/^tag:yaml\.org,2002:/, "!!"), offset: rangeStart(node) ?? 0 });
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
        } else if (isMap(key) || isSeq(key)) {
          collectionKeys.push(rangeStart(key) ?? 0);
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
  return { duplicates, aliasExpansion, tags, collectionKeys };
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
function sortIssues(issues, file2) {
  const rank = (issue) => issue.file === file2 ? "" : `${issue.file}`;
  return issues.map((issue, index) => ({ issue, index })).sort(
    (a, b) => compareStrings(rank(a.issue), rank(b.issue)) || (a.issue.line ?? 0) - (b.issue.line ?? 0) || (a.issue.column ?? 0) - (b.issue.column ?? 0) || a.index - b.index
  ).map((x) => x.issue);
}
var Locator = class {
  constructor(doc, position, file2) {
    this.doc = doc;
    this.position = position;
    this.file = file2;
  }
  doc;
  position;
  file;
  indexes = /* @__PURE__ */ new WeakMap();
  locate(path4, at = "value") {
    let node = this.doc.contents;
    let best = node;
    let lastKey;
    for (const segment2 of path4) {
      node = this.deref(node);
      let next;
      lastKey = void 0;
      if (isMap(node)) {
        const pair = this.index(node).get(segment2);
        next = pair?.value ?? void 0;
        lastKey = pair?.key;
        if (pair && (next === null || next === void 0)) next = pair.key;
      } else if (isSeq(node)) {
        next = node.items[Number(segment2)];
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
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var ZONE_FILE = /\.ya?ml$/i;
async function findFiles(paths, options = {}) {
  const issues = [];
  const zoneFiles = [];
  const templateFiles = [];
  for (const given of paths) {
    const found = await listYamlFiles(given);
    if ("issue" in found) {
      issues.push(found.issue);
      continue;
    }
    for (const file2 of found.files) (isTemplatePath(file2) ? templateFiles : zoneFiles).push(file2);
    if (options.withTemplates && found.directory && !isTemplatePath(path.join(given, "x.yaml"))) {
      const templates = await listYamlFiles(path.join(given, TEMPLATES_DIR), { quiet: true });
      if ("files" in templates) templateFiles.push(...templates.files);
    }
  }
  return { zoneFiles: [...new Set(zoneFiles)], templateFiles: [...new Set(templateFiles)], issues };
}
async function readZones(paths) {
  const found = await findFiles(paths);
  const issues = [...found.issues];
  const libraries = new TemplateLibraries();
  const unique = found.zoneFiles;
  const loaded = await Promise.all(
    unique.map(async (file2) => {
      const read = await readTextFile(file2);
      if ("issues" in read) return read;
      const { library } = await libraries.forZoneFile(file2);
      return { text: read.text, file: file2, options: { templates: library } };
    })
  );
  const parsed = parseZoneFiles(loaded.flatMap((entry) => "text" in entry ? [entry] : []));
  let next = 0;
  const results = loaded.map((entry) => "text" in entry ? parsed[next++] : entry);
  for (const file2 of found.templateFiles) await libraries.forTemplateFile(file2);
  const used = /* @__PURE__ */ new Set();
  for (const [index, result2] of results.entries()) {
    const dir = path.join(path.dirname(unique[index] ?? ""), TEMPLATES_DIR);
    for (const name of "templates" in result2 ? result2.templates ?? [] : []) used.add(path.join(dir, name));
  }
  issues.push(...await libraries.issues((template2) => used.has(path.join(path.dirname(template2.file), template2.name)), found.templateFiles));
  const zones = [];
  const fileOfZone = /* @__PURE__ */ new Map();
  for (const [index, result2] of results.entries()) {
    const file2 = unique[index] ?? "";
    issues.push(...result2.issues);
    const zoneName = zoneNameFromFile(file2);
    const other = fileOfZone.get(zoneName);
    if (other !== void 0) {
      issues.push({ severity: "error", rule: "duplicate-zone", message: `zone ${zoneName} is also defined by ${other}`, hint: "keep one file per zone", file: file2 });
      continue;
    }
    fileOfZone.set(zoneName, file2);
    if ("zone" in result2 && result2.zone) zones.push(result2.zone);
  }
  return { zones, issues: mergeTemplateIssues(issues) };
}
var TemplateLibraries = class {
  loaded = /* @__PURE__ */ new Map();
  /** Libraries loaded for zone files: all their templates are part of the estate being read. */
  whole = /* @__PURE__ */ new Set();
  /** The templates a zone file may use: `_templates/` next to it. */
  forZoneFile(file2) {
    const dir = path.join(path.dirname(file2), TEMPLATES_DIR);
    this.whole.add(dir);
    return this.load(dir);
  }
  /** The library a template file belongs to. */
  forTemplateFile(file2) {
    return this.load(path.dirname(file2));
  }
  load(dir) {
    let loading = this.loaded.get(dir);
    if (!loading) {
      loading = loadTemplateLibrary(dir);
      this.loaded.set(dir, loading);
    }
    return loading;
  }
  /**
   * The issues of the template files: their own (syntax, schema, shape) and, for those no zone uses
   * (`isUsed` false) or that were named directly (`named`), the rules as if used by a zone. A library
   * loaded only for templates named directly reports on those alone.
   */
  async issues(isUsed, named = []) {
    const issues = [];
    const namedSet = new Set(named);
    for (const [dir, loading] of this.loaded) {
      const { library, issues: own } = await loading;
      const whole = this.whole.has(dir);
      issues.push(...whole ? own : own.filter((issue) => namedSet.has(issue.file)));
      for (const template2 of library.templates.values()) {
        const check = namedSet.has(template2.file) || whole && !isUsed(template2);
        if (check) issues.push(...instantiateTemplate(template2, void 0).issues);
      }
    }
    return issues.map((issue, index) => ({ issue, index })).sort((a, b) => compareStrings(a.issue.file, b.issue.file) || (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.index - b.index).map((x) => x.issue);
  }
};
async function loadTemplateLibrary(dir) {
  const templates = /* @__PURE__ */ new Map();
  const broken = /* @__PURE__ */ new Map();
  const issues = [];
  let entries = [];
  try {
    entries = readdirSync(dir).filter((entry) => ZONE_FILE.test(entry)).sort();
  } catch (error) {
    const code = error?.code;
    if (code !== "ENOENT" && code !== "ENOTDIR") issues.push(fsIssue(dir, error));
  }
  for (const entry of entries) {
    const file2 = path.join(dir, entry);
    const name = templateNameFromFile(file2);
    if (templates.has(name) || broken.has(name)) {
      issues.push({ severity: "error", rule: "duplicate-template", message: `template "${name}" is also defined by ${templates.get(name)?.file ?? broken.get(name) ?? ""}`, hint: "keep one file per template", file: file2 });
      continue;
    }
    const read = await readTextFile(file2);
    const parsed = "issues" in read ? read : parseTemplateFile(read.text, file2);
    issues.push(...parsed.issues);
    if (parsed.template) templates.set(name, parsed.template);
    else broken.set(name, file2);
  }
  return { library: { dir, templates, broken }, issues };
}
async function listYamlFiles(given, options = {}) {
  if (given.includes("\0")) return { issue: { severity: "error", rule: "read", message: "the path contains a NUL character", hint: "check how the path was written", file: given } };
  let info;
  try {
    info = statSync(given);
  } catch (error) {
    return { issue: fsIssue(given, error) };
  }
  if (!info.isDirectory()) return { files: [given], directory: false };
  let entries;
  try {
    entries = readdirSync(given, { withFileTypes: true });
  } catch (error) {
    return { issue: fsIssue(given, error) };
  }
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const names = [...byName.keys()].filter((e) => ZONE_FILE.test(e) && !e.startsWith("_")).sort();
  if (names.length === 0) {
    if (options.quiet) return { files: [], directory: true };
    return { issue: { severity: "warning", rule: "no-zone-files", message: "no zone files (*.yaml, *.yml) in this directory", hint: "zone files are named after their zone, e.g. example.com.yaml", file: given } };
  }
  const files = [];
  for (const name of names) {
    const file2 = path.join(given, name);
    const entry = byName.get(name);
    if (entry?.isDirectory() || entry?.isSymbolicLink() && directoryBehindLink(file2)) continue;
    files.push(file2);
  }
  return { files, directory: true };
}
var NOT_REGULAR = { rule: "read", message: "not a regular file (a device, FIFO or socket)", hint: "zone files are plain files" };
function refusal(file2) {
  if (path.sep === "/" && path.basename(file2).includes("\\")) {
    return { rule: "zone-name", message: "the file name contains a backslash", hint: "name zone files after their domain, e.g. zones/example.com.yaml" };
  }
  const link = lstatSync(file2);
  if (link.isSymbolicLink()) {
    const target = realpathSync(file2);
    const roots = [path.dirname(file2), process.cwd()].map((dir) => {
      try {
        return realpathSync(dir);
      } catch {
        return path.resolve(dir);
      }
    });
    if (!roots.some((root) => target === root || target.startsWith(`${root}${path.sep}`))) {
      return {
        rule: "read",
        message: `the file is a symbolic link to ${target}, outside its directory and the working directory`,
        hint: "zone files are read only from the repository: copy the file instead of linking to it"
      };
    }
  }
  const info = link.isSymbolicLink() ? statSync(file2) : link;
  if (!info.isFile()) return NOT_REGULAR;
  return { info };
}
function directoryBehindLink(file2) {
  try {
    return statSync(file2).isDirectory();
  } catch {
    return false;
  }
}
var CHUNK = 1024 * 1024;
function readAtMost(file2, limit) {
  const fd = openSync(file2, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return "not-regular";
    const size = info.size;
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(size - total + 1, 4096), CHUNK, limit + 1 - total));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return void 0;
    }
  } finally {
    closeSync(fd);
  }
}
async function readTextFile(file2) {
  const refuse = (rule, message, hint) => ({ issues: [{ severity: "error", rule, message, ...hint === void 0 ? {} : { hint }, file: file2 }] });
  const tooLarge = (bytes2) => refuse(
    "file-too-large",
    bytes2 === void 0 ? `the file holds more than ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB; zone files are limited to that` : `the file is ${(bytes2 / 1024 / 1024).toFixed(1)} MiB; zone files are limited to ${MAX_ZONE_FILE_BYTES / 1024 / 1024} MiB`,
    "split very large zones, or check that this is the right file"
  );
  let bytes;
  try {
    const checked = refusal(file2);
    if ("rule" in checked) return refuse(checked.rule, checked.message, checked.hint);
    if (checked.info.size > MAX_ZONE_FILE_BYTES) return tooLarge(checked.info.size);
    const read = readAtMost(file2, MAX_ZONE_FILE_BYTES);
    if (read === "not-regular") return refuse(NOT_REGULAR.rule, NOT_REGULAR.message, NOT_REGULAR.hint);
    if (read === void 0) return tooLarge(void 0);
    bytes = read;
  } catch (error) {
    return { issues: [fsIssue(file2, error)] };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
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
          file: file2,
          ...at
        }
      ]
    };
  }
}
function fsIssue(file2, error) {
  const code = error?.code;
  const message = code === "ENOENT" ? "no such file or directory" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "is a directory" : `cannot read: ${error instanceof Error ? error.message : String(error)}`;
  return { severity: "error", rule: "read", message, file: file2 };
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

// src/zonefile/format.ts
import { isMap as isMap2, isScalar as isScalar2, isSeq as isSeq2, parseDocument as parseDocument2, visit, YAMLSeq as YAMLSeq2 } from "yaml";

// src/zonefile/emit.ts
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from "yaml";
var SCHEMA_MODELINE = "yaml-language-server: $schema=../schema/zone.schema.json";
function emitZoneFile(_zone, rrsets, options = {}) {
  const doc = new Document(new YAMLMap());
  const root = doc.contents;
  const fileTtl = options.defaultTtl ?? GANDI_DEFAULT_TTL;
  if (options.account !== void 0) root.items.push(new Pair(new Scalar("account"), new Scalar(options.account)));
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
  const names = [...byName.keys()].sort(compareOwnerNames);
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
    const key = new Scalar(name);
    key.spaceBefore = records.items.length > 0;
    records.items.push(new Pair(key, value));
  }
  root.items.push(new Pair(new Scalar("records"), records));
  for (const [index, pair] of root.items.entries()) pair.key.spaceBefore = index > 0;
  return `# ${SCHEMA_MODELINE}
${doc.toString({ lineWidth: 0 })}`;
}
function compareOwnerNames(a, b) {
  return a === b ? 0 : a === APEX ? -1 : b === APEX ? 1 : compareStrings(a, b);
}
function recordData(rrset, fileTtl) {
  const data = { type: rrset.type };
  if (rrset.ttl !== fileTtl) data.ttl = rrset.ttl;
  if (rrset.values.length === 1) data.value = rrset.values[0];
  else data.values = [...rrset.values];
  return data;
}

// src/zonefile/format.ts
var TOP_LEVEL_ORDER = ["nameservers", "autorenew", "account", "ttl", "templates", "ignore", "safety", "records"];
var RECORD_ORDER = ["type", "ttl", "override", "value", "values"];
var IGNORE_RULE_ORDER = ["name", "type"];
var SAFETY_ORDER = ["max_change_percent", "min_existing"];
function formatZoneText(text, options) {
  const doc = withPlainEnv(text.length > LARGE_FILE, () => parseDocument2(text, { uniqueKeys: false }));
  keepKeysAsWritten(doc.contents);
  expandAliases(doc);
  const root = doc.contents;
  if (!isMap2(root)) return text;
  const zone = options.kind === "template" ? TEMPLATE_CHECK_ZONE : options.zone;
  orderPairs(root, TOP_LEVEL_ORDER, { keepLeadingComment: true });
  for (const pair of root.items) {
    const value = pair.value;
    switch (keyText(pair)) {
      case "records":
        if (isMap2(value)) formatRecords(value, zone, options.kind === "template");
        break;
      case "templates":
        if (isSeq2(value)) sortItems(value, (node) => isScalar2(node) ? String(node.value) : "");
        break;
      case "ignore":
        if (isSeq2(value)) {
          for (const rule of value.items) if (isMap2(rule)) orderPairs(rule, IGNORE_RULE_ORDER);
        }
        break;
      case "safety":
        if (isMap2(value)) orderPairs(value, SAFETY_ORDER);
        break;
      default:
        break;
    }
  }
  normaliseStyle(doc.contents);
  root.items.forEach((pair, index) => setSpaceBefore(pair, index > 0));
  const records = root.items.find((pair) => keyText(pair) === "records")?.value;
  if (isMap2(records)) {
    flowStructuredValues(records);
    records.items.forEach((pair, index) => setSpaceBefore(pair, index > 0));
  }
  return doc.toString({ lineWidth: 0 });
}
function formatRecords(records, zone, template2) {
  hoistLeadingComment(records);
  const groups = /* @__PURE__ */ new Map();
  for (const pair of records.items) {
    const name = canonicalOwnerName(keyText(pair));
    const entries = isSeq2(pair.value) ? unwrapSeq(pair.value) : [pair.value];
    const group = groups.get(name);
    if (group) {
      const key = pair.key;
      const first = entries[0];
      if (first) first.commentBefore = joinComments(key.commentBefore, first.commentBefore);
      group.records.push(...entries);
    } else {
      pair.key.value = name;
      groups.set(name, { pair, records: entries });
    }
  }
  const pairs = [];
  for (const name of [...groups.keys()].sort(compareOwnerNames)) {
    const group = groups.get(name);
    if (!group) continue;
    for (const record of group.records) if (isMap2(record)) formatRecord(record, zone, template2);
    const sorted = [...group.records].sort((a, b) => compareStrings(recordType(a), recordType(b)));
    let value;
    if (sorted.length === 1 && sorted[0]) {
      value = sorted[0];
    } else {
      const list = new YAMLSeq2();
      list.items.push(...sorted);
      value = list;
    }
    group.pair.value = value;
    pairs.push(group.pair);
  }
  records.items = pairs;
}
function formatRecord(record, zone, template2) {
  const type = recordType(record);
  orderPairs(record, RECORD_ORDER);
  const fields = STRUCTURED_FORMS[type];
  for (const pair of record.items) {
    const key = keyText(pair);
    if (key !== "value" && key !== "values") continue;
    const values = isSeq2(pair.value) ? pair.value.items : [pair.value];
    if (fields) {
      for (const value of values) if (isMap2(value)) orderPairs(value, fields);
    }
    if (!isSeq2(pair.value)) continue;
    const list = pair.value;
    hoistLeadingComment(list);
    sortItems(list, (node) => valueKey(type, node, zone, template2));
    if (list.items.length === 1 && list.items[0]) {
      const only = list.items[0];
      const keyNode = pair.key;
      keyNode.value = "value";
      keyNode.commentBefore = joinComments(keyNode.commentBefore, only.commentBefore);
      only.commentBefore = void 0;
      only.comment = joinComments(only.comment, list.comment);
      pair.value = only;
    }
  }
}
function valueKey(type, node, zone, template2) {
  const data = isScalar2(node) ? node.value : isMap2(node) ? node.toJSON() : void 0;
  const input = typeof data === "string" ? data : typeof data === "object" && data !== null ? data : String(data);
  const substituted = template2 ? substitute(input, zone) : input;
  const result2 = canonicalValue(type, substituted, { zone, source: "file" });
  return result2.ok ? result2.value : JSON.stringify(data);
}
function substitute(input, zone) {
  if (typeof input === "string") return input.split(ZONE_PLACEHOLDER).join(zone);
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, typeof v === "string" ? v.split(ZONE_PLACEHOLDER).join(zone) : v]));
}
function unwrapSeq(list) {
  const items2 = list.items;
  const first = items2[0];
  const last = items2[items2.length - 1];
  if (first) first.commentBefore = joinComments(list.commentBefore, first.commentBefore);
  if (last) last.comment = joinComments(last.comment, list.comment);
  return items2;
}
function recordType(node) {
  if (!isMap2(node)) return "";
  const type = node.get("type");
  return typeof type === "string" ? type : "";
}
function orderPairs(map, order, options = {}) {
  const rank = (pair) => {
    const index = order.indexOf(keyText(pair));
    return index === -1 ? order.length - 1.5 : index;
  };
  const first = map.items[0]?.key;
  const header = options.keepLeadingComment ? first?.commentBefore : void 0;
  if (first && header !== void 0) first.commentBefore = void 0;
  const sorted = map.items.map((pair, index) => ({ pair, index })).sort((a, b) => rank(a.pair) - rank(b.pair) || a.index - b.index);
  map.items = sorted.map((x) => x.pair);
  const newFirst = map.items[0]?.key;
  if (newFirst && header !== void 0) newFirst.commentBefore = joinComments(header, newFirst.commentBefore);
}
function sortItems(list, key) {
  hoistLeadingComment(list);
  const keyed = list.items.map((node, index) => ({ node, key: key(node), index }));
  keyed.sort((a, b) => compareStrings(a.key, b.key) || a.index - b.index);
  list.items = keyed.map((x) => x.node);
}
function hoistLeadingComment(collection) {
  if (collection.commentBefore === void 0 || collection.commentBefore === null) return;
  const first = collection.items[0];
  if (first === void 0) return;
  const node = isMap2(collection) ? first.key : first;
  if (!node || typeof node !== "object") return;
  node.commentBefore = joinComments(collection.commentBefore, node.commentBefore);
  collection.commentBefore = void 0;
}
function joinComments(a, b) {
  const parts = [a, b].filter((c) => typeof c === "string" && c !== "");
  return parts.length === 0 ? void 0 : parts.join("\n");
}
function normaliseStyle(contents) {
  const unflow = (collection) => {
    if (collection.flow && collection.items.length > 0 && collection.comment) {
      collection.commentBefore = joinComments(collection.commentBefore, collection.comment);
      collection.comment = void 0;
    }
    collection.flow = collection.items.length === 0;
    collection.spaceBefore = false;
  };
  visit(contents, {
    Map(_, map) {
      unflow(map);
    },
    Seq(_, seq) {
      unflow(seq);
    },
    Scalar(_, scalar) {
      scalar.spaceBefore = false;
      if (typeof scalar.value === "string") scalar.type = void 0;
      else if (typeof scalar.value === "number") scalar.format = void 0;
    }
  });
}
function flowStructuredValues(records) {
  const flowIfPlain = (node) => {
    if (isMap2(node) && !hasComments(node)) node.flow = true;
  };
  for (const pair of records.items) {
    const entries = isSeq2(pair.value) ? pair.value.items : [pair.value];
    for (const record of entries) {
      if (!isMap2(record)) continue;
      for (const field of record.items) {
        const key = keyText(field);
        if (key === "value") flowIfPlain(field.value);
        if (key === "values" && isSeq2(field.value)) field.value.items.forEach(flowIfPlain);
      }
    }
  }
}
function hasComments(node) {
  let found = false;
  visit(node, {
    Node(_, inner) {
      if (inner !== node && (inner.commentBefore || inner.comment)) found = true;
      if (found) return visit.BREAK;
      return void 0;
    }
  });
  return found || Boolean(node.comment);
}
function setSpaceBefore(pair, space) {
  const key = pair.key;
  if (key && typeof key === "object") key.spaceBefore = space;
}
function keepKeysAsWritten(contents) {
  visit(contents, {
    Pair(_, pair) {
      const key = pair.key;
      if (isScalar2(key) && typeof key.value !== "string" && typeof key.source === "string") key.value = key.source;
    }
  });
}
function expandAliases(doc) {
  visit(doc, {
    Alias(_, alias) {
      const target = alias.resolve(doc);
      return target ? target.clone() : void 0;
    }
  });
  visit(doc, {
    Node(_, node) {
      if ("anchor" in node && node.anchor) node.anchor = void 0;
    }
  });
}
function keyText(pair) {
  const key = pair.key;
  return isScalar2(key) ? String(key.value) : String(key);
}

// src/plan/select.ts
import { createHash } from "node:crypto";
function parseShard(text) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new UserError(`--shard "${text}": expected I/N with 1 <= I <= N, e.g. --shard 2/4 for the second of four slices`);
  }
  return { index, count };
}
function shardOf(zone, count) {
  const digest = createHash("sha256").update(zone.toLowerCase(), "utf8").digest();
  return Number(digest.readBigUInt64BE(0) % BigInt(count)) + 1;
}
function isGlob(pattern) {
  return /[*?]/.test(pattern);
}
function selectZones(zones, selection, where2) {
  let selected = [...zones];
  const only = selection.only ?? [];
  if (only.length > 0) {
    const patterns = only.map((raw) => {
      const text = raw.toLowerCase().replace(/\.$/, "");
      return { raw, text, match: isGlob(text) ? ((zone) => globToRegExp(text).test(zone)) : (zone) => zone === text };
    });
    const unmatched = patterns.filter((pattern) => !zones.some((zone) => pattern.match(zone.zone)));
    if (unmatched.length > 0) {
      const names = unmatched.filter((p) => !isGlob(p.text)).map((p) => p.text);
      const globs = unmatched.filter((p) => isGlob(p.text)).map((p) => `"${p.raw}"`);
      const parts = [...names.length > 0 ? [`no zone file for ${names.join(", ")}`] : [], ...globs.length > 0 ? [`no zone matches ${globs.join(", ")}`] : []];
      throw new UserError(`${parts.join("; ")} in ${where2}`);
    }
    selected = selected.filter((zone) => patterns.some((pattern) => pattern.match(zone.zone)));
  }
  const shard = selection.shard;
  if (shard) selected = selected.filter((zone) => shardOf(zone.zone, shard.count) === shard.index);
  return selected;
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
  const created2 = /* @__PURE__ */ new Set();
  for (const rrset of desired.rrsets) {
    if (isUnmanagedLive(rrset) || ignore.match(rrset)) continue;
    const key = rrsetKey(rrset);
    const before = liveByKey.get(key);
    if (before === CLAIMED || created2.has(key)) continue;
    if (!before) {
      created2.add(key);
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
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
var MAX_QUOTED = 120;
var MAX_MESSAGE = 2e3;
function printable(text) {
  const escaped = text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const shortened = escaped.replace(
    new RegExp(`"([^"]{${MAX_QUOTED + 1},})"`, "g"),
    (_m, inner) => `"${inner.slice(0, 60)}\u2026${inner.slice(-20)}" (${inner.length.toLocaleString("en")} characters)`
  );
  return shortened.length <= MAX_MESSAGE ? shortened : `${shortened.slice(0, MAX_MESSAGE)}\u2026 (${shortened.length.toLocaleString("en")} characters in all)`;
}
function formatIssue(issue) {
  const file2 = printable(issue.file);
  const where2 = issue.line === void 0 ? file2 : `${file2}:${issue.line}:${issue.column ?? 1}`;
  const head = `${where2}: ${issue.severity}: ${printable(issue.message)}`;
  return issue.hint === void 0 ? head : `${head}
  hint: ${printable(issue.hint)}`;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function countIssues(issues) {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  return { errors, warnings, text: `${plural(errors, "error")}, ${plural(warnings, "warning")}` };
}

// src/gandi/errors.ts
var PAT_PERMISSION = '"Manage domain name technical configurations"';
var DOMAIN_PERMISSIONS = '"See and renew domain names" (to read domain facts) and "Manage domain name technical configurations" (to change nameservers)';
function isDomainApi(init) {
  return init.path.startsWith("/domain/");
}
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
  /**
   * True when the request may have been done despite this error: this attempt or an earlier one was
   * uncertain. A write whose first answer was lost and whose retry got a 429 may well be on LiveDNS.
   */
  get mayHaveTakenEffect() {
    return this.isUncertain || this.#init.earlierAttemptUncertain === true;
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
  const where2 = [error.location, error.name].filter(Boolean).join(" ");
  return where2 === "" ? error.description ?? "invalid" : `${where2}: ${error.description ?? "invalid"}`;
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
  const permission = isDomainApi(init) ? DOMAIN_PERMISSIONS : PAT_PERMISSION;
  return `The token is expired, revoked, or lacks ${permission}${forZone}: create a new Personal Access Token with ${isDomainApi(init) ? "those permissions" : "that permission"} (Gandi admin > Organization > Sharing > Personal Access Tokens) and set ${init.credentialName ?? "GANDI_PERSONAL_ACCESS_TOKEN"}.`;
}
function describeFailure(init) {
  const request = `${init.method} ${init.path}`;
  const lead = `could not ${init.action}`;
  const tries = attemptsNote(init);
  if (init.transport !== void 0) {
    const { failure, code, detail, timeoutMs } = init.transport;
    const stop = init.stoppedBy === "deadline" ? "; the overall deadline (GANDI_DEADLINE) was reached" : "";
    if (failure === "timeout") {
      const after = timeoutMs === void 0 ? "" : ` within ${duration(timeoutMs)}`;
      return `${lead}: ${request} got no answer${after}${tries}${stop}. Gandi can be slow: retry later, or raise GANDI_TIMEOUT (seconds per request).`;
    }
    const what = detail === void 0 ? code : `${code} (${detail})`;
    return `${lead}: ${request} failed: ${what}${tries}${stop}. Check the network and GANDI_API_URL, then retry.`;
  }
  const body = init.body;
  const said = body?.message ?? body?.text;
  const object = body?.object === void 0 ? "" : ` ${body.object}`;
  const head = `${lead}: ${request} answered ${init.status}${object}${said === void 0 ? "" : ` (${said})`}${tries}`;
  if (init.status === 401 || init.status === 403) return `${head}. ${credentialAdvice(init)}`;
  if (init.status === 404 && body?.object === "HTTPNotFound" && init.zone !== void 0 && isDomainApi(init)) {
    return `${head}. Domain ${init.zone} is not registered at Gandi under this organization, or not visible to this token: check that the token's resources include it and, if the domain belongs to another organization, set that organization's sharing_id.`;
  }
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
    retryBaseDelayMs: seconds("GANDI_RETRY_DELAY"),
    retryMaxDelayMs: seconds("GANDI_RETRY_MAX_DELAY"),
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
var undiciModule;
function undici() {
  undiciModule ??= import("undici");
  return undiciModule;
}
var Slots = class {
  free;
  waiting = [];
  waitingFirst = [];
  constructor(size) {
    this.free = size;
  }
  async acquire(first = false) {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise((resolve) => (first ? this.waitingFirst : this.waiting).push(resolve));
  }
  /** Frees a slot; true when it went straight to a waiting request. */
  release() {
    const next = this.waitingFirst.shift() ?? this.waiting.shift();
    if (next === void 0) this.free += 1;
    else next();
    return next !== void 0;
  }
};
var afterNextRequestWritten = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
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
  credentialName;
  token;
  sharingId;
  timeoutMs;
  slots;
  /** The caller's dispatcher, or our keep-alive Agent once the first request has created it. */
  dispatcher;
  ownsDispatcher;
  maxInFlight;
  debug;
  log;
  constructor(options) {
    this.token = checkToken(options.token);
    this.authScheme = options.authScheme ?? "Bearer";
    this.credentialName = options.credentialName;
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
    this.dispatcher = options.dispatcher;
    this.maxInFlight = maxInFlight;
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
    const path4 = `/${req.api}${req.path}`;
    const query = params.toString();
    return { url: `${this.baseUrl}${path4}${query === "" ? "" : `?${query}`}`, shown: query === "" ? path4 : `${path4}?${query}` };
  }
  async attempt(req, url) {
    const { Agent, request } = await undici();
    this.dispatcher ??= new Agent({
      connections: this.maxInFlight,
      keepAliveTimeout: 3e4,
      keepAliveMaxTimeout: 12e4,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs
    });
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
    const path4 = `/${req.api}${req.path}`;
    const retry = req.retry ?? (req.method === "GET" || req.method === "PUT" || req.method === "DELETE");
    let firstStart;
    let earlierAttemptUncertain = false;
    for (let attempt = 1; ; attempt += 1) {
      await this.slots.acquire(req.continuation === true);
      let outcome;
      let started;
      let admittedAt;
      let handedOver = false;
      try {
        admittedAt = await this.limiter.acquire();
        started = performance.now();
        firstStart ??= this.clock.now();
        outcome = await this.attempt(req, url);
      } finally {
        handedOver = this.slots.release();
      }
      const ms = Math.round(performance.now() - started);
      if (handedOver) await afterNextRequestWritten();
      if (this.debug) {
        const result2 = outcome.kind === "response" ? String(outcome.status) : outcome.code;
        this.emit(`livedns: ${req.method} ${shown} ${result2} ${ms}ms${attempt > 1 ? ` (attempt ${attempt})` : ""}`);
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
      const fail2 = (stoppedBy) => new GandiApiError({
        status: outcome.kind === "response" ? outcome.status : 0,
        method: req.method,
        path: path4,
        action: req.action,
        zone: req.zone,
        body,
        transport: outcome.kind === "transport" ? { failure: outcome.failure, code: outcome.code, detail: outcome.detail, timeoutMs: this.timeoutMs } : void 0,
        attempts: attempt,
        elapsedMs: elapsedMs(),
        stoppedBy,
        authScheme: this.authScheme,
        credentialName: this.credentialName,
        retryAfterMs,
        earlierAttemptUncertain
      });
      const transient = outcome.kind === "response" ? isRetryableStatus(outcome.status) : outcome.failure === "timeout" || isTransientCode(outcome.code);
      if (!retry || !transient || attempt >= this.policy.maxAttempts) throw fail2();
      const delay = this.backoff(attempt, retryAfterMs);
      if (elapsedMs() + delay > this.policy.deadlineMs) {
        const beyond = retryAfterMs !== void 0 && retryAfterMs >= delay;
        throw fail2(beyond ? "retry-after" : "deadline");
      }
      earlierAttemptUncertain ||= outcome.kind === "transport" || outcome.status >= 500;
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
    let perPage = req.perPage ?? this.perPage;
    const items2 = [];
    for (let page = 1; ; page += 1) {
      const { perPage: _size, ...request } = req;
      const response = await this.send({ ...request, query: { ...req.query, page, per_page: perPage }, ...page > 1 ? { continuation: true } : {} });
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
    if (this.ownsDispatcher) await this.dispatcher?.close();
  }
};

// src/gandi/domain.ts
var DOMAIN_LIST_PER_PAGE = 100;
var domainPath = (fqdn) => `/domains/${encodeURIComponent(fqdn)}`;
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function strings(value) {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : void 0;
}
function unexpected(action, what) {
  return new UserError(`could not ${action}: Gandi's answer was not the expected ${what}`);
}
function toRegistrarDomain(value, action) {
  if (!isRecord(value) || typeof value.fqdn !== "string") throw unexpected(action, "domain object");
  const domain = { fqdn: value.fqdn.toLowerCase(), status: strings(value.status) ?? [] };
  if (typeof value.fqdn_unicode === "string") domain.fqdn_unicode = value.fqdn_unicode;
  if (isRecord(value.nameserver)) {
    if (typeof value.nameserver.current === "string") domain.nameserver = value.nameserver.current;
    const hosts = strings(value.nameserver.hosts);
    if (hosts !== void 0) domain.nameserverHosts = hosts.map(normaliseNameserver);
  }
  const listed = strings(value.nameservers);
  if (listed !== void 0 && domain.nameserverHosts === void 0) domain.nameserverHosts = listed.map(normaliseNameserver);
  if (typeof value.autorenew === "boolean") domain.autorenew = value.autorenew;
  else if (isRecord(value.autorenew) && typeof value.autorenew.enabled === "boolean") domain.autorenew = value.autorenew.enabled;
  if (isRecord(value.dates) && typeof value.dates.registry_ends_at === "string" && !Number.isNaN(Date.parse(value.dates.registry_ends_at))) {
    domain.expiresAt = value.dates.registry_ends_at;
  }
  return domain;
}
var DomainHttpClient = class {
  constructor(http, ownsHttp) {
    this.http = http;
    this.ownsHttp = ownsHttp;
  }
  http;
  ownsHttp;
  req(req) {
    return { api: "domain", ...req };
  }
  async listDomains() {
    const action = "list the domains of the account (Domain API)";
    const perPage = Math.min(this.http.perPage, DOMAIN_LIST_PER_PAGE);
    const items2 = await this.http.listAll(this.req({ method: "GET", path: "/domains", action, perPage }));
    return items2.map((item) => toRegistrarDomain(item, action));
  }
  async getDomain(fqdn) {
    const action = `read the registrar facts of ${fqdn}`;
    const response = await this.http.send(this.req({ method: "GET", path: domainPath(fqdn), action, zone: fqdn }));
    return toRegistrarDomain(response.data, action);
  }
  async getNameservers(fqdn) {
    const action = `read the nameservers of ${fqdn}`;
    const response = await this.http.send(this.req({ method: "GET", path: `${domainPath(fqdn)}/nameservers`, action, zone: fqdn }));
    const hosts = strings(response.data);
    if (hosts === void 0) throw unexpected(action, "list of hostnames");
    return hosts.map(normaliseNameserver);
  }
  async setNameservers(fqdn, nameservers) {
    await this.http.send(
      this.req({ method: "PUT", path: `${domainPath(fqdn)}/nameservers`, body: { nameservers: [...nameservers] }, action: `set the nameservers of ${fqdn}`, zone: fqdn })
    );
  }
  async getLiveDnsStatus(fqdn) {
    const action = `read whether ${fqdn} is delegated to LiveDNS`;
    const response = await this.http.send(this.req({ method: "GET", path: `${domainPath(fqdn)}/livedns`, action, zone: fqdn }));
    const data = response.data;
    if (!isRecord(data) || typeof data.current !== "string") throw unexpected(action, 'object with "current"');
    return { current: data.current, nameservers: (strings(data.nameservers) ?? []).map(normaliseNameserver) };
  }
  async enableLiveDns(fqdn) {
    await this.http.send(this.req({ method: "POST", path: `${domainPath(fqdn)}/livedns`, action: `delegate ${fqdn} to LiveDNS`, zone: fqdn }));
  }
  async setAutorenew(fqdn, enabled) {
    await this.http.send(
      this.req({
        method: "PATCH",
        path: `${domainPath(fqdn)}/autorenew`,
        body: { enabled },
        action: `${enabled ? "enable" : "disable"} auto-renewal of ${fqdn}`,
        zone: fqdn,
        retry: true
      })
    );
  }
  close() {
    return this.ownsHttp ? this.http.close() : Promise.resolve();
  }
};
function createDomainClient(options) {
  return new DomainHttpClient(new GandiHttp(options), true);
}
function domainClientOn(http) {
  return new DomainHttpClient(http, false);
}

// src/gandi/client.ts
var segment = (value) => encodeURIComponent(value);
var zonePath = (fqdn) => `/domains/${segment(fqdn)}`;
var rrsetPath = (fqdn, name, type) => `${zonePath(fqdn)}/records/${segment(name)}/${segment(type)}`;
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function unexpected2(action, what) {
  return new UserError(`could not ${action}: Gandi's answer was not the expected ${what}`);
}
function toRrset(value, action) {
  if (!isRecord2(value) || typeof value.rrset_name !== "string" || typeof value.rrset_type !== "string" || !Array.isArray(value.rrset_values) || !value.rrset_values.every((v) => typeof v === "string")) {
    throw unexpected2(action, "rrset (rrset_name, rrset_type, rrset_values)");
  }
  const rrset = { rrset_name: value.rrset_name, rrset_type: value.rrset_type, rrset_values: value.rrset_values };
  if (typeof value.rrset_ttl === "number") rrset.rrset_ttl = value.rrset_ttl;
  if (typeof value.rrset_href === "string") rrset.rrset_href = value.rrset_href;
  return rrset;
}
function toDomain(value, action) {
  if (!isRecord2(value) || typeof value.fqdn !== "string") throw unexpected2(action, "domain object");
  const domain = { fqdn: value.fqdn };
  if (typeof value.domain_href === "string") domain.domain_href = value.domain_href;
  if (typeof value.domain_records_href === "string") domain.domain_records_href = value.domain_records_href;
  if (typeof value.domain_keys_href === "string") domain.domain_keys_href = value.domain_keys_href;
  if (typeof value.automatic_snapshots === "boolean") domain.automatic_snapshots = value.automatic_snapshots;
  return domain;
}
function toSnapshotSummary(value, action) {
  if (!isRecord2(value) || typeof value.id !== "string") throw unexpected2(action, "snapshot object");
  const summary = {
    id: value.id,
    name: typeof value.name === "string" ? value.name : "",
    created_at: typeof value.created_at === "string" ? value.created_at : "",
    automatic: value.automatic === true
  };
  const href2 = typeof value.href === "string" ? value.href : typeof value.snapshot_href === "string" ? value.snapshot_href : void 0;
  if (href2 !== void 0) summary.href = href2;
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
        if (isRecord2(response.data) && typeof response.data.id === "string") return { id: response.data.id };
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
    const zoneData = isRecord2(response.data) && Array.isArray(response.data.zone_data) ? response.data.zone_data : [];
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
function createGandiClients(options) {
  const http = new GandiHttp(options);
  const livedns = new LiveDnsHttpClient(http);
  return { livedns, domain: domainClientOn(http), close: () => http.close() };
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
function globToRegExp2(glob) {
  const body = glob.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`(?:^|/)${body.startsWith("/") ? body.slice(1) : body}$`);
}
var SERVER_ERRORS = [500, 502, 503, 504];
var FaultInjector = class {
  constructor(faults = {}) {
    this.faults = faults;
    this.random = seededRandom(faults.seed ?? 1);
    this.compiled = (faults.rules ?? []).map((rule) => ({ rule, path: rule.path === void 0 ? void 0 : globToRegExp2(rule.path) }));
    this.matched = this.compiled.map(() => 0);
  }
  faults;
  random;
  matched;
  compiled;
  window = [];
  decide(request, now) {
    const [resetDraw, limitDraw, errorDraw, pick] = [this.random(), this.random(), this.random(), this.random()];
    for (const [i, { rule, path: path4 }] of this.compiled.entries()) {
      if (rule.method !== void 0 && rule.method.toUpperCase() !== request.method) continue;
      if (path4 !== void 0 && !path4.test(request.path)) continue;
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

// src/emulator/journal.ts
import { createWriteStream } from "node:fs";
var Journal = class {
  entries = [];
  stream;
  constructor(file2) {
    this.stream = file2 === void 0 ? void 0 : createWriteStream(file2, { flags: "a" });
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

// src/emulator/livedns.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/emulator/state.ts
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path2 from "node:path";
var LIVEDNS_NAMESERVERS = ["ns-101-a.gandi.net", "ns-102-b.gandi.net", "ns-103-c.gandi.net"];
var DAY_MS = 864e5;
function defaultRegistration(now) {
  return {
    current: "livedns",
    nameservers: [...LIVEDNS_NAMESERVERS],
    autorenew: true,
    registry_ends_at: gandiTimestamp(new Date(now.getTime() + 365 * DAY_MS)),
    status: ["clientTransferProhibited"]
  };
}
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
var TXT_CHUNK2 = 255;
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
    for (let start = 0; start < bytes.length; start += TXT_CHUNK2) split.push(bytes.subarray(start, start + TXT_CHUNK2).toString("latin1"));
  }
  return split.map(quote).join(" ");
}
function storeValues(type, values) {
  return type === "TXT" || type === "SPF" ? values.map(storeTxtValue) : [...values];
}
var IPV42 = /^\d{1,3}(\.\d{1,3}){3}$/;
function validateRrset(name, type, ttl, values, where2) {
  const errors = [];
  const at = (field) => where2 === "" ? field : `${where2}.${field}`;
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
    } else if (type === "NS" && IPV42.test(value.replace(/\.$/, ""))) {
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
  if (input.registrar !== void 0) state.registrar = normaliseRegistrar(input.registrar, source);
  return state;
}
function normaliseRegistrar(input, source) {
  if (!isObject(input)) throw new UserError(`${source}: "registrar" must be an object by FQDN`);
  const out = {};
  for (const [fqdn, raw] of Object.entries(input)) {
    if (!isObject(raw)) throw new UserError(`${source}: registrar entry "${fqdn}" must be an object`);
    const base = defaultRegistration(/* @__PURE__ */ new Date());
    const hosts = Array.isArray(raw.nameservers) ? raw.nameservers.map((h) => String(h).toLowerCase().replace(/\.$/, "")) : void 0;
    const current = typeof raw.current === "string" ? raw.current : hosts === void 0 ? base.current : "other";
    const entry = {
      current,
      nameservers: hosts ?? (current === "livedns" ? base.nameservers : []),
      autorenew: typeof raw.autorenew === "boolean" ? raw.autorenew : base.autorenew,
      registry_ends_at: typeof raw.registry_ends_at === "string" ? raw.registry_ends_at : base.registry_ends_at,
      status: Array.isArray(raw.status) ? raw.status.map(String) : base.status
    };
    if (typeof raw.id === "string") entry.id = raw.id;
    if (isObject(raw.pending)) entry.pending = structuredClone(raw.pending);
    out[fqdn.toLowerCase().replace(/\.$/, "")] = entry;
  }
  return out;
}
async function saveState(file2, state) {
  await mkdir(path2.dirname(file2), { recursive: true });
  const temporary = `${file2}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}
`, "utf8");
  await rename(temporary, file2);
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
function readRrsetInput(name, type, ttl, values, where2) {
  const errors = validateRrset(name, type, ttl, values, where2);
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
      const visible2 = Object.keys(ctx.state.domains).filter((fqdn) => ctx.token?.zones === void 0 || ctx.token.zones.includes(fqdn)).sort().map((fqdn) => ({ fqdn, domain_href: domainHref(ctx, fqdn), domain_records_href: `${domainHref(ctx, fqdn)}/records` }));
      return page(ctx, visible2);
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
      const href2 = domainHref(ctx, fqdn);
      return {
        status: 200,
        body: {
          fqdn,
          automatic_snapshots: zoneOf(ctx).automatic_snapshots ?? false,
          domain_href: href2,
          domain_records_href: `${href2}/records`,
          domain_keys_href: `${href2}/keys`
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
  const nameservers = (domain) => domain?.rrsets.find((r) => r.rrset_name === "@" && r.rrset_type === "NS")?.rrset_values.map((v) => v.replace(/\.$/, "")) ?? [...LIVEDNS_NAMESERVERS];
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

// src/emulator/domain.ts
var BASE2 = "/v5/domain";
function registeredFqdns(state) {
  return [.../* @__PURE__ */ new Set([...Object.keys(state.registrar ?? {}), ...Object.keys(state.domains)])].sort();
}
function registrationIn(state, fqdn, now) {
  const known = state.registrar?.[fqdn];
  if (known !== void 0) return known;
  if (state.domains[fqdn] === void 0) return void 0;
  const created2 = defaultRegistration(now);
  (state.registrar ??= {})[fqdn] = created2;
  return created2;
}
function visible(ctx, fqdn) {
  return ctx.token?.zones === void 0 || ctx.token.zones.includes(fqdn);
}
function checkRights(ctx) {
  if (ctx.token?.domainApi === false) throw new HttpError(403, gandiError(403));
}
function settle(registration, now) {
  const pending = registration.pending;
  if (pending === void 0) return;
  if (pending.readsLeft > 0) pending.readsLeft -= 1;
  const due = pending.visibleAt === void 0 || Date.parse(pending.visibleAt) <= now.getTime();
  if (pending.readsLeft > 0 || !due) return;
  registration.current = pending.current;
  registration.nameservers = pending.nameservers;
  delete registration.pending;
}
function href(ctx, fqdn) {
  return `${ctx.origin}${BASE2}/domains/${encodeURIComponent(fqdn)}`;
}
function tld(fqdn) {
  return fqdn.slice(fqdn.lastIndexOf(".") + 1);
}
function idOf(registration, fqdn) {
  registration.id ??= `00000000-0000-4000-8000-${Buffer.from(fqdn).toString("hex").padEnd(12, "0").slice(0, 12)}`;
  return registration.id;
}
function dates(registration) {
  return { registry_created_at: "2020-01-01T00:00:00Z", updated_at: "2024-01-01T00:00:00Z", registry_ends_at: registration.registry_ends_at };
}
function listItem(ctx, fqdn, registration) {
  return {
    fqdn,
    fqdn_unicode: fqdn,
    tld: tld(fqdn),
    id: idOf(registration, fqdn),
    status: [...registration.status],
    nameserver: { current: registration.current },
    autorenew: registration.autorenew,
    dates: dates(registration),
    href: href(ctx, fqdn),
    tags: []
  };
}
function details(ctx, fqdn, registration) {
  return {
    fqdn,
    fqdn_unicode: fqdn,
    tld: tld(fqdn),
    id: idOf(registration, fqdn),
    status: [...registration.status],
    nameservers: [...registration.nameservers],
    services: registration.current === "livedns" ? ["gandilivedns"] : [],
    autorenew: { enabled: registration.autorenew, duration: 1, href: `${href(ctx, fqdn)}/autorenew` },
    dates: dates(registration),
    can_tld_lock: true,
    href: href(ctx, fqdn)
  };
}
function isHostname(value) {
  return typeof value === "string" && /^(?=.{1,253}\.?$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}\.?$/i.test(value);
}
function registerDomainRoutes(router, options = {}) {
  const readsUntilVisible = options.nameserverReadsUntilVisible ?? 0;
  const delayMs = options.nameserverDelayMs ?? 0;
  const lookup = (ctx, read) => {
    checkRights(ctx);
    const fqdn = ctx.params.fqdn.toLowerCase();
    const registration = visible(ctx, fqdn) ? registrationIn(ctx.state, fqdn, ctx.now()) : void 0;
    if (registration === void 0) throw new HttpError(404, gandiError(404));
    if (read) settle(registration, ctx.now());
    return { fqdn, registration };
  };
  const requestNameservers = (ctx, registration, current, nameservers) => {
    const now = ctx.now();
    registration.pending = {
      current,
      nameservers,
      readsLeft: readsUntilVisible,
      ...delayMs > 0 ? { visibleAt: new Date(now.getTime() + delayMs).toISOString() } : {}
    };
    if (readsUntilVisible === 0 && delayMs === 0) settle(registration, now);
  };
  router.add({
    method: "GET",
    pattern: `${BASE2}/domains`,
    handler: (ctx) => {
      checkRights(ctx);
      const now = ctx.now();
      const filter = ctx.query.get("nameserver");
      const items2 = registeredFqdns(ctx.state).filter((fqdn) => visible(ctx, fqdn)).map((fqdn) => {
        const registration = registrationIn(ctx.state, fqdn, now);
        settle(registration, now);
        return listItem(ctx, fqdn, registration);
      }).filter((item) => filter === null || item.nameserver.current === filter);
      return paginate(ctx, items2, options.maxPerPage);
    }
  });
  router.add({
    method: "GET",
    pattern: `${BASE2}/domains/:fqdn`,
    handler: (ctx) => {
      const { fqdn, registration } = lookup(ctx, true);
      return { status: 200, body: details(ctx, fqdn, registration) };
    }
  });
  router.add({
    method: "GET",
    pattern: `${BASE2}/domains/:fqdn/nameservers`,
    handler: (ctx) => ({ status: 200, body: [...lookup(ctx, true).registration.nameservers] })
  });
  router.add({
    method: "PUT",
    pattern: `${BASE2}/domains/:fqdn/nameservers`,
    handler: (ctx) => {
      const { registration } = lookup(ctx, false);
      const body = ctx.body;
      const list = body?.nameservers;
      if (!Array.isArray(list) || list.length === 0 || !list.every(isHostname)) {
        throw validationError([{ location: "body", name: "nameservers", description: "must be a non-empty list of hostnames" }]);
      }
      const hosts = list.map((host) => host.toLowerCase().replace(/\.$/, ""));
      const onLiveDns = hosts.length === LIVEDNS_NAMESERVERS.length && hosts.every((h) => LIVEDNS_NAMESERVERS.includes(h));
      requestNameservers(ctx, registration, onLiveDns ? "livedns" : "other", hosts);
      return { status: 202, body: { message: "Nameservers update in progress" } };
    }
  });
  router.add({
    method: "GET",
    pattern: `${BASE2}/domains/:fqdn/livedns`,
    handler: (ctx) => {
      const { registration } = lookup(ctx, true);
      return { status: 200, body: { current: registration.current, nameservers: [...registration.nameservers], dnssec_available: true, livednssec_available: true } };
    }
  });
  router.add({
    method: "POST",
    pattern: `${BASE2}/domains/:fqdn/livedns`,
    handler: (ctx) => {
      const { fqdn, registration } = lookup(ctx, false);
      ctx.state.domains[fqdn] ??= { rrsets: newZoneRrsets(), snapshots: [] };
      requestNameservers(ctx, registration, "livedns", [...LIVEDNS_NAMESERVERS]);
      return { status: 202, body: { message: "The domain is being switched to LiveDNS" } };
    }
  });
  router.add({
    method: "PATCH",
    pattern: `${BASE2}/domains/:fqdn/autorenew`,
    handler: (ctx) => {
      const { registration } = lookup(ctx, false);
      const body = ctx.body;
      if (typeof body?.enabled !== "boolean") throw validationError([{ location: "body", name: "enabled", description: "must be a boolean" }]);
      registration.autorenew = body.enabled;
      return { status: 200, body: { message: "Autorenew updated" } };
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
function decodeSegments(path4) {
  try {
    return path4.split("/").slice(1).map((segment2) => decodeURIComponent(segment2));
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
  registerDomainRoutes(router, { maxPerPage: options.maxPerPage, ...options.domainApi });
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
  function route(request, path4, query, bodyText, seen = {}) {
    const method = request.method ?? "GET";
    const segments = decodeSegments(path4);
    if (segments === void 0) return fromHttpError(validationError([{ location: "path", name: "", description: "malformed percent-encoding" }]));
    const found = router.match(method, segments);
    if (found.kind === "none") return { status: 404, body: gandiError(404) };
    if (found.kind === "wrong-method") return { status: 405, body: gandiError(405) };
    const { route: matched, params } = found;
    try {
      const token2 = matched.public === true ? void 0 : authenticate(request.headers.authorization);
      if (token2?.label !== void 0) seen.label = token2.label;
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
        const visible2 = token2?.zones === void 0 || token2.zones.includes(fqdn);
        domain = visible2 ? state.domains[fqdn] : void 0;
        if (domain === void 0) throw new HttpError(404, gandiError(404));
      }
      if (token2?.readOnly === true && method !== "GET") throw forbidden(token2);
      const context = { method, path: path4, params, query, body, state, token: token2, origin, domain, now: () => /* @__PURE__ */ new Date() };
      const response = matched.handler(context);
      return response;
    } catch (error) {
      if (error instanceof HttpError) return fromHttpError(error);
      process.stderr.write(`livedns emulator: internal error on ${method} ${path4}: ${error instanceof Error ? error.stack : String(error)}
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
    const path4 = url2.pathname;
    const queryText = url2.search.replace(/^\?/, "");
    const seen = {};
    const note = (status, fault) => {
      const entry = { method, path: path4, status, ms: Math.round(performance.now() - arrived), at };
      if (queryText !== "") entry.query = queryText;
      if (fault !== void 0) entry.fault = fault;
      if (seen.label !== void 0) entry.token = seen.label;
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
      path: `/${(decodeSegments(path4) ?? path4.split("/").slice(1)).join("/")}`,
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
      route(request, path4, url2.searchParams, bodyText, seen);
      request.socket.destroy();
      note(0, decision?.source);
      return;
    }
    let reply;
    if (typeof action === "number") reply = injectedReply(action, decision?.retryAfter);
    else if (typeof action === "object") {
      const body = action.body ?? (action.text === void 0 ? gandiError(action.status) : void 0);
      reply = { status: action.status, body, text: action.text, contentType: action.contentType, headers: action.headers };
    } else reply = route(request, path4, url2.searchParams, bodyText, seen);
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
    saveState: (file2) => saveState(file2, state),
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

// src/config/parse.ts
import { LineCounter as LineCounter2, parseDocument as parseDocument3 } from "yaml";
var CONFIG_FILE = "livedns.config.yaml";
var ACCOUNT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function parseConfig(text, file2) {
  const issues = [];
  const report = (rule, message, at = {}, hint) => issues.push({ severity: "error", rule, message, ...hint === void 0 ? {} : { hint }, file: file2, ...at });
  const lineCounter = new LineCounter2();
  const doc = parseDocument3(text, { lineCounter, prettyErrors: false });
  const position = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const error of doc.errors) report("yaml-syntax", error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, ""), position(error.pos[0]));
  if (doc.errors.length > 0) return { issues };
  const data = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === void 0) {
    report("file-empty", "the configuration is empty", { line: 1, column: 1 }, 'declare at least one account under "accounts:", or delete the file');
    return { issues };
  }
  const locator = new Locator(doc, position, file2);
  const validate = configSchemaValidator();
  if (!validate(data)) {
    for (const problem2 of translate(validate.errors ?? [])) {
      const { file: _file, ...at } = locator.locate(problem2.path, problem2.at);
      report("config-schema", problem2.message.replace(/the zone file/g, "the configuration"), at, problem2.hint);
    }
    return { issues };
  }
  const accounts = /* @__PURE__ */ new Map();
  const raw = data.accounts;
  for (const [name, account] of Object.entries(raw)) {
    const source = locator.locate(["accounts", name], "key");
    if (!ACCOUNT_NAME.test(name)) {
      const { file: _file, ...at } = source;
      report("config-account-name", `account name "${name}" is not usable`, at, 'account names use letters, digits, ".", "-" and "_"');
      continue;
    }
    accounts.set(name, { name, tokenEnv: account.token_env, ...account.sharing_id === void 0 ? {} : { sharingId: account.sharing_id }, source });
  }
  return issues.length > 0 ? { issues } : { config: { file: file2, accounts }, issues };
}
function checkZoneAccounts(zones, config2) {
  const issues = [];
  for (const zone of zones) {
    if (zone.account === void 0) continue;
    const at = zone.accountSource ?? { file: zone.file };
    if (config2 === void 0) {
      issues.push({
        severity: "error",
        rule: "account-unknown",
        message: `account "${zone.account}" is named, but there is no ${CONFIG_FILE}`,
        hint: `declare the account in ${CONFIG_FILE} at the repository root (accounts: { ${zone.account}: { token_env: ... } }), or remove "account:"`,
        ...at
      });
    } else if (!config2.accounts.has(zone.account)) {
      const known = [...config2.accounts.keys()];
      issues.push({
        severity: "error",
        rule: "account-unknown",
        message: `account "${zone.account}" is not declared in ${config2.file}`,
        hint: `declared accounts: ${known.join(", ")}`,
        ...at
      });
    }
  }
  return issues;
}

// src/domain-facts.ts
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function factsFrom(domain) {
  return {
    fqdn: domain.fqdn,
    ...domain.nameserver === void 0 ? {} : { delegation: domain.nameserver },
    ...domain.autorenew === void 0 ? {} : { autorenew: domain.autorenew },
    ...domain.expiresAt === void 0 ? {} : { expiresAt: domain.expiresAt },
    status: domain.status
  };
}
async function readDomainFacts(client, zones, who) {
  const byZone = /* @__PURE__ */ new Map();
  if (zones.length === 0) return { byZone, notes: [] };
  let listed;
  try {
    listed = await client.listDomains();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const names = zones.map((z) => z.zone).join(", ");
    const denied = error instanceof GandiApiError && (error.status === 401 || error.status === 403);
    const reason = denied ? `${who} lacks the Domain API permission "See and renew domain names"` : `the Domain API could not be read with ${who} (${messageOf(error)})`;
    for (const { zone } of zones) byZone.set(zone, { unavailable: { code: "domain-facts-unavailable", reason } });
    return { byZone, notes: [{ code: "domain-facts-unavailable", level: "note", message: `delegation and expiry not checked for ${names}: ${reason}` }] };
  }
  const known = new Map(listed.map((domain) => [domain.fqdn, domain]));
  await Promise.all(
    zones.map(async ({ zone, domain }) => {
      const registered = known.get(zone);
      if (registered === void 0) {
        byZone.set(zone, { unavailable: { code: "not-registered", reason: `it is not among the domains ${who} sees at Gandi's registrar (registered elsewhere, in another organisation, or outside the token's resources)` } });
        return;
      }
      let facts = factsFrom(registered);
      try {
        facts = await withNameservers(client, facts, domain);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        byZone.set(zone, { unavailable: { code: "domain-facts-unavailable", reason: `its nameservers could not be read (${messageOf(error)})` } });
        return;
      }
      byZone.set(zone, { facts });
    })
  );
  return { byZone, notes: [] };
}
async function withNameservers(client, facts, desired) {
  if (desired?.nameservers === void 0 || facts.delegation === LIVEDNS) return facts;
  if (facts.delegation === void 0) {
    const status = await client.getLiveDnsStatus(facts.fqdn);
    return { ...facts, delegation: status.current, nameservers: status.nameservers };
  }
  return { ...facts, nameservers: await client.getNameservers(facts.fqdn) };
}

// src/plan/domain.ts
var EXPIRY_WARNING_DAYS = 30;
var DAY_MS2 = 864e5;
function currentNameservers(facts) {
  if (facts.delegation === LIVEDNS) return LIVEDNS;
  return facts.nameservers === void 0 ? null : facts.nameservers;
}
function planDomain(input) {
  const { zone, desired, facts } = input;
  const warnings = [];
  const warn = (code, message, level = "warning") => warnings.push({ zone, code, level, message });
  if (facts === void 0) {
    const why = input.unavailable?.reason ?? "the registrar facts could not be read";
    const managed = [desired?.nameservers !== void 0 ? "nameservers" : void 0, desired?.autorenew !== void 0 ? "autorenew" : void 0].filter(Boolean);
    if (managed.length > 0) warn(input.unavailable?.code ?? "domain-facts-unavailable", `${managed.join(" and ")} of ${zone} not planned: ${why}`);
    else if (input.unavailable?.code === "not-registered") warn("not-registered", `delegation and expiry of ${zone} not checked: ${why}`, "note");
    return { zone, changes: [], warnings };
  }
  const changes = [];
  if (desired?.autorenew !== void 0 && facts.autorenew !== desired.autorenew) {
    changes.push({ setting: "autorenew", before: facts.autorenew ?? null, after: desired.autorenew });
  }
  const current = currentNameservers(facts);
  const wanted = desired?.nameservers;
  const switching = wanted !== void 0 && (current === null || !sameNameservers(current, wanted));
  if (switching) changes.push({ setting: "nameservers", before: current, after: wanted });
  checkDelegation(zone, facts, current, wanted, switching, warn);
  checkExpiry(zone, facts, desired, changes, input.now, warn);
  return { zone, changes, warnings };
}
function checkDelegation(zone, facts, current, wanted, switching, warn) {
  if (wanted !== void 0 && wanted !== LIVEDNS) {
    warn(
      "custom-nameservers",
      `${zone} ${switching ? "will be" : "is"} delegated to ${describeNameservers(wanted)} (nameservers in the zone file): its LiveDNS records are managed but not served`
    );
    return;
  }
  if (facts.delegation === void 0) {
    warn("domain-facts-unavailable", `delegation of ${zone} not checked: Gandi did not say which nameservers it uses`, "note");
    return;
  }
  if (facts.delegation === LIVEDNS) return;
  const where2 = current === null || current === LIVEDNS ? `${facts.delegation} nameservers` : `${facts.delegation} nameservers (${describeNameservers(current)})`;
  const fix = switching ? "; this plan delegates it to LiveDNS" : '; set "nameservers: livedns" in the zone file to delegate it';
  warn("not-delegated", `${zone} is not delegated to LiveDNS: the registry points to ${where2}, so its LiveDNS records are not what the world sees${fix}`);
}
function checkExpiry(zone, facts, desired, changes, now, warn) {
  if (facts.expiresAt === void 0 || facts.autorenew === true) return;
  const ends = Date.parse(facts.expiresAt);
  const days = Math.floor((ends - now.getTime()) / DAY_MS2);
  if (days > EXPIRY_WARNING_DAYS) return;
  const date = new Date(ends).toISOString().slice(0, 10);
  const when = ends <= now.getTime() ? `expired on ${date}` : `expires on ${date} (in ${days} day${days === 1 ? "" : "s"})`;
  const renewal = facts.autorenew === false ? "auto-renewal is off" : "auto-renewal could not be confirmed";
  const enabling = changes.some((c) => c.setting === "autorenew" && c.after) && desired?.autorenew === true;
  const advice = enabling ? "; this plan turns auto-renewal on" : ': renew it at Gandi, or set "autorenew: true" (renewing is a purchase this tool never makes)';
  warn("expiring", `${zone} ${when} and ${renewal}${advice}`);
}

// src/apply/domain.ts
var DEFAULT_NAMESERVER_WAIT_MS = 12e4;
var DEFAULT_NAMESERVER_POLL_MS = 5e3;
function messageOf2(error) {
  return error instanceof Error ? error.message : String(error);
}
async function applyDomainChanges(client, zone, changes, options = {}) {
  const results = [];
  for (const [index, change] of changes.entries()) {
    try {
      if (change.setting === "autorenew") {
        await client.setAutorenew(zone, change.after);
        results.push({ change, ok: true });
        continue;
      }
      if (change.after === LIVEDNS) await client.enableLiveDns(zone);
      else await client.setNameservers(zone, change.after);
      results.push({ change, ok: true, ...await waitForNameservers(client, zone, change.after, options) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      results.push({ change, ok: false, message: `${zone}: ${describeDomainChange(change)} failed: ${messageOf2(error)}` });
      for (const skipped of changes.slice(index + 1)) {
        results.push({ change: skipped, ok: false, message: `${zone}: ${describeDomainChange(skipped)} not attempted after the failure above` });
      }
      break;
    }
  }
  return results;
}
async function nameserversNow(client, zone, wanted) {
  if (wanted === LIVEDNS) return (await client.getLiveDnsStatus(zone)).current === LIVEDNS;
  return sameNameservers(await client.getNameservers(zone), wanted);
}
async function waitForNameservers(client, zone, wanted, options) {
  const clock = options.clock ?? systemClock;
  const waitMs = options.nameserverWaitMs ?? DEFAULT_NAMESERVER_WAIT_MS;
  const interval = Math.max(1, Math.min(options.pollIntervalMs ?? DEFAULT_NAMESERVER_POLL_MS, waitMs / 10));
  const deadline = clock.now() + waitMs;
  let polls = 0;
  let lastError;
  for (; ; ) {
    polls += 1;
    try {
      if (await nameserversNow(client, zone, wanted)) return { visible: true, polls };
      lastError = void 0;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      lastError = messageOf2(error);
    }
    if (clock.now() + interval > deadline) break;
    await clock.sleep(interval);
  }
  const seconds = Math.round(waitMs / 1e3);
  return {
    visible: false,
    polls,
    message: `${zone}: the change to ${describeNameservers(wanted)} was accepted but is not visible after ${seconds} s (${polls} reads${lastError === void 0 ? "" : `; last read failed: ${lastError}`}). The registry may take longer: run \`livedns plan\` later to check that it landed.`
  };
}

// src/plan/document.ts
import { createHash as createHash2 } from "node:crypto";
var PLAN_FILE_FORMAT = "livedns-gitops-plan";
function stateOf(rrset) {
  return rrset === null ? null : { ttl: rrset.ttl, values: [...rrset.values] };
}
function changeToJson(change) {
  return { action: change.action, name: change.name, type: change.type, before: stateOf(change.before), after: stateOf(change.after) };
}
function jsonChange(change) {
  return { ...changeToJson(change), source: changeSource(change) };
}
function changeSource(change) {
  const location = change.after?.source;
  if (!change.after || !location) return null;
  return { file: location.file, line: location.line, ...change.after.template === void 0 ? {} : { template: change.after.template } };
}
function sumCounts(counts) {
  return counts.reduce(
    (total, c) => ({ create: total.create + c.create, update: total.update + c.update, delete: total.delete + c.delete }),
    { create: 0, update: 0, delete: 0 }
  );
}
function toPlanJson(plans, domain) {
  const counts = sumCounts(plans.map((plan) => plan.counts));
  if (domain === void 0) {
    return { version: 1, zones: plans.map((plan) => ({ zone: plan.zone, changes: plan.changes.map(jsonChange) })), summary: counts };
  }
  const domainOf = (zone) => [...domain.changes.get(zone) ?? []];
  return {
    version: 1,
    zones: plans.map((plan) => ({ zone: plan.zone, changes: plan.changes.map(jsonChange), domain_changes: domainOf(plan.zone) })),
    summary: { ...counts, domain: plans.reduce((n, plan) => n + domainOf(plan.zone).length, 0) },
    warnings: [...domain.warnings]
  };
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value);
    if (text === void 0) throw new TypeError(`cannot serialise ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
function sha256(text) {
  return createHash2("sha256").update(text, "utf8").digest("hex");
}
function liveFingerprint(live, ignore = []) {
  const matcher = compileIgnore(ignore);
  const fingerprinted = ignore.length === 0 ? live : live.filter((rrset) => matcher.match(rrset) === void 0);
  const rows = fingerprinted.map((rrset) => {
    const key = rrsetKey(rrset);
    return { key, json: `{"key":${JSON.stringify(key)},"ttl":${JSON.stringify(rrset.ttl)},"values":${JSON.stringify([...rrset.values].sort())}}` };
  }).sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return `sha256:${sha256(`[${rows.map((row) => row.json).join(",")}]`)}`;
}
function planChecksum(plan) {
  const { format, version, zones, summary } = plan;
  return sha256(canonicalJson({ format, version, zones: zones.map(checksummedZone), summary }));
}
function checksummedZone(zone) {
  if (zone.ignore === void 0) return zone;
  const { ignored: _informative, ...checked } = zone;
  return checked;
}
function storedIgnore(rules) {
  if (rules === void 0 || rules.length === 0) return {};
  return { ignore: rules.map(({ name, type }) => type === void 0 ? { name } : { name, type }) };
}
function createPlanFile(inputs, now = /* @__PURE__ */ new Date()) {
  const zones = inputs.map(({ plan, file: file2, fingerprint, ignore, safety, domainChanges, account }) => ({
    zone: plan.zone,
    file: file2,
    fingerprint,
    ...storedIgnore(ignore),
    existing: plan.existingCount,
    ignored: plan.ignoredCount,
    safety,
    changes: plan.changes.map(changeToJson),
    // Only when there are some: a records-only plan file keeps its shape and checksum.
    ...domainChanges !== void 0 && domainChanges.length > 0 ? { domain_changes: [...domainChanges] } : {},
    ...account === void 0 ? {} : { account }
  }));
  const body = {
    format: PLAN_FILE_FORMAT,
    version: 1,
    zones,
    summary: sumCounts(inputs.map((input) => input.plan.counts))
  };
  return { ...body, created_at: now.toISOString(), checksum: planChecksum(body) };
}
function serializePlanFile(plan) {
  return `${JSON.stringify(plan, null, 2)}
`;
}
function fail(source, what) {
  throw new UserError(`${source}: not a livedns-gitops plan file (${what}); write one with \`livedns plan --out FILE\``);
}
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function checkState(value, source, where2) {
  if (value === null) return;
  if (!isRecord3(value) || typeof value.ttl !== "number" || !Array.isArray(value.values) || !value.values.every((v) => typeof v === "string")) {
    fail(source, `${where2} must be null or {ttl, values}`);
  }
}
function parsePlanFile(text, source) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(source, `invalid JSON: ${error.message}`);
  }
  if (!isRecord3(data) || data.format !== PLAN_FILE_FORMAT) fail(source, `"format" is not "${PLAN_FILE_FORMAT}"`);
  if (data.version !== 1) {
    throw new UserError(`${source}: plan file version ${JSON.stringify(data.version)} is not supported by this livedns-gitops (it reads version 1); run plan again`);
  }
  if (!Array.isArray(data.zones)) fail(source, '"zones" must be a list');
  if (typeof data.checksum !== "string") fail(source, '"checksum" is missing');
  for (const [i, zone] of data.zones.entries()) {
    const where2 = `zones[${i}]`;
    if (!isRecord3(zone) || typeof zone.zone !== "string" || typeof zone.fingerprint !== "string" || typeof zone.file !== "string") {
      fail(source, `${where2} must have zone, file and fingerprint`);
    }
    if (typeof zone.existing !== "number" || typeof zone.ignored !== "number" || !isRecord3(zone.safety)) {
      fail(source, `${where2} must have existing, ignored and safety`);
    }
    if (!Array.isArray(zone.changes)) fail(source, `${where2}.changes must be a list`);
    const ignore = zone.ignore === void 0 ? compileIgnore([]) : compileIgnore(checkIgnore(zone.ignore, source, where2));
    for (const [j, change] of zone.changes.entries()) {
      const at = `${where2}.changes[${j}]`;
      if (!isRecord3(change) || typeof change.name !== "string" || typeof change.type !== "string") fail(source, `${at} must have name and type`);
      if (change.action !== "create" && change.action !== "update" && change.action !== "delete") fail(source, `${at}.action is not create, update or delete`);
      checkState(change.before, source, `${at}.before`);
      checkState(change.after, source, `${at}.after`);
      if (change.before === null !== (change.action === "create") || change.after === null !== (change.action === "delete")) {
        fail(source, `${at}: before/after do not fit a ${String(change.action)}`);
      }
      const { name, type } = change;
      if (ignore.match({ name, type })) fail(source, `${at} changes ${name} ${type}, which the zone's ignore rules cover`);
    }
    if (zone.domain_changes !== void 0) checkDomainChanges(zone.domain_changes, source, where2);
    if (zone.account !== void 0 && typeof zone.account !== "string") fail(source, `${where2}.account must be a string`);
  }
  const plan = data;
  if (planChecksum(plan) !== plan.checksum) {
    throw new UserError(`${source}: the plan file was modified after it was written (checksum mismatch); run plan again`);
  }
  return plan;
}
function checkIgnore(value, source, where2) {
  if (!Array.isArray(value)) fail(source, `${where2}.ignore must be a list`);
  return value.map((rule, j) => {
    const ok = isRecord3(rule) && typeof rule.name === "string" && (rule.type === void 0 || typeof rule.type === "string" && isRecordType(rule.type));
    if (!ok) fail(source, `${where2}.ignore[${j}] must be {name} or {name, type} with a record type`);
    return rule;
  });
}
function isNameservers(value) {
  return value === LIVEDNS || Array.isArray(value) && value.length > 0 && value.every((host) => typeof host === "string");
}
function checkDomainChanges(value, source, where2) {
  if (!Array.isArray(value)) fail(source, `${where2}.domain_changes must be a list`);
  for (const [j, change] of value.entries()) {
    const at = `${where2}.domain_changes[${j}]`;
    if (!isRecord3(change)) fail(source, `${at} must be an object`);
    const fits = change.setting === "nameservers" ? isNameservers(change.after) && (change.before === null || isNameservers(change.before)) : change.setting === "autorenew" && typeof change.after === "boolean" && (change.before === null || typeof change.before === "boolean");
    if (!fits) fail(source, `${at} is not a nameservers or autorenew change`);
  }
}
function isRecordType(type) {
  return RECORD_TYPES.includes(type);
}
function zonePlanFromFile(zone, live) {
  const wireNames = new Map(live.map((rrset) => [rrsetKey(rrset), rrset.wireName]));
  const changes = zone.changes.map((change) => {
    const type = change.type;
    if (!isRecordType(type)) throw new UserError(`plan for ${zone.zone}: unknown record type ${type}`);
    const wireName2 = wireNames.get(rrsetKey({ name: change.name, type }));
    const rrset = (state, withWire) => ({
      name: change.name,
      type,
      ttl: state.ttl,
      values: [...state.values],
      ...withWire && wireName2 !== void 0 ? { wireName: wireName2 } : {}
    });
    switch (change.action) {
      case "create":
        return { action: "create", name: change.name, type, before: null, after: rrset(change.after, false) };
      case "delete":
        return { action: "delete", name: change.name, type, before: rrset(change.before, true), after: null };
      case "update": {
        const before = rrset(change.before, true);
        const after = rrset(change.after, false);
        const ttlOnly = canonicalJson(before.values) === canonicalJson(after.values);
        return { action: "update", name: change.name, type, before, after, ttlOnly };
      }
    }
  });
  const count = (action) => changes.filter((c) => c.action === action).length;
  return {
    zone: zone.zone,
    changes,
    counts: { create: count("create"), update: count("update"), delete: count("delete") },
    existingCount: zone.existing,
    ignoredCount: zone.ignored
  };
}

// src/plan/safety.ts
var DEFAULT_MAX_CHANGE_RATIO = 0.3;
var DEFAULT_MIN_EXISTING = 10;
function resolveSafety(settings) {
  return {
    max_change_ratio: settings?.maxChangeRatio ?? DEFAULT_MAX_CHANGE_RATIO,
    min_existing: settings?.minExisting ?? DEFAULT_MIN_EXISTING
  };
}
function percent(ratio) {
  return `${Math.round(ratio * 1e3) / 10} %`;
}
function checkSafety(plan, limit, file2) {
  const existing = plan.existingCount;
  const risky = plan.counts.delete + plan.counts.update;
  if (existing < limit.min_existing || risky === 0) return void 0;
  if (risky / existing <= limit.max_change_ratio) return void 0;
  const message = `${plan.zone}: refusing to apply ${plan.counts.delete} delete(s) and ${plan.counts.update} update(s) to ${existing} existing rrsets (${percent(risky / existing)}, above the ${percent(limit.max_change_ratio)} limit). If this is intended, run again with --force, or raise \`safety: {max_change_percent: N}\` (or \`min_existing\`) in ${file2}.`;
  return { zone: plan.zone, risky, existing, limit, message };
}

// src/live.ts
async function readLiveZone(client, zone) {
  const wire = await client.listRecords(zone);
  return managedRrsets(wire.map((rrset) => fromGandiRrset(zone, rrset)));
}
function managedRrsets(rrsets) {
  return rrsets.filter((rrset) => !isUnmanagedLive(rrset));
}

// src/apply/snapshot.ts
import { execFileSync } from "node:child_process";
var SNAPSHOT_PREFIX = "livedns-gitops ";
function snapshotName(now, gitSha) {
  return `${SNAPSHOT_PREFIX}${now.toISOString()}${gitSha ? ` ${gitSha}` : ""}`;
}
function isOurSnapshot(snapshot) {
  return snapshot.name.startsWith(SNAPSHOT_PREFIX);
}
function newestOurSnapshot(snapshots) {
  let best;
  for (const snapshot of snapshots) {
    if (!isOurSnapshot(snapshot)) continue;
    const created2 = Date.parse(snapshot.created_at);
    if (best === void 0 || created2 > best.created || created2 === best.created && snapshot.name >= best.snapshot.name) {
      best = { snapshot, created: created2 };
    }
  }
  return best?.snapshot;
}
function currentGitSha(env = process.env, cwd = process.cwd()) {
  const fromEnv = env.GITHUB_SHA?.trim();
  if (fromEnv) return fromEnv;
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5e3 }).trim();
    return /^[0-9a-f]{4,40}$/.test(sha) ? sha : void 0;
  } catch {
    return void 0;
  }
}

// src/apply/zone.ts
function messageOf3(error) {
  return error instanceof Error ? error.message : String(error);
}
function wireName(change) {
  return change.before?.wireName ?? change.name;
}
async function write(client, zone, change) {
  switch (change.action) {
    case "create":
    case "update":
      await client.putRrset(zone, wireName(change), change.type, change.after.ttl, toGandiValues(change.after));
      return;
    case "delete":
      await client.deleteRrset(zone, wireName(change), change.type);
      return;
    default:
      assertNever(change, "change");
  }
}
function sameValues2(a, b) {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}
function verifyChanges(changes, live) {
  const byKey = new Map(live.map((rrset) => [rrsetKey(rrset), rrset]));
  const problems = [];
  for (const change of changes) {
    const key = rrsetKey(change);
    const found = byKey.get(key);
    if (change.after === null) {
      if (found) problems.push(`${key} is still on LiveDNS after its delete`);
    } else if (!found) {
      problems.push(`${key} is missing on LiveDNS after its write`);
    } else if (found.ttl !== change.after.ttl || !sameValues2(found.values, change.after.values)) {
      problems.push(
        `${key} reads back as ttl ${found.ttl} ${JSON.stringify(found.values)}, expected ttl ${change.after.ttl} ${JSON.stringify(change.after.values)}`
      );
    }
  }
  return problems;
}
async function writeZonePlan(client, plan, options) {
  const { zone, changes } = plan;
  if (changes.length === 0) return { zone, outcome: "unchanged", written: [], notWritten: [], mismatches: [] };
  let snapshot;
  try {
    const { id } = await client.createSnapshot(zone, options.snapshotName);
    snapshot = { id, name: options.snapshotName };
  } catch (error) {
    const message = `could not take the snapshot before writing, so nothing was written: ${messageOf3(error)}`;
    return { zone, outcome: "failed", written: [], notWritten: changes, failure: { message, error, mayHaveTakenEffect: false }, mismatches: [] };
  }
  options.onEvent?.({ kind: "snapshot", zone, ...snapshot });
  const written = [];
  for (const [index, change] of changes.entries()) {
    try {
      await write(client, zone, change);
    } catch (error) {
      return {
        zone,
        outcome: "failed",
        snapshot,
        written,
        notWritten: changes.slice(index),
        failure: { change, message: messageOf3(error), error, mayHaveTakenEffect: !(error instanceof GandiApiError) || error.mayHaveTakenEffect },
        mismatches: []
      };
    }
    written.push(change);
    options.onEvent?.({ kind: "written", zone, change, index, total: changes.length });
  }
  let mismatches;
  try {
    mismatches = verifyChanges(changes, await readLiveZone(client, zone));
  } catch (error) {
    mismatches = [`could not read the zone back to confirm the writes: ${messageOf3(error)}`];
  }
  options.onEvent?.({ kind: "verified", zone, mismatches });
  return { zone, outcome: mismatches.length === 0 ? "applied" : "mismatch", snapshot, written, notWritten: [], mismatches };
}

// src/apply/rollback.ts
async function chooseSnapshot(client, zone, choice) {
  const snapshots = await client.listSnapshots(zone);
  if ("id" in choice) {
    const found = snapshots.find((snapshot) => snapshot.id === choice.id);
    if (!found) throw new UserError(`${zone} has no snapshot ${choice.id}; list them with \`livedns snapshots ${zone}\``);
    return found;
  }
  const newest = newestOurSnapshot(snapshots);
  if (!newest) {
    throw new UserError(`${zone} has no snapshot taken by livedns-gitops; list them with \`livedns snapshots ${zone}\` and pass --snapshot ID`);
  }
  return newest;
}
async function planRollback(client, zone, snapshotId) {
  const snapshot = await client.getSnapshot(zone, snapshotId);
  const desired = {
    zone,
    file: `snapshot ${snapshotId}`,
    rrsets: managedRrsets(snapshot.zone_data.map((rrset) => fromGandiRrset(zone, rrset))),
    // A rollback restores the snapshot exactly: ignore rules of the zone file do not apply.
    ignore: []
  };
  const { zone_data: _content, ...summary } = snapshot;
  return { zone, snapshot: summary, plan: planZone(desired, await readLiveZone(client, zone)) };
}
function executeRollback(client, rollback, options) {
  return writeZonePlan(client, rollback.plan, options);
}
function rollbackCommand(zone, snapshotId, account) {
  return `livedns rollback ${zone} --snapshot ${snapshotId}${account === void 0 ? "" : ` --account ${account}`}`;
}

// src/apply/apply.ts
function isFailure(result2) {
  return result2.outcome === "failed" || result2.outcome === "mismatch";
}
async function restore(client, zone, snapshotId, options) {
  options.onEvent?.({ kind: "rollback", zone, snapshotId });
  try {
    const plan = await planRollback(client, zone, snapshotId);
    const result2 = await executeRollback(client, plan, { snapshotName: options.snapshotName, onEvent: options.onEvent });
    return { result: result2 };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
async function applyPlans(clients, plans, options) {
  const clientOf = typeof clients === "function" ? clients : () => clients;
  const zones = [];
  let stopped = false;
  for (const plan of plans) {
    if (stopped) {
      zones.push({ zone: plan.zone, outcome: plan.changes.length === 0 ? "unchanged" : "not-started", written: [], notWritten: plan.changes, mismatches: [] });
      continue;
    }
    const client = clientOf(plan.zone);
    const result2 = await writeZonePlan(client, plan, options);
    if (!isFailure(result2)) {
      zones.push(result2);
      continue;
    }
    stopped = true;
    if (!result2.snapshot) {
      zones.push(result2);
      continue;
    }
    const rollback = options.rollbackOnFailure ? await restore(client, plan.zone, result2.snapshot.id, options) : void 0;
    const restored = rollback?.result !== void 0 && !isFailure(rollback.result);
    zones.push({ ...result2, ...rollback ? { rollback } : {}, ...restored ? {} : { rollbackCommand: rollbackCommand(plan.zone, result2.snapshot.id, options.accountOf?.(plan.zone)) } });
  }
  return { zones, ok: zones.every((zone) => !isFailure(zone) && zone.outcome !== "not-started") };
}

// src/reconcile.ts
function isNotFound(error) {
  return error instanceof GandiApiError && error.status === 404;
}
function messageOf4(error) {
  return error instanceof Error ? error.message : String(error);
}
function readLiveZones(client, zones, onProgress) {
  return readEachLiveZone(typeof client === "function" ? client : () => client, zones, (live) => live, onProgress);
}
async function readEachLiveZone(clientOf, zones, use, onProgress) {
  let done = 0;
  const results = await Promise.allSettled(
    zones.map(async ({ zone }, index) => {
      const live = await readLiveZone(clientOf(zone), zone);
      onProgress?.(++done, zones.length, zone);
      return use(live, index);
    })
  );
  const failures = [];
  for (const [i, result2] of results.entries()) {
    if (result2.status === "fulfilled") continue;
    const { zone, file: file2 } = zones[i];
    const where2 = file2 === void 0 ? zone : `${zone} (${file2})`;
    if (!(result2.reason instanceof UserError)) throw result2.reason;
    if (isNotFound(result2.reason)) failures.push(await explainMissingZone(clientOf(zone), zone, where2, result2.reason));
    else failures.push(`${where2}: could not read the live zone: ${messageOf4(result2.reason)}`);
  }
  if (failures.length > 0) throw new UserError(failures.join("\n"));
  return results.map((result2) => result2.value);
}
async function explainMissingZone(client, zone, where2, original) {
  try {
    await client.getDomain(zone);
  } catch (error) {
    if (isNotFound(error)) {
      return `${where2}: this zone is not on LiveDNS, or the token cannot see it. Check the file name, the token's domains (\`livedns zones\` lists the ones it sees) or GANDI_SHARING_ID.`;
    }
  }
  return `${where2}: could not read the live zone: ${messageOf4(original)}`;
}
var liveZone = (live, ignore) => ({ live, fingerprint: liveFingerprint(live, ignore), ignore });
function planned(zone, file2, plan, { live, fingerprint, ignore }, safety) {
  const refusal2 = checkSafety(plan, safety, file2);
  return { zone, file: file2, plan, live, fingerprint, ignore, safety, ...refusal2 ? { refusal: refusal2 } : {} };
}
function withDomainChanges(zone, domainChanges = [], account) {
  return { ...zone, domainChanges, ...account === void 0 ? {} : { account } };
}
function result(issues, zones, now, domain) {
  let planFile;
  let json;
  const makePlanFile = () => planFile ??= createPlanFile(
    zones.map(({ plan, file: file2, fingerprint, ignore, safety, domainChanges, account }) => ({
      plan,
      file: file2,
      fingerprint,
      ignore,
      safety,
      domainChanges,
      ...account === void 0 ? {} : { account }
    })),
    now
  );
  const makeJson = () => json ??= domain.checked ? toPlanJson(
    zones.map((zone) => zone.plan),
    { changes: new Map(zones.map((zone) => [zone.zone, zone.domainChanges])), warnings: domain.warnings }
  ) : toPlanJson(zones.map((zone) => zone.plan));
  return {
    ok: true,
    issues,
    zones,
    get json() {
      return makeJson();
    },
    get planFile() {
      return makePlanFile();
    },
    get checksum() {
      return makePlanFile().checksum;
    },
    summary: sumCounts(zones.map((zone) => zone.plan.counts)),
    hasChanges: zones.some((zone) => zone.plan.changes.length > 0 || zone.domainChanges.length > 0),
    warnings: domain.warnings,
    domainChecked: domain.checked
  };
}
function resolveClients(options) {
  if (options.accounts) return options.accounts.clients;
  const { client, domain } = options;
  if (client === void 0) throw new Error("reconcile: neither client nor accounts given");
  return () => ({ livedns: client, ...domain ? { domain } : {} });
}
async function readAllDomainFacts(zones, options) {
  const clientsOf = resolveClients(options);
  const byAccount = /* @__PURE__ */ new Map();
  for (const zone of zones) byAccount.set(zone.account, [...byAccount.get(zone.account) ?? [], zone]);
  const accounts = [...byAccount.entries()].map(([account, members]) => ({ account, members, client: clientsOf(account).domain }));
  if (options.domainChecks === false || accounts.some(({ client }) => client === void 0)) return { checked: false, byZone: /* @__PURE__ */ new Map(), warnings: [] };
  const describe2 = options.accounts?.describe ?? ((account) => account === void 0 ? "the token" : `account "${account}"`);
  const results = await Promise.all(accounts.map(({ account, members, client }) => readDomainFacts(client, members, describe2(account))));
  const byZone = new Map(results.flatMap((r) => [...r.byZone.entries()]));
  return { checked: true, byZone, warnings: results.flatMap((r) => [...r.notes]) };
}
function planDomains(zones, run2, now) {
  const changes = /* @__PURE__ */ new Map();
  if (!run2.checked) return changes;
  for (const { zone, domain } of zones) {
    const plan = planDomain({ zone, now, ...domain ? { desired: domain } : {}, ...run2.byZone.get(zone) });
    changes.set(zone, plan.changes);
    run2.warnings.push(...plan.warnings);
  }
  return changes;
}
function settingsOf(changes) {
  const settings = {};
  for (const change of changes) {
    if (change.setting === "nameservers") settings.nameservers = change.after;
    else settings.autorenew = change.after;
  }
  return settings;
}
async function readLiveState(zones, options, use) {
  const clientsOf = resolveClients(options);
  const accountOf = new Map(zones.map((zone) => [zone.zone, zone.account]));
  for (const account of new Set(accountOf.values())) clientsOf(account);
  const domain = readAllDomainFacts(zones, options);
  const live = readEachLiveZone((zone) => clientsOf(accountOf.get(zone)).livedns, zones, use, options.onProgress);
  const [liveZones, domainRun] = await Promise.all([live, domain]);
  return { live: liveZones, domain: domainRun };
}
async function planAll(options) {
  const { zones: desired, issues: fileIssues } = await readZones([...options.paths]);
  const issues = options.accounts ? [...fileIssues, ...checkZoneAccounts(desired, options.accounts.config)] : fileIssues;
  if (issues.some((issue) => issue.severity === "error")) return { ok: false, issues };
  const selected = selectZones(desired, options, options.paths.join(", "));
  const { live: plans, domain } = await readLiveState(selected, options, (live, i) => {
    const zone = selected[i];
    return planned(zone.zone, zone.file, planZone(zone, live), liveZone(live, zone.ignore), resolveSafety(zone.safety));
  });
  const domainChanges = planDomains(selected, domain, options.now?.() ?? /* @__PURE__ */ new Date());
  const zones = selected.map((zone, i) => withDomainChanges(plans[i], domainChanges.get(zone.zone), zone.account));
  return result(issues, zones, /* @__PURE__ */ new Date(), domain);
}
async function planFromFile(planFile, options) {
  const selected = selectZones(planFile.zones, options, options.source).map((zone) => ({ ...zone, domain: settingsOf(zone.domain_changes ?? []) }));
  const { live, domain } = await readLiveState(selected, options, (zoneLive, i) => liveZone(zoneLive, selected[i].ignore ?? []));
  const fresh = planDomains(selected, domain, options.now?.() ?? /* @__PURE__ */ new Date());
  const drifted = selected.flatMap((zone, i) => {
    if (live[i].fingerprint !== zone.fingerprint) return [`${zone.zone}: zone changed since this plan was made; run plan again (${options.source})`];
    const reviewed = canonicalJson(zone.domain_changes ?? []);
    if (domain.checked && canonicalJson(fresh.get(zone.zone) ?? []) !== reviewed) {
      return [`${zone.zone}: the domain's nameservers or auto-renewal changed since this plan was made; run plan again (${options.source})`];
    }
    if (!domain.checked && reviewed !== "[]") return [`${zone.zone}: the plan changes nameservers or auto-renewal, but the Domain API is not available to check them; nothing was written`];
    return [];
  });
  if (drifted.length > 0) throw new UserError(`${drifted.join("\n")}
Nothing was written.`);
  const zones = selected.map(
    (zone, i) => withDomainChanges(planned(zone.zone, zone.file, zonePlanFromFile(zone, live[i].live), live[i], zone.safety), zone.domain_changes ?? [], zone.account)
  );
  return result([], zones, new Date(planFile.created_at), domain);
}
async function applyAll(options) {
  let plan;
  if (options.planFile) {
    plan = await planFromFile(options.planFile, { ...options, source: options.planSource ?? "the plan file" });
  } else {
    const run2 = await planAll(options);
    if (!run2.ok) return run2;
    plan = run2;
  }
  const refused = [];
  if (options.expectedChecksum !== void 0 && options.expectedChecksum !== plan.checksum) {
    refused.push(`the plan changed since it was reviewed (checksum ${plan.checksum}, reviewed ${options.expectedChecksum}); run plan again`);
  }
  if (!options.force) {
    for (const zone of plan.zones) if (zone.refusal) refused.push(zone.refusal.message);
  }
  if (refused.length > 0) return { ok: false, refused, plan };
  if (plan.hasChanges && options.confirm && !await options.confirm(plan)) return { ok: false, declined: true, plan };
  const clientsOf = resolveClients(options);
  const accountOf = new Map(plan.zones.map((zone) => [zone.zone, zone.account]));
  const records = await applyPlans(
    (zone) => clientsOf(accountOf.get(zone)).livedns,
    plan.zones.map((zone) => zone.plan),
    {
      snapshotName: options.snapshotName ?? snapshotName(/* @__PURE__ */ new Date(), currentGitSha()),
      rollbackOnFailure: options.rollbackOnFailure ?? false,
      accountOf: (zone) => accountOf.get(zone),
      ...options.onEvent ? { onEvent: options.onEvent } : {}
    }
  );
  const report = await applyDomainPlans(plan, records, clientsOf, options);
  return { ok: report.ok, plan, report };
}
async function applyDomainPlans(plan, records, clientsOf, options) {
  const outcome = new Map(records.zones.map((zone) => [zone.zone, zone.outcome]));
  const domain = [];
  for (const zone of plan.zones) {
    if (zone.domainChanges.length === 0) continue;
    const recordsOutcome = outcome.get(zone.zone);
    const client = clientsOf(zone.account).domain;
    if (recordsOutcome !== "applied" && recordsOutcome !== "unchanged" || client === void 0) {
      const why = client === void 0 ? "no Domain API client" : "its records were not applied";
      domain.push({ zone: zone.zone, results: zone.domainChanges.map((change) => ({ change, ok: false, message: `${zone.zone}: not attempted (${why})` })) });
      continue;
    }
    options.onEvent?.({ kind: "domain", zone: zone.zone, changes: zone.domainChanges });
    const results = await applyDomainChanges(client, zone.zone, zone.domainChanges, {
      ...options.nameserverWaitMs === void 0 ? {} : { nameserverWaitMs: options.nameserverWaitMs },
      ...options.nameserverPollMs === void 0 ? {} : { pollIntervalMs: options.nameserverPollMs }
    });
    domain.push({ zone: zone.zone, results });
  }
  return { ...records, domain, ok: records.ok && domain.every(({ results }) => results.every((r) => r.ok)) };
}

// src/render/text.ts
function painter(options) {
  return options.color ? (code, text) => `\x1B[${code}m${text}\x1B[0m` : (_code, text) => text;
}
var GREEN = 32;
var YELLOW = 33;
var RED = 31;
var BOLD = 1;
var DIM = 2;
function displayValue(type, value) {
  return type === "TXT" || type === "SPF" ? JSON.stringify(value) : value;
}
function countsText(counts) {
  return `${counts.create} to create, ${counts.update} to update, ${counts.delete} to delete`;
}
function valueLines(rrset, sign, paint, code) {
  return rrset.values.map((value) => paint(code, `      ${sign} ${displayValue(rrset.type, value)}`));
}
function changeLines(change, options = {}) {
  const [head = "", ...rest] = changeLinesOnly(change, options);
  const template2 = change.after?.template;
  return template2 === void 0 ? [head, ...rest] : [`${head}${painter(options)(DIM, `  (template ${template2})`)}`, ...rest];
}
function changeLinesOnly(change, options) {
  const paint = painter(options);
  const label = `${change.name} ${change.type}`;
  switch (change.action) {
    case "create": {
      const head = paint(GREEN, `  + ${label}  ttl ${change.after.ttl}`);
      return [head, ...valueLines(change.after, "+", paint, GREEN)];
    }
    case "delete": {
      const head = paint(RED, `  - ${label}  ttl ${change.before.ttl}`);
      return [head, ...valueLines(change.before, "-", paint, RED)];
    }
    case "update": {
      const { before, after } = change;
      const ttl = before.ttl === after.ttl ? `ttl ${after.ttl}` : `ttl ${before.ttl} -> ${after.ttl}`;
      if (change.ttlOnly) return [paint(YELLOW, `  ~ ${label}  ${ttl} (TTL only; values unchanged)`)];
      const removed = before.values.filter((v) => !after.values.includes(v));
      const added = after.values.filter((v) => !before.values.includes(v));
      const kept = before.values.length - removed.length;
      const head = paint(YELLOW, `  ~ ${label}  ${ttl}${kept > 0 ? `, ${plural(kept, "value")} unchanged` : ""}`);
      return [
        head,
        ...removed.map((v) => paint(RED, `      - ${displayValue(change.type, v)}`)),
        ...added.map((v) => paint(GREEN, `      + ${displayValue(change.type, v)}`))
      ];
    }
    default:
      return assertNever(change, "change");
  }
}
function domainChangeLine(change, options = {}) {
  return painter(options)(YELLOW, `  ~ ${describeDomainChange(change)}  (registrar)`);
}
function domainCountText(n) {
  return plural(n, "domain setting");
}
function warningLines(warnings, options = {}) {
  const paint = painter(options);
  const ordered = [...warnings.filter((w) => w.level === "warning"), ...warnings.filter((w) => w.level === "note")];
  return ordered.map((w) => w.level === "warning" ? paint(YELLOW, `warning: ${w.message}`) : paint(DIM, `note: ${w.message}`));
}
function renderZonePlan(view, options = {}) {
  const paint = painter(options);
  const { plan, file: file2, target } = view;
  const where2 = target !== void 0 ? ` (to ${target})` : file2 === void 0 ? "" : ` (${file2})`;
  const ignored = plan.ignoredCount > 0 ? `; ${plural(plan.ignoredCount, "live rrset")} left alone by ignore rules` : "";
  const domain = view.domainChanges ?? [];
  if (plan.changes.length === 0 && domain.length === 0) {
    return `${paint(BOLD, plan.zone)}${where2}: no changes${ignored}
`;
  }
  const lines = [`${paint(BOLD, plan.zone)}${where2}`];
  for (const change of plan.changes) lines.push(...changeLines(change, options));
  for (const change of domain) lines.push(domainChangeLine(change, options));
  if (plan.counts.delete > 0 && target === void 0) {
    lines.push(
      paint(DIM, `  note: rrsets on LiveDNS that are not in ${file2 ?? "the zone file"} are deleted; add an \`ignore\` rule to keep one.`)
    );
  }
  const settings = domain.length > 0 ? `, ${domainCountText(domain.length)} to change` : "";
  lines.push(`  ${countsText(plan.counts)}${settings} (${plural(plan.existingCount, "live rrset")}${ignored})`);
  return `${lines.join("\n")}
`;
}
var UNCHANGED_ZONES_LISTED = 10;
function renderPlanText(views, options = {}) {
  const paint = painter(options);
  const isChanged = (view) => view.plan.changes.length > 0 || (view.domainChanges?.length ?? 0) > 0;
  const unchanged = views.filter((view) => !isChanged(view));
  const collapse = unchanged.length > UNCHANGED_ZONES_LISTED;
  const sections = (collapse ? views.filter(isChanged) : views).map((view) => renderZonePlan(view, options));
  if (collapse) {
    const ignored = unchanged.reduce((n, view) => n + view.plan.ignoredCount, 0);
    const left = ignored > 0 ? `; ${plural(ignored, "live rrset")} left alone by ignore rules` : "";
    sections.push(`${plural(unchanged.length, "zone")} without changes${left} (plan --json lists every zone)
`);
  }
  const changed = views.length - unchanged.length;
  const settings = views.reduce((n, view) => n + (view.domainChanges?.length ?? 0), 0);
  const total = views.reduce(
    (sum, { plan }) => ({ create: sum.create + plan.counts.create, update: sum.update + plan.counts.update, delete: sum.delete + plan.counts.delete }),
    { create: 0, update: 0, delete: 0 }
  );
  const summary = changed === 0 ? `No changes: LiveDNS matches the zone files (${plural(views.length, "zone")}).` : `Plan: ${countsText(total)}${settings > 0 ? `, ${domainCountText(settings)} to change` : ""}, in ${plural(changed, "zone")} of ${views.length}.`;
  const warnings = warningLines(options.warnings ?? [], options);
  return `${sections.join("")}${warnings.length > 0 ? `
${warnings.join("\n")}
` : ""}
${paint(BOLD, summary)}
`;
}
function changeLabel(change) {
  const sign = change.action === "create" ? "+" : change.action === "update" ? "~" : "-";
  return `${sign} ${change.name} ${change.type}`;
}
function renderApplyReport(report, options = {}) {
  const paint = painter(options);
  const lines = [];
  const untouched = (zone) => zone.outcome === "unchanged" && !report.domain?.some((d) => d.zone === zone.zone);
  const untouchedCount = report.zones.filter(untouched).length;
  const collapse = untouchedCount > UNCHANGED_ZONES_LISTED;
  for (const zone of report.zones) {
    const snapshot = zone.snapshot ? ` (snapshot ${zone.snapshot.id})` : "";
    switch (zone.outcome) {
      case "unchanged":
        if (collapse && untouched(zone)) break;
        lines.push(report.domain?.some((d) => d.zone === zone.zone) ? `${zone.zone}: no record changes` : `${zone.zone}: no changes, nothing written`);
        break;
      case "applied":
        lines.push(paint(GREEN, `${zone.zone}: applied ${plural(zone.written.length, "change")}, read-back matches${snapshot}`));
        break;
      case "not-started":
        lines.push(paint(RED, `${zone.zone}: not started (an earlier zone failed); ${plural(zone.notWritten.length, "change")} not written`));
        break;
      case "failed":
      case "mismatch": {
        const what = zone.outcome === "failed" ? `FAILED: ${zone.failure?.message ?? "unknown error"}` : "FAILED: the zone read back differs from the plan";
        lines.push(paint(RED, `${zone.zone}: ${what}${snapshot}`));
        if (zone.failure?.change) {
          const effect = zone.failure.mayHaveTakenEffect ? "it may or may not have taken effect" : "LiveDNS refused it: not applied";
          lines.push(`  failed write: ${changeLabel(zone.failure.change)} (${effect})`);
        }
        for (const mismatch of zone.mismatches) lines.push(`  ${mismatch}`);
        lines.push(`  written (${zone.written.length}):${zone.written.length === 0 ? " none" : ""}`);
        for (const change of zone.written) lines.push(`    ${changeLabel(change)}`);
        lines.push(`  not written (${zone.notWritten.length}):${zone.notWritten.length === 0 ? " none" : ""}`);
        for (const change of zone.notWritten) lines.push(`    ${changeLabel(change)}`);
        if (zone.rollback?.result) {
          const r = zone.rollback.result;
          const ok = r.outcome === "applied" || r.outcome === "unchanged";
          lines.push(
            ok ? paint(GREEN, `  rolled back to snapshot ${zone.snapshot?.id ?? "?"} with ${plural(r.written.length, "write")}${r.snapshot ? ` (the partial state is in snapshot ${r.snapshot.id})` : ""}`) : paint(RED, `  the rollback failed too: ${r.failure?.message ?? r.mismatches.join("; ")}`)
          );
        } else if (zone.rollback?.error) {
          lines.push(paint(RED, `  the rollback failed too: ${zone.rollback.error}`));
        }
        if (zone.rollbackCommand) lines.push(`  to restore the zone as it was before this apply, run: ${zone.rollbackCommand}`);
        break;
      }
      default:
        assertNever(zone.outcome, "outcome");
    }
  }
  if (collapse) lines.push(`${plural(untouchedCount, "zone")} without changes, nothing written`);
  for (const { zone, results } of report.domain ?? []) {
    for (const result2 of results) {
      const what = describeDomainChange(result2.change);
      if (!result2.ok) lines.push(paint(RED, `${result2.message ?? `${zone}: ${what} FAILED`}`));
      else if (result2.visible === false) lines.push(paint(YELLOW, `warning: ${result2.message ?? `${zone}: ${what} not visible yet`}`));
      else lines.push(paint(GREEN, `${zone}: ${what} done${result2.visible ? `, visible at the registry${result2.polls !== void 0 && result2.polls > 1 ? ` after ${result2.polls} reads` : ""}` : ""}`));
    }
  }
  return `${lines.join("\n")}
`;
}

// src/model/gandi-defaults.ts
var pointsAtGandi = (value) => /(^|[ .])gandi(mail)?\.net\.$/.test(value);
var srvNullOrGandi = (value) => value === "0 0 0 ." || pointsAtGandi(value);
var DEFAULTS = [
  { name: /^@$/, type: "A", matches: (v) => v === "217.70.184.38", what: "the parking / web-forwarding address" },
  { name: /^@$/, type: "MX", matches: pointsAtGandi, what: "Gandi Mail" },
  { name: /^@$/, type: "TXT", matches: (v) => /^v=spf1 include:_mailcust\.gandi\.net\b/.test(v), what: "Gandi Mail's SPF" },
  { name: /^www$/, type: "CNAME", matches: pointsAtGandi, what: "Gandi's web redirection" },
  { name: /^webmail$/, type: "CNAME", matches: pointsAtGandi, what: "Gandi's webmail" },
  { name: /^_(imap|imaps|pop3|pop3s|submission)\._tcp$/, type: "SRV", matches: srvNullOrGandi, what: "Gandi Mail service discovery" },
  { name: /^gm[0-9]\._domainkey$/, type: "CNAME", matches: pointsAtGandi, what: "Gandi Mail's DKIM" }
];
function gandiDefaultPurpose(rrset) {
  const entry = DEFAULTS.find((d) => d.type === rrset.type && d.name.test(rrset.name));
  if (!entry || rrset.values.length === 0 || !rrset.values.every(entry.matches)) return void 0;
  return entry.what;
}

// src/import.ts
function commonTtl(rrsets) {
  const counts = /* @__PURE__ */ new Map();
  for (const { ttl } of rrsets) counts.set(ttl, (counts.get(ttl) ?? 0) + 1);
  let best;
  for (const entry of counts) if (!best || entry[1] > best[1] || entry[1] === best[1] && entry[0] < best[0]) best = entry;
  return best?.[0];
}
function zoneFileFromLive(zone, rrsets, account) {
  const comments = /* @__PURE__ */ new Map();
  for (const rrset of rrsets) {
    const purpose = gandiDefaultPurpose(rrset);
    if (purpose) comments.set(rrsetKey(rrset), `Gandi default record (${purpose}): remove it from this file to delete it from LiveDNS`);
  }
  const defaultTtl = commonTtl(rrsets);
  const text = emitZoneFile(zone, rrsets, { comments, ...defaultTtl === void 0 ? {} : { defaultTtl }, ...account === void 0 ? {} : { account } });
  return { zone, text, rrsets: rrsets.length, defaults: comments.size };
}
async function importZones(client, zones, onProgress, account) {
  const live = await readLiveZones(client, zones.map((zone) => ({ zone })), onProgress);
  return zones.map((zone, i) => zoneFileFromLive(zone, live[i], account));
}

// src/gandi/accounts.ts
var DEFAULT = "";
function createClientPool(config2, base, env = process.env) {
  const limiter = base.limiter ?? new RateLimiter({ requestsPerMinute: base.rateLimit, clock: base.clock ?? systemClock, burst: base.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT });
  const clients = /* @__PURE__ */ new Map();
  const describe2 = (account) => account === void 0 ? "the default token (GANDI_PERSONAL_ACCESS_TOKEN)" : `account "${account}"`;
  const optionsFor = (account) => {
    if (account === void 0) return { ...base, limiter };
    const declared = config2?.accounts.get(account);
    if (declared === void 0) {
      throw new UserError(
        config2 === void 0 ? `account "${account}" is named by a zone file, but there is no livedns.config.yaml` : `account "${account}" is not declared in ${config2.file} (declared: ${[...config2.accounts.keys()].join(", ")})`
      );
    }
    const token = env[declared.tokenEnv]?.trim();
    if (token === void 0 || token === "") {
      throw new UserError(
        `account "${account}" (${declared.source.file}:${declared.source.line}): its token variable ${declared.tokenEnv} is not set. Set ${declared.tokenEnv} to a Personal Access Token of that organisation (in a GitHub Action, pass it through env: from a secret).`
      );
    }
    const { sharingId: _defaultSharing, token: _defaultToken, ...shared } = base;
    return {
      ...shared,
      token,
      authScheme: "Bearer",
      credentialName: declared.tokenEnv,
      ...declared.sharingId === void 0 ? {} : { sharingId: declared.sharingId },
      limiter
    };
  };
  return {
    limiter,
    describe: describe2,
    get used() {
      return [...clients.keys()].map((key) => key === DEFAULT ? void 0 : key);
    },
    get(account) {
      const key = account ?? DEFAULT;
      let found = clients.get(key);
      if (found === void 0) {
        found = createGandiClients(optionsFor(account));
        clients.set(key, found);
      }
      return { livedns: found.livedns, domain: found.domain };
    },
    async close() {
      await Promise.all([...clients.values()].map((c) => c.close()));
      clients.clear();
    }
  };
}

// src/config/read.ts
import { readFile as readFile2 } from "node:fs/promises";
import path3 from "node:path";
async function readConfig(options = {}) {
  const file2 = options.file ?? path3.join(options.cwd ?? ".", CONFIG_FILE);
  const shown = options.file ?? (options.cwd === void 0 ? CONFIG_FILE : file2);
  let text;
  try {
    text = await readFile2(file2, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" && options.file === void 0) return { issues: [] };
    const message = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read: ${code ?? String(error)}`;
    return { issues: [{ severity: "error", rule: "read", message, file: shown }] };
  }
  return parseConfig(text, shown);
}

// src/render/domains.ts
var DAY_MS3 = 864e5;
function domainRow(domain, zoneFile, now, account) {
  const ends = domain.expiresAt === void 0 ? void 0 : Date.parse(domain.expiresAt);
  return {
    fqdn: domain.fqdn,
    ...account === void 0 ? {} : { account },
    expires_at: domain.expiresAt ?? null,
    expires_in_days: ends === void 0 ? null : Math.floor((ends - now.getTime()) / DAY_MS3),
    autorenew: domain.autorenew ?? null,
    nameservers: domain.nameserver ?? null,
    livedns: domain.nameserver === "livedns",
    status: domain.status,
    transfer_locked: domain.status.some((flag) => /TransferProhibited$/.test(flag)),
    zone_file: zoneFile ?? null
  };
}
function expiry(row) {
  if (row.expires_at === null || row.expires_in_days === null) return "unknown";
  const date = row.expires_at.slice(0, 10);
  const days = row.expires_in_days;
  const when = days < 0 ? `expired ${-days} d ago` : `in ${days} d`;
  const alarm = days <= EXPIRY_WARNING_DAYS && row.autorenew !== true ? " !" : "";
  return `${date} (${when})${alarm}`;
}
function renderDomainsText(rows, orphans = []) {
  const withAccount = rows.some((row) => row.account !== void 0);
  const header = ["DOMAIN", ...withAccount ? ["ACCOUNT"] : [], "EXPIRES", "AUTO-RENEW", "NAMESERVERS", "STATUS", "ZONE FILE"];
  const table = rows.map((row) => [
    row.fqdn,
    ...withAccount ? [row.account ?? "(default)"] : [],
    expiry(row),
    row.autorenew === null ? "unknown" : row.autorenew ? "on" : "off",
    row.nameservers ?? "unknown",
    row.status.length === 0 ? "-" : row.status.join(","),
    row.zone_file ?? "-"
  ]);
  const widths = header.map((title, col) => Math.max(title.length, ...table.map((cells) => cells[col].length)));
  const line = (cells) => cells.map((cell, col) => col === cells.length - 1 ? cell : cell.padEnd(widths[col])).join("  ").trimEnd();
  const lines = rows.length === 0 ? ["no domains visible to this token"] : [line(header), ...table.map(line)];
  if (rows.some((row) => row.expires_in_days !== null && row.expires_in_days <= EXPIRY_WARNING_DAYS && row.autorenew !== true)) {
    lines.push(`! expires within ${EXPIRY_WARNING_DAYS} days without auto-renewal: renew it at Gandi, or set "autorenew: true" in its zone file`);
  }
  const notLiveDns = rows.filter((row) => row.zone_file !== null && !row.livedns && row.nameservers !== null);
  for (const row of notLiveDns) lines.push(`warning: ${row.zone_file} manages ${row.fqdn}, but the registry delegates it to ${row.nameservers} nameservers, not LiveDNS`);
  for (const { zone, file: file2 } of orphans) lines.push(`note: ${file2} names ${zone}, which is not among the domains listed`);
  return `${lines.join("\n")}
`;
}
export {
  APEX,
  CONFIG_FILE,
  DEFAULT_MAX_CHANGE_RATIO,
  DEFAULT_MIN_EXISTING,
  DEFAULT_NAMESERVER_POLL_MS,
  DEFAULT_NAMESERVER_WAIT_MS,
  EXPIRY_WARNING_DAYS,
  GANDI_DEFAULT_TTL,
  GandiApiError,
  LIVEDNS,
  MAX_ZONE_FILE_BYTES,
  PLAN_FILE_FORMAT,
  RECORD_TYPES,
  RateLimiter,
  SCHEMA_MODELINE,
  SNAPSHOT_PREFIX,
  TEMPLATES_DIR,
  TTL_MAX,
  TTL_MIN,
  UserError,
  applyAll,
  applyDomainChanges,
  applyPlans,
  assertNever,
  canonicalIpv6,
  canonicalJson,
  canonicalNameservers,
  canonicalValue,
  checkSafety,
  checkZoneAccounts,
  chooseSnapshot,
  clientOptionsFromEnv,
  compareRrsets,
  compileIgnore,
  countIssues,
  createClientPool,
  createDomainClient,
  createGandiClients,
  createLiveDnsClient,
  createPlanFile,
  currentGitSha,
  currentNameservers,
  decodeTxt,
  describeDomainChange,
  describeNameservers,
  domainClientOn,
  domainRow,
  emitZoneFile,
  encodeTxt,
  executeRollback,
  formatIssue,
  formatZoneText,
  fromGandiRrset,
  importZones,
  instantiateTemplate,
  isOurSnapshot,
  isUnmanagedLive,
  liveFingerprint,
  loadTemplateLibrary,
  makeRecordSet,
  newestOurSnapshot,
  normaliseNameserver,
  parseConfig,
  parsePlanFile,
  parseShard,
  parseTemplateFile,
  parseZoneFile,
  parseZoneFiles,
  planAll,
  planChecksum,
  planDomain,
  planFromFile,
  planRollback,
  planZone,
  readConfig,
  readDomainFacts,
  readLiveZone,
  readLiveZones,
  readZones,
  renderApplyReport,
  renderDomainsText,
  renderPlanText,
  renderZonePlan,
  resolveSafety,
  rollbackCommand,
  rrsetKey,
  sameNameservers,
  sameRrset,
  selectZones,
  serializePlanFile,
  shardOf,
  snapshotName,
  startEmulator,
  toGandiValues,
  toPlanJson,
  toRegistrarDomain,
  writeZonePlan,
  zoneFileFromLive,
  zoneNameFromFile,
  zonePlanFromFile
};
