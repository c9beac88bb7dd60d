/**
 * What each file of test/fixtures/hostile/ must produce: the line of the issue that matters (undefined
 * when the problem is the whole file) and the message that says what is wrong. The files themselves are
 * made once by hand or script and committed; cases that cannot be committed (50 MB, links, FIFOs,
 * names git or other systems cannot hold) are built at test time by hostile.test.ts.
 */
export interface Expected {
  readonly line?: number;
  readonly message: RegExp;
}

const NESTED = /the document is nested too deeply to be read/;
const BINARY = /the file (is binary|contains NUL bytes)/;
const NOT_UTF8 = /the file is not valid UTF-8/;

export const CORPUS: Readonly<Record<string, Expected>> = {
  // YAML syntax
  'syntax-unclosed-quote.example.com.yaml': { line: 4, message: /Missing closing "quote/ },
  'syntax-bad-indentation.example.com.yaml': { line: 5, message: /All mapping items must start at the same column/ },
  'syntax-tab-indentation.example.com.yaml': { line: 4, message: /Tabs are not allowed as indentation/ },
  'syntax-unclosed-flow.example.com.yaml': { line: 3, message: /must be sufficiently indented and end with a \]/ },
  'syntax-undefined-alias.example.com.yaml': { line: 1, message: /Unresolved alias .*nowhere/ },
  'syntax-multiple-documents.example.com.yaml': { line: 3, message: /a zone file holds a single YAML document/ },
  'syntax-missing-colon.example.com.yaml': { line: 3, message: /Nested mappings are not allowed/ },
  'syntax-carriage-returns.example.com.yaml': { line: 1, message: /Nested mappings are not allowed/ },
  'syntax-next-line-character.example.com.yaml': { line: 3, message: /Nested mappings are not allowed/ },
  'syntax-implicit-key-too-long.example.com.yaml': { line: 3, message: /at most 1024 chars/ },
  'syntax-unknown-directives.example.com.yaml': { line: 6, message: /YAML tag tag:evil\.example,2000:payload is not allowed/ },
  'tag-python-object.example.com.yaml': { line: 3, message: /YAML tag !!python\/object\/apply:os\.system is not allowed/ },
  'tag-binary-set-timestamp.example.com.yaml': { line: 3, message: /YAML tag !!binary is not allowed/ },
  'tag-local-include.example.com.yaml': { line: 3, message: /YAML tag !include is not allowed/ },
  'key-is-a-collection.example.com.yaml': { line: 3, message: /a key must be text, not a list or a mapping/ },
  // wrong types
  'type-root-list.example.com.yaml': { line: 1, message: /the zone file must be a mapping, not a list/ },
  'type-root-scalar.example.com.yaml': { line: 1, message: /the zone file must be a mapping, not a string/ },
  'type-root-null.example.com.yaml': { line: 1, message: /the zone file is empty/ },
  'type-empty-file.example.com.yaml': { line: 1, message: /the zone file is empty/ },
  'type-only-comments.example.com.yaml': { line: 1, message: /the zone file is empty/ },
  'type-records-list.example.com.yaml': { line: 2, message: /records must be a mapping, not a list/ },
  'type-records-string.example.com.yaml': { line: 1, message: /records must be a mapping, not a string/ },
  'type-ttl-string.example.com.yaml': { line: 1, message: /ttl must be an integer, not a string/ },
  'type-ttl-float.example.com.yaml': { line: 1, message: /ttl must be an integer, not a number/ },
  'type-ttl-huge-numbers.example.com.yaml': { line: 1, message: /ttl must be an integer, not a number/ },
  'type-values-mapping.example.com.yaml': { line: 2, message: /values must be a list, not a mapping/ },
  'type-type-number.example.com.yaml': { line: 2, message: /unknown record type "1"/ },
  'type-value-null.example.com.yaml': { line: 2, message: /value must be a string, not empty/ },
  'type-value-boolean.example.com.yaml': { line: 2, message: /value must be a string, not a boolean/ },
  'type-ignore-mapping.example.com.yaml': { line: 1, message: /ignore must be a list, not a mapping/ },
  'type-safety-string.example.com.yaml': { line: 1, message: /safety must be a mapping, not a string/ },
  // unknown keys
  'unknown-top-level-key.example.com.yaml': { line: 1, message: /unknown key "recrods" in the zone file/ },
  'unknown-record-key.example.com.yaml': { line: 2, message: /unknown key "proxied" in record "www"/ },
  'unknown-structured-field.example.com.yaml': { line: 2, message: /unknown key "priority" in record "@": value/ },
  'unknown-prototype-keys.example.com.yaml': { line: 1, message: /unknown key "__proto__" in the zone file/ },
  // duplicate keys
  'duplicate-record-name.example.com.yaml': { line: 4, message: /duplicate key "www" \(first at line 2\)/ },
  'duplicate-top-level-key.example.com.yaml': { line: 4, message: /duplicate key "records" \(first at line 1\)/ },
  'duplicate-name-differing-case.example.com.yaml': { line: 3, message: /"www" A is declared twice \(first at line 2\)/ },
  'duplicate-merge-key.example.com.yaml': { line: 3, message: /duplicate key "<<"/ },
  // alias bombs
  'alias-billion-laughs.example.com.yaml': { line: 1, message: /YAML aliases would expand this document by \d+ nodes .*alias bomb/ },
  'alias-quadratic-blowup.example.com.yaml': { line: 1, message: /YAML aliases would expand this document by \d+ nodes .*alias bomb/ },
  'alias-self-reference.example.com.yaml': { line: 2, message: /record "www" is missing "type"/ },
  'alias-anchor-overuse.example.com.yaml': { line: 1, message: /a YAML anchor is expanded more than 10000 times/ },
  // deep nesting
  'deep-flow-sequences.example.com.yaml': { line: 1, message: NESTED },
  'deep-flow-mappings.example.com.yaml': { line: 1, message: NESTED },
  'deep-block-sequences.example.com.yaml': { line: 3, message: NESTED },
  // binary and broken encodings
  'binary-png-image.example.com.yaml': { line: 1, message: BINARY },
  'binary-elf-executable.example.com.yaml': { line: 2, message: BINARY },
  'binary-nul-inside-text.example.com.yaml': { message: BINARY },
  'utf8-invalid-byte.example.com.yaml': { line: 3, message: NOT_UTF8 },
  'utf8-overlong-slash.example.com.yaml': { line: 3, message: NOT_UTF8 },
  'utf8-surrogate-half.example.com.yaml': { line: 3, message: NOT_UTF8 },
  'utf8-truncated-sequence.example.com.yaml': { line: 3, message: NOT_UTF8 },
  'utf16le-with-bom.example.com.yaml': { line: 1, message: BINARY },
  'utf16be-without-bom.example.com.yaml': { message: BINARY },
  'utf8-bom-then-error.example.com.yaml': { line: 3, message: /Block collections are not allowed within flow collections/ },
  // at each limit (accepted: no issue on line 2) and one past it (reported on line 3 or later)
  'limit-label-length.example.com.yaml': { line: 3, message: /label "b{20}\.\.\." is 64 characters long; the limit is 63/ },
  'limit-name-length.example.com.yaml': { line: 3, message: /is 254 characters long with the zone; the limit is 253/ },
  'limit-ttl-bounds.example.com.yaml': { line: 4, message: /TTL 299 is below Gandi's minimum of 300 seconds/ },
  'limit-txt-length.example.com.yaml': { line: 3, message: /TXT text is too long: 16385 characters once quoted; Gandi accepts 16384/ },
  'limit-mx-priority.example.com.yaml': { line: 3, message: /MX preference 65536 is out of range/ },
  'limit-srv-port.example.com.yaml': { line: 3, message: /SRV port 65536 is out of range/ },
  'limit-caa-flags.example.com.yaml': { line: 3, message: /CAA flags 256 is out of range/ },
  'limit-target-length.example.com.yaml': { line: 3, message: /\(254 characters\) is 254 characters long; the limit is 253/ },
  [`${'z'.repeat(64)}.example.com.yaml`]: { message: /the file name does not name a zone: .* is 64 characters long; the limit is 63/ },
  // control characters: shown escaped, never sent to the terminal as they are
  'control-ansi-escapes.example.com.yaml': { line: 3, message: /record name "\\u001b\[31mred\\u001b\[0m" contains "\\u001b"/ },
  'control-newline-in-name.example.com.yaml': { line: 3, message: /record name "www\\u000azones\/ok\.example\.com\.yaml: ok, 0 errors" contains "\\u000a"/ },
  'control-nul-escape.example.com.yaml': { line: 3, message: /record name "a\\u0000b" contains "\\u0000"/ },
  'control-bidi-override.example.com.yaml': { line: 3, message: /record name "www\\u202egnp\.exe" is not ASCII/ },
  'control-zero-width.example.com.yaml': { line: 3, message: /record name "w\\u200bww" is not ASCII/ },
  'control-bell-and-backspace.example.com.yaml': { line: 3, message: /TXT text contains a control character \(U\+0007\)/ },
  // Markdown and HTML
  'markup-html-in-txt.example.com.yaml': { line: 3, message: /record name "<img src=x onerror=alert\(1\)>" contains "<"/ },
  'markup-markdown-in-name.example.com.yaml': { line: 3, message: /record name "\[click\]\(https:\/\/evil\.example\)" contains "\["/ },
  'markup-code-fence-in-txt.example.com.yaml': { line: 2, message: /TXT text contains a control character \(U\+000A\)/ },
  'markup-html-comment-in-key.example.com.yaml': { line: 3, message: /record name "<!-- hide the rest -->" contains "<"/ },
  // file names
  '..yaml': { message: /the file name does not name a zone: empty zone name/ },
  '...yaml': { message: /the file name does not name a zone: zone name "\." has an empty label/ },
  '-leading-hyphen.example.com.yaml': { message: /label "-leading-hyphen" starts or ends with "-"/ },
  'zone with spaces.example.com.yaml': { message: /zone name "zone with spaces\.example\.com" contains " "/ },
  'no-dot-zone.yaml': { message: /"no-dot-zone" is not a domain name/ },
};
