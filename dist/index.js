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
export {
  APEX,
  GANDI_DEFAULT_TTL,
  RECORD_TYPES,
  TTL_MAX,
  TTL_MIN,
  UserError,
  assertNever,
  rrsetKey
};
