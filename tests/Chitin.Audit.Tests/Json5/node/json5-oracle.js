// Differential oracle for Chitin's JSON5 reader (see Json5NodeDifferentialTests.cs).
// Usage: node json5-oracle.js <path-to-json5-package>
// stdin: one JSON string per line (a document's text). stdout: one JSON object per line:
//   {"ok":true,"c":"<canonical value>"} or {"ok":false,"e":"<error message>"}
// The canonical form matches CanonicalJson.cs: keys sorted by UTF-16 code units, numbers as IEEE-754 bits,
// NaN as NaN, strings as JSON.stringify writes them.
'use strict';
const JSON5 = require(process.argv[2]);
const readline = require('readline');

// json5 warns on stderr about raw U+2028/U+2029 in strings; that is not a rejection.
console.warn = () => {};

const view = new DataView(new ArrayBuffer(8));
function num(v) {
  if (Number.isNaN(v)) return 'NaN';
  view.setFloat64(0, v);
  return 'n' + view.getBigUint64(0).toString(16).padStart(16, '0');
}

function canon(v) {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean': return v ? 'true' : 'false';
    case 'number': return num(v);
    case 'string': return JSON.stringify(v);
  }
  if (Array.isArray(v)) return '[' + v.map(canon).join(',') + ']';
  const keys = Object.keys(v).sort();
  return '{' + keys.map(k => JSON.stringify(k) + ':' + canon(v[k])).join(',') + '}';
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
const out = [];
rl.on('line', line => {
  if (line.length === 0) return;
  const text = JSON.parse(line);
  let r;
  try {
    r = { ok: true, c: canon(JSON5.parse(text)) };
  } catch (e) {
    r = { ok: false, e: String(e && e.message) };
  }
  out.push(JSON.stringify(r));
  if (out.length >= 256) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }
});
rl.on('close', () => {
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
});
