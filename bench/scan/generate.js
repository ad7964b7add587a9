/**
 * Deterministic synthetic polyglot monorepo for the scan benchmark, written under
 * bench/out/scan-<size>/ (git-ignored). The same seed and size always give the same bytes; a
 * manifest beside the tree (bench/out/scan-<size>.manifest.json, outside it so the scanner never
 * reads it) records the seed, size, a hash of this generator and what was written, and a tree
 * whose manifest matches is reused instead of written again.
 *
 *   node bench/scan/generate.js [--size full|tenth|hundredth[,…]] [--seed N] [--force]
 *
 * Shape (full size: 500 services, ≥ 1 GiB in ≥ 100,000 files; tenth: 50; hundredth: 5):
 *   services/<name>/   one service each, in TypeScript, Python, Go, Java or C# (weighted, the
 *                      first five one of each). A handful of files integrate (HTTP client, gRPC,
 *                      Kafka, database, Redis, environment reads); most do not: business logic,
 *                      tests, Markdown docs, JSON fixtures, CSV data, PNG assets, locale YAML,
 *                      deployment config (.env / application.yml / appsettings.json, Dockerfile,
 *                      Kubernetes manifests, a Helm chart for a third, OpenAPI for half), a
 *                      git-ignored reports/ folder and build output (dist/, target/, bin/+obj/,
 *                      __pycache__/), Go vendor/ folders.
 *   deploy/            docker-compose.<group>.yml per 25 services, shared Kubernetes YAML.
 *   proto/             .proto files of the gRPC services.
 *   docs/              architecture notes and ADRs (Markdown).
 *   node_modules/      git-ignored dependencies (skipped by the scanner by name, by rg by .gitignore).
 *   third_party/       committed vendored code (skipped by the scanner by name; rg searches it).
 *   tools/, .github/   scripts and CI workflows.
 * About one plain (non-integration) code file in five carries an incidental trigger word (a doc
 * link, an `email` field, `storage`, `fetchX` names, `requests` in a comment), as real code does, so the
 * code sources' prefilter lets it through to a tree-sitter parse that finds nothing.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { prng as basePrng } from '../catalog/generate.js';

const here = dirname(fileURLToPath(import.meta.url));
export const OUT_DIR = join(here, '..', 'out');

/** Services per size; everything else scales with them. */
export const SIZES = { hundredth: 5, tenth: 50, full: 500 };
export const SIZE_ORDER = ['hundredth', 'tenth', 'full'];
export const DEFAULT_SEED = 20250611;

/** Share of plain code files that carry an incidental trigger word. */
const INCIDENTAL_RATE = 0.2;

export const treeDir = (size) => join(OUT_DIR, `scan-${size}`);
export const manifestPath = (size) => join(OUT_DIR, `scan-${size}.manifest.json`);
const generatorHash = () => createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16);

// ---------------------------------------------------------------------------------------------
// Randomness

/** The catalog generator's mulberry32, plus log-normal sizes for files. */
function prng(seed) {
  const base = basePrng(seed);
  const { next } = base;
  const r = {
    ...base,
    /** A log-normal size around a median, clamped. */
    size: (median, sigma, min, max) => {
      const u = Math.max(next(), 1e-9);
      const v = next();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return Math.round(Math.min(max, Math.max(min, median * Math.exp(sigma * z))));
    },
    num: (min, max, digits = 2) => Number((min + next() * (max - min)).toFixed(digits)),
    /** Fills a buffer with pseudo-random bytes quickly (xorshift32 seeded from the stream). */
    bytes: (length) => {
      const buffer = Buffer.allocUnsafe(length + 3);
      let x = (Math.floor(next() * 4294967295) | 1) >>> 0;
      for (let offset = 0; offset < length; offset += 4) {
        x ^= x << 13;
        x >>>= 0;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        buffer.writeUInt32LE(x, offset);
      }
      return buffer.subarray(0, length);
    },
  };
  return r;
}

// ---------------------------------------------------------------------------------------------
// Words. None of them contains a trigger word of the code sources (checked by hand against the
// signature tables' `triggers`): plain code stays plain unless an incidental word is added.

const NOUNS = [
  'order', 'invoice', 'customer', 'cart', 'product', 'shipment', 'ledger', 'account', 'price', 'discount', 'coupon', 'tax', 'refund',
  'payment', 'catalog', 'inventory', 'warehouse', 'parcel', 'route', 'vehicle', 'tariff', 'quote', 'basket', 'loyalty', 'voucher',
  'rebate', 'budget', 'forecast', 'booking', 'ticket', 'seat', 'member', 'profile', 'region', 'currency', 'balance', 'batch', 'bundle',
  'promotion', 'segment', 'rating', 'review', 'supplier', 'contract', 'claim', 'policy', 'premium', 'plan', 'usage', 'meter', 'tenant',
];
const KINDS = ['api', 'service', 'worker', 'engine', 'gateway', 'processor', 'sync', 'scheduler', 'portal', 'hub'];
const VERBS = ['compute', 'validate', 'apply', 'merge', 'normalize', 'build', 'resolve', 'format', 'summarize', 'allocate', 'reconcile', 'estimate', 'split', 'rank', 'group', 'score', 'adjust', 'collect', 'select', 'derive', 'prepare', 'check'];
const NUMERIC = ['quantity', 'unitPrice', 'weight', 'score', 'amount', 'priority', 'rate', 'volume', 'duration', 'margin'];
const TEXT = ['status', 'region', 'code', 'label', 'category', 'tier', 'origin', 'owner'];
const LABELS = ['gold', 'silver', 'bronze', 'open', 'closed', 'pending', 'active', 'expired', 'high', 'medium', 'low', 'draft', 'final', 'held'];
const AREAS = ['domain', 'pricing', 'rules', 'model', 'handlers', 'util', 'reports', 'policies', 'workflow', 'mapping', 'views', 'jobs'];
const PROSE = (
  'the service keeps a running total for each period and closes it when the last line is booked ' +
  'values are rounded half to even before they are shown and compared with the previous figure ' +
  'a rule applies when every condition holds and the first matching rule wins over later ones ' +
  'items are grouped by region and tier so that the summary stays stable between two runs ' +
  'the batch is split into pages of a fixed size and each page is checked before it is merged'
).split(' ');

const cap = (word) => word[0].toUpperCase() + word.slice(1);
const camel = (...words) => words[0] + words.slice(1).map(cap).join('');
const pascal = (...words) => words.map(cap).join('');
const snakeOf = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const kebabOf = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
function sentence(r, words = r.int(8, 18)) {
  const out = [];
  let start = r.int(0, PROSE.length - 1);
  for (let i = 0; i < words; i += 1) out.push(PROSE[(start + i) % PROSE.length]);
  start += words;
  const text = out.join(' ');
  return `${cap(text)}.`;
}

// ---------------------------------------------------------------------------------------------
// Plain code: a function spec rendered in each language

function functionSpec(r, noun) {
  const a = r.pick(NUMERIC);
  let b = r.pick(NUMERIC);
  if (b === a) b = NUMERIC[(NUMERIC.indexOf(a) + 1) % NUMERIC.length];
  return {
    kind: r.int(0, 6),
    verb: r.pick(VERBS),
    noun: r.chance(0.6) ? noun : r.pick(NOUNS),
    extra: r.pick(['', 'total', 'lines', 'items', 'entries', 'summary', 'limits', 'window', 'weights']),
    a,
    b,
    s: r.pick(TEXT),
    c1: r.num(0.5, 3),
    c2: r.int(0, 20),
    c3: r.int(50, 5000),
    l: [r.pick(LABELS), r.pick(LABELS), r.pick(LABELS)],
    doc: r.chance(0.5) ? sentence(r) : '',
  };
}

const fnWords = (f) => [f.verb, f.noun, ...(f.extra ? [f.extra] : [])];

function tsFunction(f, T) {
  const name = camel(...fnWords(f));
  const doc = f.doc ? `/** ${f.doc} */\n` : '';
  const { a, b, s, c1, c2, c3, l } = f;
  switch (f.kind) {
    case 0:
      return `${doc}export function ${name}(items: ${T}[], factor = ${c1}): number {\n  let total = 0;\n  for (const item of items) {\n    if (item.${a} <= ${c2}) {\n      continue;\n    }\n    total += item.${a} * item.${b} * factor;\n  }\n  return Math.round(total * 100) / 100;\n}\n`;
    case 1:
      return `${doc}export function ${name}(item: ${T}): string {\n  if (item.${a} > ${c3}) {\n    return '${l[0]}';\n  } else if (item.${a} > ${c2}) {\n    return '${l[1]}';\n  }\n  return '${l[2]}';\n}\n`;
    case 2:
      return `${doc}export function ${name}(items: ${T}[], minimum: number): string[] {\n  return items\n    .filter((item) => item.${a} >= minimum && item.${s} !== '')\n    .map((item) => \`\${item.${s}}-\${item.${b}.toFixed(2)}\`)\n    .sort();\n}\n`;
    case 3:
      return `${doc}export function ${name}(item: ${T}): void {\n  if (!item.${s}) {\n    throw new Error('${f.noun} ${s} is required');\n  }\n  if (item.${a} < 0 || item.${a} > ${c3}) {\n    throw new RangeError(\`${f.noun} ${a} out of range: \${item.${a}}\`);\n  }\n}\n`;
    case 4:
      return `${doc}export function ${name}(items: ${T}[]): Map<string, number> {\n  const counts = new Map<string, number>();\n  for (const item of items) {\n    counts.set(item.${s}, (counts.get(item.${s}) ?? 0) + item.${a});\n  }\n  return counts;\n}\n`;
    case 5:
      return `${doc}export function ${name}(item: ${T}, ratio: number): number {\n  const base = item.${a} * ${c1};\n  const adjusted = base - Math.min(base, item.${b}) * ratio;\n  const capped = Math.max(${c2}, Math.min(adjusted, ${c3}));\n  return Number(capped.toFixed(2));\n}\n`;
    default:
      return `${doc}export function ${name}(item: ${T}): number {\n  switch (item.${s}) {\n    case '${l[0]}':\n      return item.${a} * ${c1};\n    case '${l[1]}':\n      return item.${a} + item.${b};\n    default:\n      return 0;\n  }\n}\n`;
  }
}

function pyFunction(f, T) {
  const name = snakeOf(camel(...fnWords(f)));
  const doc = f.doc ? `    """${f.doc}"""\n` : '';
  const a = snakeOf(f.a);
  const b = snakeOf(f.b);
  const { s, c1, c2, c3, l } = f;
  switch (f.kind) {
    case 0:
      return `def ${name}(items: list[${T}], factor: float = ${c1}) -> float:\n${doc}    total = 0.0\n    for item in items:\n        if item.${a} <= ${c2}:\n            continue\n        total += item.${a} * item.${b} * factor\n    return round(total, 2)\n`;
    case 1:
      return `def ${name}(item: ${T}) -> str:\n${doc}    if item.${a} > ${c3}:\n        return "${l[0]}"\n    elif item.${a} > ${c2}:\n        return "${l[1]}"\n    return "${l[2]}"\n`;
    case 2:
      return `def ${name}(items: list[${T}], minimum: float) -> list[str]:\n${doc}    return sorted(\n        f"{item.${s}}-{item.${b}:.2f}"\n        for item in items\n        if item.${a} >= minimum and item.${s}\n    )\n`;
    case 3:
      return `def ${name}(item: ${T}) -> None:\n${doc}    if not item.${s}:\n        raise ValueError("${f.noun} ${s} is required")\n    if item.${a} < 0 or item.${a} > ${c3}:\n        raise ValueError(f"${f.noun} ${a} out of range: {item.${a}}")\n`;
    case 4:
      return `def ${name}(items: list[${T}]) -> dict[str, float]:\n${doc}    counts: dict[str, float] = {}\n    for item in items:\n        counts[item.${s}] = counts.get(item.${s}, 0) + item.${a}\n    return counts\n`;
    case 5:
      return `def ${name}(item: ${T}, ratio: float) -> float:\n${doc}    base = item.${a} * ${c1}\n    adjusted = base - min(base, item.${b}) * ratio\n    capped = max(${c2}, min(adjusted, ${c3}))\n    return round(capped, 2)\n`;
    default:
      return `def ${name}(item: ${T}) -> float:\n${doc}    match item.${s}:\n        case "${l[0]}":\n            return item.${a} * ${c1}\n        case "${l[1]}":\n            return item.${a} + item.${b}\n        case _:\n            return 0.0\n`;
  }
}

function goFunction(f, T) {
  const name = pascal(...fnWords(f));
  const doc = f.doc ? `// ${name} does this: ${f.doc}\n` : '';
  const a = cap(f.a);
  const b = cap(f.b);
  const s = cap(f.s);
  const { c1, c2, c3, l } = f;
  switch (f.kind) {
    case 0:
      return `${doc}func ${name}(items []${T}, factor float64) float64 {\n\tif factor == 0 {\n\t\tfactor = ${c1}\n\t}\n\ttotal := 0.0\n\tfor _, item := range items {\n\t\tif item.${a} <= ${c2} {\n\t\t\tcontinue\n\t\t}\n\t\ttotal += item.${a} * item.${b} * factor\n\t}\n\treturn math.Round(total*100) / 100\n}\n`;
    case 1:
      return `${doc}func ${name}(item ${T}) string {\n\tif item.${a} > ${c3} {\n\t\treturn "${l[0]}"\n\t} else if item.${a} > ${c2} {\n\t\treturn "${l[1]}"\n\t}\n\treturn "${l[2]}"\n}\n`;
    case 2:
      return `${doc}func ${name}(items []${T}, minimum float64) []string {\n\tout := make([]string, 0, len(items))\n\tfor _, item := range items {\n\t\tif item.${a} >= minimum && item.${s} != "" {\n\t\t\tout = append(out, fmt.Sprintf("%s-%.2f", item.${s}, item.${b}))\n\t\t}\n\t}\n\tsort.Strings(out)\n\treturn out\n}\n`;
    case 3:
      return `${doc}func ${name}(item ${T}) error {\n\tif item.${s} == "" {\n\t\treturn errors.New("${f.noun} ${f.s} is required")\n\t}\n\tif item.${a} < 0 || item.${a} > ${c3} {\n\t\treturn fmt.Errorf("${f.noun} ${f.a} out of range: %v", item.${a})\n\t}\n\treturn nil\n}\n`;
    case 4:
      return `${doc}func ${name}(items []${T}) map[string]float64 {\n\tcounts := make(map[string]float64)\n\tfor _, item := range items {\n\t\tcounts[item.${s}] += item.${a}\n\t}\n\treturn counts\n}\n`;
    case 5:
      return `${doc}func ${name}(item ${T}, ratio float64) float64 {\n\tbase := item.${a} * ${c1}\n\tadjusted := base - math.Min(base, item.${b})*ratio\n\tcapped := math.Max(${c2}, math.Min(adjusted, ${c3}))\n\treturn math.Round(capped*100) / 100\n}\n`;
    default:
      return `${doc}func ${name}(item ${T}) float64 {\n\tswitch item.${s} {\n\tcase "${l[0]}":\n\t\treturn item.${a} * ${c1}\n\tcase "${l[1]}":\n\t\treturn item.${a} + item.${b}\n\tdefault:\n\t\treturn 0\n\t}\n}\n`;
  }
}

function javaMethod(f, T) {
  const name = camel(...fnWords(f));
  const doc = f.doc ? `    /** ${f.doc} */\n` : '';
  const { a, b, s, c1, c2, c3, l } = f;
  switch (f.kind) {
    case 0:
      return `${doc}    public static double ${name}(List<${T}> items, double factor) {\n        double total = 0;\n        for (${T} item : items) {\n            if (item.${a} <= ${c2}) {\n                continue;\n            }\n            total += item.${a} * item.${b} * factor;\n        }\n        return Math.round(total * 100) / 100.0;\n    }\n`;
    case 1:
      return `${doc}    public static String ${name}(${T} item) {\n        if (item.${a} > ${c3}) {\n            return "${l[0]}";\n        } else if (item.${a} > ${c2}) {\n            return "${l[1]}";\n        }\n        return "${l[2]}";\n    }\n`;
    case 2:
      return `${doc}    public static List<String> ${name}(List<${T}> items, double minimum) {\n        return items.stream()\n            .filter(item -> item.${a} >= minimum && !item.${s}.isEmpty())\n            .map(item -> String.format("%s-%.2f", item.${s}, item.${b}))\n            .sorted()\n            .collect(Collectors.toList());\n    }\n`;
    case 3:
      return `${doc}    public static void ${name}(${T} item) {\n        if (item.${s} == null || item.${s}.isEmpty()) {\n            throw new IllegalArgumentException("${f.noun} ${s} is required");\n        }\n        if (item.${a} < 0 || item.${a} > ${c3}) {\n            throw new IllegalArgumentException("${f.noun} ${a} out of range: " + item.${a});\n        }\n    }\n`;
    case 4:
      return `${doc}    public static Map<String, Double> ${name}(List<${T}> items) {\n        Map<String, Double> counts = new HashMap<>();\n        for (${T} item : items) {\n            counts.merge(item.${s}, item.${a}, Double::sum);\n        }\n        return counts;\n    }\n`;
    case 5:
      return `${doc}    public static double ${name}(${T} item, double ratio) {\n        double base = item.${a} * ${c1};\n        double adjusted = base - Math.min(base, item.${b}) * ratio;\n        double capped = Math.max(${c2}, Math.min(adjusted, ${c3}));\n        return Math.round(capped * 100) / 100.0;\n    }\n`;
    default:
      return `${doc}    public static double ${name}(${T} item) {\n        switch (item.${s}) {\n            case "${l[0]}":\n                return item.${a} * ${c1};\n            case "${l[1]}":\n                return item.${a} + item.${b};\n            default:\n                return 0;\n        }\n    }\n`;
  }
}

function csMethod(f, T) {
  const name = pascal(...fnWords(f));
  const doc = f.doc ? `    /// <summary>${f.doc}</summary>\n` : '';
  const a = cap(f.a);
  const b = cap(f.b);
  const s = cap(f.s);
  const { c1, c2, c3, l } = f;
  switch (f.kind) {
    case 0:
      return `${doc}    public static double ${name}(IEnumerable<${T}> items, double factor = ${c1})\n    {\n        double total = 0;\n        foreach (var item in items)\n        {\n            if (item.${a} <= ${c2})\n            {\n                continue;\n            }\n            total += item.${a} * item.${b} * factor;\n        }\n        return Math.Round(total, 2);\n    }\n`;
    case 1:
      return `${doc}    public static string ${name}(${T} item)\n    {\n        if (item.${a} > ${c3})\n        {\n            return "${l[0]}";\n        }\n        else if (item.${a} > ${c2})\n        {\n            return "${l[1]}";\n        }\n        return "${l[2]}";\n    }\n`;
    case 2:
      return `${doc}    public static List<string> ${name}(IEnumerable<${T}> items, double minimum) =>\n        items.Where(item => item.${a} >= minimum && !string.IsNullOrEmpty(item.${s}))\n            .Select(item => $"{item.${s}}-{item.${b}:F2}")\n            .OrderBy(text => text)\n            .ToList();\n`;
    case 3:
      return `${doc}    public static void ${name}(${T} item)\n    {\n        if (string.IsNullOrEmpty(item.${s}))\n        {\n            throw new ArgumentException("${f.noun} ${f.s} is required");\n        }\n        if (item.${a} < 0 || item.${a} > ${c3})\n        {\n            throw new ArgumentOutOfRangeException(nameof(item), $"${f.noun} ${f.a} out of range: {item.${a}}");\n        }\n    }\n`;
    case 4:
      return `${doc}    public static Dictionary<string, double> ${name}(IEnumerable<${T}> items)\n    {\n        var counts = new Dictionary<string, double>();\n        foreach (var item in items)\n        {\n            counts[item.${s}] = counts.GetValueOrDefault(item.${s}) + item.${a};\n        }\n        return counts;\n    }\n`;
    case 5:
      return `${doc}    public static double ${name}(${T} item, double ratio)\n    {\n        var baseValue = item.${a} * ${c1};\n        var adjusted = baseValue - Math.Min(baseValue, item.${b}) * ratio;\n        var capped = Math.Max(${c2}, Math.Min(adjusted, ${c3}));\n        return Math.Round(capped, 2);\n    }\n`;
    default:
      return `${doc}    public static double ${name}(${T} item) => item.${s} switch\n    {\n        "${l[0]}" => item.${a} * ${c1},\n        "${l[1]}" => item.${a} + item.${b},\n        _ => 0,\n    };\n`;
  }
}

/** The record type a file's functions work on, in each language. */
function recordType(lang, T) {
  switch (lang) {
    case 'ts':
      return `export interface ${T} {\n  id: string;\n${NUMERIC.map((n) => `  ${n}: number;\n`).join('')}${TEXT.map((t) => `  ${t}: string;\n`).join('')}}\n`;
    case 'py':
      return `@dataclass(frozen=True)\nclass ${T}:\n    id: str\n${NUMERIC.map((n) => `    ${snakeOf(n)}: float = 0.0\n`).join('')}${TEXT.map((t) => `    ${t}: str = ""\n`).join('')}`;
    case 'go':
      return `// ${T} is one record the functions below work on.\ntype ${T} struct {\n\tID string\n${NUMERIC.map((n) => `\t${cap(n)} float64\n`).join('')}${TEXT.map((t) => `\t${cap(t)} string\n`).join('')}}\n`;
    case 'java':
      return `    public static final class ${T} {\n        public String id;\n${NUMERIC.map((n) => `        public double ${n};\n`).join('')}${TEXT.map((t) => `        public String ${t};\n`).join('')}    }\n`;
    default:
      return `public sealed class ${T}\n{\n    public string Id { get; set; } = "";\n${NUMERIC.map((n) => `    public double ${cap(n)} { get; set; }\n`).join('')}${TEXT.map((t) => `    public string ${cap(t)} { get; set; } = "";\n`).join('')}}\n`;
  }
}

/** Incidental trigger words as real code has them; each returns a line or block for the file. */
const INCIDENTAL = {
  ts: [
    () => `// See https://wiki.acme.example/display/PRICING/Rounding for the rounding rules.\n`,
    (T) => `export function fetchLatest${T}(cache: Map<string, ${T}>, id: string): ${T} | undefined {\n  return cache.get(id);\n}\n`,
    () => `const storageKey = (id: string) => \`draft:\${id}\`;\nexport { storageKey };\n`,
  ],
  py: [
    () => `# Customers send refund requests in batches; see the runbook.\n`,
    () => `STORAGE_CLASS = "standard"  # how archived records are kept\n`,
    () => `# Settings come from the caller, never from os.environ, so this module stays pure.\n`,
  ],
  go: [
    () => `// storageLayout names how archived records are kept.\nconst storageLayout = "by-month"\n`,
    () => `// Limits follow https://wiki.acme.example/limits; see net/http-free design notes.\n`,
  ],
  java: [
    () => `import lombok.Value;\n`,
    () => `    /** The contact the summary is sent to. */\n    public String contactEmail;\n`,
    () => `    private static final String STORAGE_CLASS = "standard";\n`,
  ],
  cs: [
    () => `    public static string ContactEmail(string name) => $"{name.ToLowerInvariant()}@example.org";\n`,
    () => `    private const string StorageClass = "standard";\n`,
  ],
};

/** A plain code file of about `target` bytes. */
function plainCode(r, lang, ctx, target, incidental) {
  const T = pascal(ctx.noun, r.pick(['Line', 'Record', 'Item', 'Entry', 'Row']));
  const specs = [];
  let body = '';
  const render = { ts: tsFunction, py: pyFunction, go: goFunction, java: javaMethod, cs: csMethod }[lang];
  while (body.length < target) {
    const spec = functionSpec(r, ctx.noun);
    specs.push(spec);
    body += `\n${render(spec, T)}`;
  }
  let extra = '';
  let extraImport = '';
  if (incidental) {
    const pick = r.pick(INCIDENTAL[lang]);
    const text = pick(T);
    if (lang === 'java' && text.startsWith('import')) extraImport = text;
    else extra = text;
  }
  const license = r.chance(0.15) ? 'Copyright Acme Corp. All rights reserved. Internal use only.' : '';
  switch (lang) {
    case 'ts':
      return `${license ? `// ${license}\n` : ''}${extraImport}import { strict as assert } from 'node:assert';\n\n${recordType('ts', T)}${extra ? `\n${extra}` : ''}${body}\nexport function assertValid(item: ${T}): void {\n  assert.ok(item.id.length > 0);\n}\n`;
    case 'py':
      return `${license ? `# ${license}\n` : ''}"""${ctx.noun.replace(/^./, (c) => c.toUpperCase())} ${ctx.area} helpers."""\nfrom __future__ import annotations\n\nfrom dataclasses import dataclass\n\n\n${recordType('py', T)}${extra ? `\n\n${extra}` : ''}\n${body.replace(/\ndef /g, '\n\ndef ')}`;
    case 'go':
      return `${license ? `// ${license}\n\n` : ''}// Package ${ctx.area} holds the ${ctx.noun} ${ctx.area}.\npackage ${ctx.area}\n\nimport (\n\t"errors"\n\t"fmt"\n\t"math"\n\t"sort"\n)\n\nvar _ = errors.New\nvar _ = fmt.Sprintf\nvar _ = sort.Strings\n\n${recordType('go', T)}${extra ? `\n${extra}` : ''}${body}`;
    case 'java':
      return `${license ? `/* ${license} */\n` : ''}package com.acme.${ctx.pkg}.${ctx.area};\n\nimport java.util.HashMap;\nimport java.util.List;\nimport java.util.Map;\nimport java.util.stream.Collectors;\n${extraImport}\npublic final class ${pascal(ctx.noun, ctx.area)}${ctx.index} {\n\n    private ${pascal(ctx.noun, ctx.area)}${ctx.index}() {\n    }\n\n${recordType('java', T)}${extra ? `\n${extra}` : ''}${body}}\n`;
    default:
      return `${license ? `// ${license}\n` : ''}using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\nnamespace Acme.${pascal(ctx.pkg)}.${pascal(ctx.area)};\n\n${recordType('cs', T)}\npublic static class ${pascal(ctx.noun, ctx.area)}${ctx.index}\n{\n${extra}${body.slice(1)}}\n`;
  }
}

/** A plain test file of about `target` bytes. */
function testCode(r, lang, ctx, target) {
  const cases = [];
  let size = 0;
  while (size < target) {
    const f = functionSpec(r, ctx.noun);
    const name = camel(...fnWords(f));
    const v1 = r.int(1, 500);
    const v2 = r.num(0.1, 40);
    let text;
    switch (lang) {
      case 'ts':
        text = `  it('${f.verb}s ${f.noun} ${f.extra || 'values'} when ${f.a} is ${v1}', () => {\n    const item = { ...base, ${f.a}: ${v1}, ${f.b}: ${v2}, ${f.s}: '${f.l[0]}' };\n    const result = ${name}([item], ${f.c1});\n    expect(result).toBeDefined();\n    expect(item.${f.a}).toBe(${v1});\n  });\n\n`;
        break;
      case 'py':
        text = `def test_${snakeOf(name)}_${v1}():\n    item = make_item(${snakeOf(f.a)}=${v1}, ${snakeOf(f.b)}=${v2}, ${f.s}="${f.l[0]}")\n    result = ${snakeOf(name)}([item], ${f.c1})\n    assert result is not None\n    assert item.${snakeOf(f.a)} == ${v1}\n\n\n`;
        break;
      case 'go':
        text = `func Test${pascal(...fnWords(f))}${v1}(t *testing.T) {\n\titem := Item{${cap(f.a)}: ${v1}, ${cap(f.b)}: ${v2}, ${cap(f.s)}: "${f.l[0]}"}\n\tgot := ${pascal(...fnWords(f))}([]Item{item}, ${f.c1})\n\tif got == nil {\n\t\tt.Fatalf("${name}: want a value")\n\t}\n}\n\n`;
        break;
      case 'java':
        text = `    @Test\n    void ${name}When${cap(f.a)}Is${v1}() {\n        var item = item(${v1}, ${v2}, "${f.l[0]}");\n        var result = Subject.${name}(List.of(item), ${f.c1});\n        assertNotNull(result);\n        assertEquals(${v1}, item.${f.a}, 0.001);\n    }\n\n`;
        break;
      default:
        text = `    [Fact]\n    public void ${pascal(...fnWords(f))}When${cap(f.a)}Is${v1}()\n    {\n        var item = Item(${v1}, ${v2}, "${f.l[0]}");\n        var result = Subject.${pascal(...fnWords(f))}(new[] { item }, ${f.c1});\n        Assert.NotNull(result);\n        Assert.Equal(${v1}, item.${cap(f.a)}, 3);\n    }\n\n`;
    }
    cases.push(text);
    size += text.length;
  }
  const body = cases.join('');
  switch (lang) {
    case 'ts':
      return `import { describe, expect, it } from 'vitest';\nimport * as subject from '../src/${ctx.area}/${ctx.module}';\n\nconst { ${[...new Set(body.match(/(?<=const result = )\w+/g))].join(', ')} } = subject as any;\nconst base = { id: 'x-1', status: 'open', region: 'north', code: 'A1', label: 'a', category: 'c', tier: 't', origin: 'o', owner: 'w' };\n\ndescribe('${ctx.module}', () => {\n${body}});\n`;
    case 'py':
      return `import pytest\n\nfrom ${ctx.pkg}.${ctx.area}.${ctx.module} import *  # noqa: F403\n\n\ndef make_item(**fields):\n    return dict(id="x-1", **fields)\n\n\n${body}`;
    case 'go':
      return `package ${ctx.area}\n\nimport "testing"\n\n${body}`;
    case 'java':
      return `package com.acme.${ctx.pkg}.${ctx.area};\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\nimport static org.junit.jupiter.api.Assertions.assertNotNull;\n\nimport java.util.List;\nimport org.junit.jupiter.api.Test;\n\nclass ${pascal(ctx.noun, ctx.area)}${ctx.index}Test {\n\n${body}}\n`;
    default:
      return `using Xunit;\n\nnamespace Acme.${pascal(ctx.pkg)}.Tests;\n\npublic class ${pascal(ctx.noun, ctx.area)}${ctx.index}Tests\n{\n${body}}\n`;
  }
}

// ---------------------------------------------------------------------------------------------
// Integration code: what the scanner is there to find

const envKey = (name) => name.toUpperCase().replace(/-/g, '_');

/** The integration files of a service: [relative path inside the service, text]. */
function integrationFiles(r, svc, peers) {
  const files = [];
  const target = (i) => peers[i % peers.length];
  const http = target(0);
  const grpcPeer = target(1);
  const topic = `${svc.noun}-events`;
  const inTopic = `${target(2).noun}-events`;
  const filler = (lang, count) => {
    let out = '';
    const T = pascal(svc.noun, 'Row');
    const render = { ts: tsFunction, py: pyFunction, go: goFunction, java: javaMethod, cs: csMethod }[lang];
    for (let i = 0; i < count; i += 1) out += `\n${render(functionSpec(r, svc.noun), T)}`;
    return lang === 'py' ? out.replace(/\ndef /g, '\n\ndef ') : out;
  };
  const n = r.int(3, 12);
  switch (svc.lang) {
    case 'ts': {
      files.push([`src/clients/${http.name}-client.ts`, `import axios from 'axios';\n\nconst BASE_URL = process.env.${envKey(http.name)}_URL ?? 'http://${http.name}:8080';\nconst client = axios.create({ baseURL: BASE_URL, timeout: 5000 });\n\nexport async function get${pascal(http.noun)}(id: string) {\n  const response = await client.get(\`/api/v1/${http.noun}s/\${id}\`);\n  return response.data;\n}\n\nexport async function notify${pascal(target(3).noun)}(payload: unknown) {\n  return fetch('http://${target(3).name}:8080/api/v1/notifications', { method: 'POST', body: JSON.stringify(payload) });\n}\n${filler('ts', n).replace(/\n(export )?function/g, '\nfunction')}`]);
      if (svc.grpc) files.push([`src/clients/${grpcPeer.name}-grpc.ts`, `import * as grpc from '@grpc/grpc-js';\nimport { proto } from '../generated/protos';\n\nconst addr = process.env.${envKey(grpcPeer.name)}_ADDR || '${grpcPeer.name}:50051';\nexport const ${camel(grpcPeer.noun)}Client = new proto.acme.${pascal(grpcPeer.noun)}Service(addr, grpc.credentials.createInsecure());\n`]);
      if (svc.kafka) files.push([`src/events/${svc.noun}-events.ts`, `import { Kafka } from 'kafkajs';\n\nconst kafka = new Kafka({ clientId: '${svc.name}', brokers: [process.env.KAFKA_BROKERS!] });\nconst TOPIC = '${topic}';\n\nexport async function publish(messages: { value: string }[]) {\n  await kafka.producer().send({ topic: TOPIC, messages });\n}\n\nexport async function listen(consumer: any) {\n  await consumer.subscribe({ topics: ['${inTopic}'] });\n}\n${filler('ts', n)}`]);
      if (svc.db) files.push([`src/store/${svc.noun}-repository.ts`, `import { Pool } from 'pg';\n\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\n\nexport async function find${pascal(svc.noun)}(id: string) {\n  const { rows } = await pool.query('select * from ${svc.noun}s where id = $1', [id]);\n  return rows[0];\n}\n${filler('ts', n)}`]);
      if (svc.redis) files.push([`src/store/cache.ts`, `import Redis from 'ioredis';\n\nexport const cache = new Redis(process.env.REDIS_HOST ?? 'redis', 6379);\n`]);
      files.push([`src/config.ts`, `export const config = {\n  port: Number(process.env.PORT ?? 8080),\n  logLevel: process.env.LOG_LEVEL ?? 'info',\n  region: process.env.REGION ?? 'eu-west-1',\n};\n`]);
      break;
    }
    case 'py': {
      files.push([`${svc.pkg}/clients/${snakeOf(camel(...http.name.split('-')))}_client.py`, `import os\n\nimport requests\n\n${envKey(http.name)} = os.environ.get("${envKey(http.name)}_URL", "http://${http.name}:8000")\n\n\ndef get_${http.noun}(item_id):\n    return requests.get(f"{${envKey(http.name)}}/api/v1/${http.noun}s/{item_id}", timeout=3).json()\n\n\ndef notify(payload):\n    with requests.Session() as session:\n        session.post(os.environ["${envKey(target(3).name)}_URL"] + "/api/v1/notifications", json=payload)\n${filler('py', n)}`]);
      if (svc.grpc) files.push([`${svc.pkg}/clients/grpc_clients.py`, `import os\n\nimport grpc\n\nfrom ${svc.pkg}.protos import ${grpcPeer.noun}_pb2_grpc\n\n\ndef ${grpcPeer.noun}_stub():\n    addr = os.environ.get("${envKey(grpcPeer.name)}_ADDR", "${grpcPeer.name}:50051")\n    channel = grpc.insecure_channel(addr)\n    return ${grpcPeer.noun}_pb2_grpc.${pascal(grpcPeer.noun)}ServiceStub(channel)\n`]);
      if (svc.kafka) files.push([`${svc.pkg}/events/${svc.noun}_events.py`, `import os\n\nfrom confluent_kafka import Consumer, Producer\n\nproducer = Producer({"bootstrap.servers": os.environ["KAFKA_BOOTSTRAP"]})\n\n\ndef publish(payload):\n    producer.produce("${topic}", value=payload)\n\n\ndef listen():\n    consumer = Consumer({"bootstrap.servers": "kafka:9092", "group.id": "${svc.name}"})\n    consumer.subscribe(["${inTopic}"])\n    return consumer\n${filler('py', n)}`]);
      if (svc.db) files.push([`${svc.pkg}/store/repository.py`, `import os\n\nimport psycopg2\n\n\ndef connect():\n    return psycopg2.connect(os.environ["DATABASE_URL"])\n${filler('py', n)}`]);
      if (svc.redis) files.push([`${svc.pkg}/store/cache.py`, `import os\n\nimport redis\n\ncache = redis.Redis(host=os.environ.get("REDIS_HOST", "redis"), port=6379)\n`]);
      files.push([`${svc.pkg}/settings.py`, `import os\n\nPORT = int(os.environ.get("PORT", "8000"))\nLOG_LEVEL = os.getenv("LOG_LEVEL", "info")\n`]);
      break;
    }
    case 'go': {
      files.push([`internal/clients/${http.noun}_client.go`, `package clients\n\nimport (\n\t"fmt"\n\t"math"\n\t"net/http"\n\t"os"\n\t"sort"\n\t"errors"\n)\n\nvar _ = math.Round\nvar _ = sort.Strings\nvar _ = errors.New\n\nconst base = "http://${http.name}:8080"\n\n// Get${pascal(http.noun)} reads one ${http.noun}.\nfunc Get${pascal(http.noun)}(id string) (*http.Response, error) {\n\treturn http.Get(fmt.Sprintf("%s/api/v1/${http.noun}s/%s", base, id))\n}\n\n// Notify tells ${target(3).name}.\nfunc Notify() (*http.Response, error) {\n\treq, _ := http.NewRequest("POST", os.Getenv("${envKey(target(3).name)}_URL")+"/api/v1/notifications", nil)\n\treturn http.DefaultClient.Do(req)\n}\n${filler('go', n).replace(/\[\]\w+Row/g, '[]Row').replace(/item \w+Row/g, 'item Row')}\n// Row is a row.\ntype Row struct {\n${NUMERIC.map((x) => `\t${cap(x)} float64\n`).join('')}${TEXT.map((x) => `\t${cap(x)} string\n`).join('')}}\n`]);
      if (svc.grpc) files.push([`internal/clients/${grpcPeer.noun}_grpc.go`, `package clients\n\nimport (\n\t"os"\n\n\t"google.golang.org/grpc"\n\tpb "acme.example/monorepo/gen/${grpcPeer.noun}"\n)\n\n// Dial${pascal(grpcPeer.noun)} connects to ${grpcPeer.name}.\nfunc Dial${pascal(grpcPeer.noun)}() (pb.${pascal(grpcPeer.noun)}ServiceClient, error) {\n\taddr := os.Getenv("${envKey(grpcPeer.name)}_ADDR")\n\tconn, err := grpc.Dial(addr, grpc.WithInsecure())\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn pb.New${pascal(grpcPeer.noun)}ServiceClient(conn), nil\n}\n`]);
      if (svc.kafka) files.push([`internal/events/events.go`, `package events\n\nimport (\n\t"os"\n\n\t"github.com/segmentio/kafka-go"\n)\n\nconst topic = "${topic}"\n\n// New opens the writer and the reader.\nfunc New() (*kafka.Writer, *kafka.Reader) {\n\tw := &kafka.Writer{Addr: kafka.TCP("kafka:9092"), Topic: topic}\n\tr := kafka.NewReader(kafka.ReaderConfig{Brokers: []string{os.Getenv("KAFKA_ADDR")}, Topic: "${inTopic}", GroupID: "${svc.name}"})\n\treturn w, r\n}\n`]);
      if (svc.db) files.push([`internal/store/db.go`, `package store\n\nimport (\n\t"database/sql"\n\t"os"\n\n\t_ "github.com/jackc/pgx/v5/stdlib"\n)\n\n// Open opens the database.\nfunc Open() (*sql.DB, error) {\n\treturn sql.Open("pgx", os.Getenv("DATABASE_URL"))\n}\n`]);
      files.push([`internal/config/config.go`, `package config\n\nimport "os"\n\n// Port is the listening port.\nvar Port = os.Getenv("PORT")\n`]);
      break;
    }
    case 'java': {
      const base = `src/main/java/com/acme/${svc.pkg}`;
      files.push([`${base}/clients/${pascal(http.noun)}Client.java`, `package com.acme.${svc.pkg}.clients;\n\nimport java.util.HashMap;\nimport java.util.List;\nimport java.util.Map;\nimport java.util.stream.Collectors;\nimport org.springframework.beans.factory.annotation.Value;\nimport org.springframework.stereotype.Component;\nimport org.springframework.web.client.RestTemplate;\n\n@Component\npublic class ${pascal(http.noun)}Client {\n    @Value("\${${http.noun}.base-url}") private String baseUrl;\n    private final RestTemplate rest = new RestTemplate();\n\n    public String get${pascal(http.noun)}(String id) {\n        return rest.getForObject("http://${http.name}:8080/api/v1/${http.noun}s/" + id, String.class);\n    }\n\n    public static final class Row {\n${NUMERIC.map((x) => `        public double ${x};\n`).join('')}${TEXT.map((x) => `        public String ${x};\n`).join('')}    }\n${filler('java', n).replace(/\b\w+Row\b/g, 'Row')}}\n`]);
      if (svc.grpc) files.push([`${base}/clients/${pascal(grpcPeer.noun)}Channel.java`, `package com.acme.${svc.pkg}.clients;\n\nimport io.grpc.ManagedChannel;\nimport io.grpc.ManagedChannelBuilder;\n\npublic final class ${pascal(grpcPeer.noun)}Channel {\n    public static ManagedChannel open() {\n        return ManagedChannelBuilder.forAddress("${grpcPeer.name}", 50051).usePlaintext().build();\n    }\n}\n`]);
      if (svc.kafka) files.push([`${base}/events/${pascal(svc.noun)}Events.java`, `package com.acme.${svc.pkg}.events;\n\nimport org.springframework.kafka.annotation.KafkaListener;\nimport org.springframework.kafka.core.KafkaTemplate;\nimport org.springframework.stereotype.Component;\n\n@Component\nclass ${pascal(svc.noun)}Events {\n    private static final String TOPIC = "${topic}";\n    private final KafkaTemplate<String, String> kafka;\n\n    ${pascal(svc.noun)}Events(KafkaTemplate<String, String> kafka) {\n        this.kafka = kafka;\n    }\n\n    void publish(String message) {\n        kafka.send(TOPIC, message);\n    }\n\n    @KafkaListener(topics = {"${inTopic}"}, groupId = "${svc.name}")\n    void on${pascal(target(2).noun)}(String message) {\n    }\n}\n`]);
      files.push([`${base}/config/Settings.java`, `package com.acme.${svc.pkg}.config;\n\npublic final class Settings {\n    public static String region() {\n        return System.getenv("REGION");\n    }\n}\n`]);
      break;
    }
    default: {
      const base = `src/${pascal(...svc.name.split('-'))}`;
      files.push([`${base}/Clients/${pascal(http.noun)}Client.cs`, `using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Net.Http;\nusing System.Threading.Tasks;\n\nnamespace Acme.${pascal(svc.pkg)}.Clients;\n\npublic class ${pascal(http.noun)}Client\n{\n    private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri(Environment.GetEnvironmentVariable("${envKey(http.name)}_URL")) };\n\n    public Task<string> Get${pascal(http.noun)}(string id) => _http.GetStringAsync($"http://${http.name}:8080/api/v1/${http.noun}s/{id}");\n\n    public sealed class Row\n    {\n${NUMERIC.map((x) => `        public double ${cap(x)} { get; set; }\n`).join('')}${TEXT.map((x) => `        public string ${cap(x)} { get; set; } = "";\n`).join('')}    }\n${filler('cs', n).replace(/\b\w+Row\b/g, 'Row')}}\n`]);
      if (svc.grpc) files.push([`${base}/Clients/${pascal(grpcPeer.noun)}Channel.cs`, `using System;\nusing Grpc.Net.Client;\n\nnamespace Acme.${pascal(svc.pkg)}.Clients;\n\npublic static class ${pascal(grpcPeer.noun)}Channel\n{\n    public static GrpcChannel Open() => GrpcChannel.ForAddress(Environment.GetEnvironmentVariable("${envKey(grpcPeer.name)}_ADDR"));\n}\n`]);
      if (svc.kafka) files.push([`${base}/Events/${pascal(svc.noun)}Events.cs`, `using System;\nusing Confluent.Kafka;\n\nnamespace Acme.${pascal(svc.pkg)}.Events;\n\npublic class ${pascal(svc.noun)}Events\n{\n    const string Topic = "${topic}";\n\n    public async void Run(IProducer<string, string> producer, IConsumer<string, string> consumer, string v)\n    {\n        var config = new ProducerConfig { BootstrapServers = Environment.GetEnvironmentVariable("KAFKA_BROKERS") };\n        await producer.ProduceAsync(Topic, new Message<string, string> { Value = v });\n        consumer.Subscribe("${inTopic}");\n    }\n}\n`]);
      if (svc.db) files.push([`${base}/Store/Database.cs`, `using Npgsql;\n\nnamespace Acme.${pascal(svc.pkg)}.Store;\n\npublic static class Database\n{\n    public static NpgsqlConnection Open(string connectionString) => new NpgsqlConnection(connectionString);\n}\n`]);
    }
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// Config, data and binaries

function dotenv(svc, peers) {
  const lines = [`PORT=${svc.port}`, `LOG_LEVEL=info`, `REGION=eu-west-1`];
  for (const peer of peers.slice(0, 4)) lines.push(`${envKey(peer.name)}_URL=http://${peer.name}:${peer.port}`);
  if (svc.db) lines.push(`DATABASE_URL=postgres://${svc.noun}:changeme@${svc.name}-db:5432/${svc.noun}`);
  if (svc.kafka) lines.push('KAFKA_BROKERS=kafka:9092');
  if (svc.redis) lines.push('REDIS_HOST=redis');
  return `${lines.join('\n')}\n`;
}

function springYaml(svc, peers) {
  return `server:\n  port: ${svc.port}\nspring:\n  application:\n    name: ${svc.name}\n${svc.db ? `  datasource:\n    url: jdbc:postgresql://${svc.name}-db:5432/${svc.noun}\n    username: ${svc.noun}\n` : ''}${svc.redis ? `  data:\n    redis:\n      host: redis\n      port: 6379\n` : ''}${svc.kafka ? `  kafka:\n    bootstrap-servers: kafka:9092\n` : ''}${peers.slice(0, 3).map((peer) => `${peer.noun}:\n  base-url: http://${peer.name}:${peer.port}\n`).join('')}management:\n  endpoints:\n    web:\n      exposure:\n        include: health,info\n`;
}

function appsettings(svc, peers) {
  const doc = {
    Logging: { LogLevel: { Default: 'Information', 'Microsoft.AspNetCore': 'Warning' } },
    AllowedHosts: '*',
    ConnectionStrings: svc.db ? { Default: `Host=${svc.name}-db;Port=5432;Database=${svc.noun};Username=${svc.noun};Password=changeme` } : {},
    Services: Object.fromEntries(peers.slice(0, 3).map((peer) => [pascal(peer.noun), { BaseUrl: `http://${peer.name}:${peer.port}` }])),
    ...(svc.kafka ? { Kafka: { BootstrapServers: 'kafka:9092' } } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function k8sManifest(svc, peers) {
  const env = peers.slice(0, 3).map((peer) => `            - name: ${envKey(peer.name)}_URL\n              value: http://${peer.name}:${peer.port}\n`).join('');
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${svc.name}\n  labels:\n    app: ${svc.name}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: ${svc.name}\n  template:\n    metadata:\n      labels:\n        app: ${svc.name}\n    spec:\n      containers:\n        - name: ${svc.name}\n          image: registry.acme.example/${svc.name}:1.${svc.index}.0\n          ports:\n            - containerPort: ${svc.port}\n          env:\n${env}${svc.kafka ? '            - name: KAFKA_BROKERS\n              value: kafka:9092\n' : ''}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${svc.name}\nspec:\n  selector:\n    app: ${svc.name}\n  ports:\n    - port: ${svc.port}\n      targetPort: ${svc.port}\n`;
}

function helmChart(svc, peers) {
  return [
    ['chart/Chart.yaml', `apiVersion: v2\nname: ${svc.name}\ndescription: ${svc.name} Helm chart\ntype: application\nversion: 0.${svc.index}.0\nappVersion: "1.${svc.index}.0"\n`],
    ['chart/values.yaml', `replicaCount: 2\nimage:\n  repository: registry.acme.example/${svc.name}\n  tag: "1.${svc.index}.0"\nservice:\n  port: ${svc.port}\nconfig:\n${peers.slice(0, 3).map((peer) => `  ${camel(peer.noun)}Url: http://${peer.name}:${peer.port}\n`).join('')}resources:\n  limits:\n    cpu: 500m\n    memory: 512Mi\n`],
    ['chart/templates/deployment.yaml', `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "${svc.name}.fullname" . }}\nspec:\n  replicas: {{ .Values.replicaCount }}\n  template:\n    spec:\n      containers:\n        - name: {{ .Chart.Name }}\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n          ports:\n            - containerPort: {{ .Values.service.port }}\n`],
    ['chart/templates/service.yaml', `apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "${svc.name}.fullname" . }}\nspec:\n  ports:\n    - port: {{ .Values.service.port }}\n`],
  ];
}

function openapi(r, svc) {
  const paths = [];
  for (let i = 0, count = r.int(4, 30); i < count; i += 1) {
    const noun = r.pick(NOUNS);
    paths.push(`  /api/v1/${noun}s/{id}/${r.pick(VERBS)}:\n    get:\n      operationId: ${camel(r.pick(VERBS), noun)}${i}\n      summary: ${sentence(r, 6)}\n      parameters:\n        - name: id\n          in: path\n          required: true\n          schema:\n            type: string\n      responses:\n        "200":\n          description: OK\n          content:\n            application/json:\n              schema:\n                $ref: "#/components/schemas/${pascal(noun)}"\n`);
  }
  return `openapi: 3.0.3\ninfo:\n  title: ${svc.name} API\n  version: 1.${svc.index}.0\nservers:\n  - url: http://${svc.name}:${svc.port}\npaths:\n${paths.join('')}components:\n  schemas:\n${NOUNS.slice(0, 8).map((noun) => `    ${pascal(noun)}:\n      type: object\n      properties:\n        id:\n          type: string\n        amount:\n          type: number\n`).join('')}`;
}

function proto(svc) {
  return `syntax = "proto3";\n\npackage acme.${svc.noun}.v1;\n\noption go_package = "acme.example/monorepo/gen/${svc.noun}";\n\nservice ${pascal(svc.noun)}Service {\n  rpc Get${pascal(svc.noun)} (Get${pascal(svc.noun)}Request) returns (${pascal(svc.noun)});\n  rpc List${pascal(svc.noun)}s (List${pascal(svc.noun)}sRequest) returns (List${pascal(svc.noun)}sResponse);\n}\n\nmessage Get${pascal(svc.noun)}Request {\n  string id = 1;\n}\n\nmessage List${pascal(svc.noun)}sRequest {\n  int32 page_size = 1;\n  string page_token = 2;\n}\n\nmessage List${pascal(svc.noun)}sResponse {\n  repeated ${pascal(svc.noun)} items = 1;\n  string next_page_token = 2;\n}\n\nmessage ${pascal(svc.noun)} {\n  string id = 1;\n${NUMERIC.map((n, i) => `  double ${snakeOf(n)} = ${i + 2};\n`).join('')}}\n`;
}

function jsonFixture(r, target) {
  const parts = [];
  let size = 2;
  let id = r.int(1, 90000);
  while (size < target) {
    const lines = [];
    for (let i = 0, count = r.int(1, 4); i < count; i += 1) lines.push(`{"sku":"${r.pick(NOUNS).slice(0, 3).toUpperCase()}-${r.int(100, 999)}","quantity":${r.int(1, 9)},"unitPrice":${r.num(1, 300)}}`);
    const text = `  {"id":"${(id += 1)}","status":"${r.pick(LABELS)}","region":"${r.pick(['north', 'south', 'east', 'west'])}","tier":"${r.pick(LABELS)}","amount":${r.num(1, 9000)},"createdDay":${r.int(1, 365)},"lines":[${lines.join(',')}],"note":"${sentence(r, r.int(3, 10))}"}`;
    parts.push(text);
    size += text.length + 2;
  }
  return `[\n${parts.join(',\n')}\n]\n`;
}

function csvData(r, target) {
  const rows = ['id,day,region,tier,sku,quantity,unit_price,amount,status'];
  let size = rows[0].length;
  let id = r.int(1, 90000);
  while (size < target) {
    const q = r.int(1, 50);
    const p = r.num(1, 400);
    const row = `${(id += 1)},${r.int(1, 365)},${r.pick(['north', 'south', 'east', 'west'])},${r.pick(LABELS)},${r.pick(NOUNS).slice(0, 3).toUpperCase()}-${r.int(100, 999)},${q},${p},${(q * p).toFixed(2)},${r.pick(LABELS)}`;
    rows.push(row);
    size += row.length + 1;
  }
  return `${rows.join('\n')}\n`;
}

function markdown(r, title, target) {
  let text = `# ${title}\n\n`;
  while (text.length < target) {
    const roll = r.next();
    if (roll < 0.15) text += `## ${cap(r.pick(VERBS))} ${r.pick(NOUNS)} ${r.pick(['rules', 'flow', 'limits', 'notes'])}\n\n`;
    else if (roll < 0.25) text += `- ${sentence(r, r.int(5, 10))}\n- ${sentence(r, r.int(5, 10))}\n- ${sentence(r, r.int(5, 10))}\n\n`;
    else if (roll < 0.3) text += `| field | meaning |\n|---|---|\n| ${r.pick(NUMERIC)} | ${sentence(r, 6)} |\n| ${r.pick(TEXT)} | ${sentence(r, 6)} |\n\n`;
    else text += `${sentence(r)} ${sentence(r)} ${sentence(r)}\n\n`;
  }
  return text;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(buffer) {
  let c = 0xffffffff;
  for (let i = 0; i < buffer.length; i += 1) c = CRC_TABLE[(c ^ buffer[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
/** A valid RGB PNG of about `target` bytes of noise (incompressible, stored deflate). */
function png(r, target) {
  const width = 64;
  const height = Math.max(1, Math.round(target / (width * 3 + 1)));
  const raw = r.bytes(height * (width * 3 + 1));
  for (let y = 0; y < height; y += 1) raw[y * (width * 3 + 1)] = 0;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------------------------------------
// The tree

class Writer {
  constructor(root) {
    this.root = root;
    this.dirs = new Set();
    this.files = 0;
    this.bytes = 0;
    this.byCategory = {};
  }
  write(rel, content, category) {
    const path = join(this.root, rel);
    const dir = dirname(path);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    writeFileSync(path, data);
    this.files += 1;
    this.bytes += data.length;
    const entry = (this.byCategory[category] ??= { files: 0, bytes: 0 });
    entry.files += 1;
    entry.bytes += data.length;
  }
}

const LANG_WEIGHTS = [['ts', 30], ['java', 25], ['py', 20], ['go', 15], ['cs', 10]];
const EXT = { ts: 'ts', py: 'py', go: 'go', java: 'java', cs: 'cs' };

function planServices(r, count) {
  const services = [];
  const names = new Set();
  for (let index = 0; index < count; index += 1) {
    const lang = index < 5 ? ['ts', 'py', 'go', 'java', 'cs'][index] : r.weighted(LANG_WEIGHTS);
    const noun = r.pick(NOUNS);
    let name = `${noun}-${r.pick(KINDS)}`;
    if (names.has(name)) name = `${name}-${index}`;
    names.add(name);
    services.push({
      index,
      lang,
      noun,
      name,
      pkg: name.replace(/-/g, '_'),
      port: lang === 'py' ? 8000 : 8080,
      grpc: r.chance(0.4),
      kafka: r.chance(0.4),
      db: r.chance(0.7),
      redis: r.chance(0.3),
      helm: r.chance(0.33),
      openapi: r.chance(0.5),
    });
  }
  return services;
}

/** Writes one service; returns the number of integration files planted. */
function writeService(r, w, svc, services) {
  const root = `services/${svc.name}`;
  const peers = [];
  for (let i = 0; i < 5; i += 1) peers.push(services[(svc.index + 1 + r.int(0, services.length - 2)) % services.length]);
  const others = peers.filter((peer) => peer !== svc);
  if (others.length === 0) others.push(svc);
  const ext = EXT[svc.lang];
  const L = svc.lang;

  // Where code and tests live, per language.
  const codePath = (area, module) =>
    L === 'ts' ? `src/${area}/${module}.ts`
    : L === 'py' ? `${svc.pkg}/${area}/${module}.py`
    : L === 'go' ? `internal/${area}/${module}.go`
    : L === 'java' ? `src/main/java/com/acme/${svc.pkg}/${area}/${module}.java`
    : `src/${pascal(...svc.name.split('-'))}/${pascal(area)}/${module}.cs`;
  const testPath = (area, module) =>
    L === 'ts' ? `test/${area}/${module}.test.ts`
    : L === 'py' ? `tests/${area}/test_${module}.py`
    : L === 'go' ? `internal/${area}/${module}_test.go`
    : L === 'java' ? `src/test/java/com/acme/${svc.pkg}/${area}/${module}Test.java`
    : `tests/${pascal(...svc.name.split('-'))}.Tests/${pascal(area)}/${module}Tests.cs`;
  const moduleName = (noun, area, index) =>
    L === 'ts' ? `${noun}-${kebabOf(area)}-${index}` : L === 'py' || L === 'go' ? `${noun}_${area}_${index}` : `${pascal(noun, area)}${index}`;

  // Project markers and build files.
  if (L === 'ts') {
    w.write(`${root}/package.json`, `${JSON.stringify({ name: `@acme/${svc.name}`, version: `1.${svc.index}.0`, private: true, type: 'module', scripts: { build: 'tsc', test: 'vitest run' }, dependencies: { axios: '^1.7.0', kafkajs: '^2.2.4', pg: '^8.12.0', '@grpc/grpc-js': '^1.10.0', ioredis: '^5.4.0' }, devDependencies: { typescript: '^5.5.0', vitest: '^2.0.0' } }, null, 2)}\n`, 'config');
    w.write(`${root}/tsconfig.json`, `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, outDir: 'dist' }, include: ['src'] }, null, 2)}\n`, 'config');
  } else if (L === 'py') {
    w.write(`${root}/pyproject.toml`, `[project]\nname = "${svc.name}"\nversion = "1.${svc.index}.0"\nrequires-python = ">=3.11"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n`, 'config');
    w.write(`${root}/requirements.txt`, 'requests==2.32.3\nconfluent-kafka==2.4.0\npsycopg2-binary==2.9.9\ngrpcio==1.64.1\nredis==5.0.7\n', 'config');
  } else if (L === 'go') {
    w.write(`${root}/go.mod`, `module acme.example/monorepo/services/${svc.name}\n\ngo 1.22\n\nrequire (\n\tgithub.com/segmentio/kafka-go v0.4.47\n\tgoogle.golang.org/grpc v1.64.0\n\tgithub.com/jackc/pgx/v5 v5.6.0\n)\n`, 'config');
  } else if (L === 'java') {
    w.write(`${root}/pom.xml`, `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n    <groupId>com.acme</groupId>\n    <artifactId>services-parent</artifactId>\n    <version>1.0.0</version>\n  </parent>\n  <artifactId>${svc.name}</artifactId>\n  <dependencies>\n    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>\n    <dependency><groupId>org.springframework.kafka</groupId><artifactId>spring-kafka</artifactId></dependency>\n  </dependencies>\n</project>\n`, 'config');
  } else {
    w.write(`${root}/${pascal(...svc.name.split('-'))}.csproj`, `<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include="Confluent.Kafka" Version="2.4.0" />\n    <PackageReference Include="Npgsql" Version="8.0.3" />\n    <PackageReference Include="Grpc.Net.Client" Version="2.63.0" />\n  </ItemGroup>\n</Project>\n`, 'config');
  }
  w.write(`${root}/Dockerfile`, `FROM ${{ ts: 'node:20-slim', py: 'python:3.12-slim', go: 'golang:1.22', java: 'eclipse-temurin:21-jre', cs: 'mcr.microsoft.com/dotnet/aspnet:8.0' }[L]}\nWORKDIR /app\nCOPY . .\nEXPOSE ${svc.port}\n`, 'config');
  w.write(`${root}/README.md`, markdown(r, `${svc.name}`, r.size(3000, 0.6, 600, 20000)), 'docs');
  if (r.chance(0.5)) w.write(`${root}/.gitignore`, `*.log\ncoverage/\n.cache/\n`, 'config');

  // Deployment config.
  if (L === 'java') w.write(`${root}/src/main/resources/application.yml`, springYaml(svc, others), 'config');
  else if (L === 'cs') {
    w.write(`${root}/appsettings.json`, appsettings(svc, others), 'config');
    w.write(`${root}/appsettings.Development.json`, `${JSON.stringify({ Logging: { LogLevel: { Default: 'Debug' } } }, null, 2)}\n`, 'config');
  } else w.write(`${root}/.env`, dotenv(svc, others), 'config');
  w.write(`${root}/deploy/k8s/deployment.yaml`, k8sManifest(svc, others), 'config');
  if (svc.helm) for (const [rel, text] of helmChart(svc, others)) w.write(`${root}/${rel}`, text, 'config');
  if (svc.openapi) w.write(`${root}/api/openapi.yaml`, openapi(r, svc), 'config');
  if (L === 'ts' || L === 'py') for (const locale of ['en', 'de', 'fr'].slice(0, r.int(1, 3))) {
    let text = '';
    for (let i = 0, count = r.int(20, 120); i < count; i += 1) text += `${r.pick(NOUNS)}_${r.pick(VERBS)}_${i}: "${sentence(r, r.int(3, 9))}"\n`;
    w.write(`${root}/locales/${locale}.yaml`, text, 'config (unrelated YAML)');
  }

  // Integration code.
  const planted = integrationFiles(r, svc, others);
  for (const [rel, text] of planted) w.write(`${root}/${rel}`, text, 'code (integrations)');

  // Plain code and tests.
  const plainCount = r.int(60, 110);
  const modules = [];
  for (let i = 0; i < plainCount; i += 1) {
    const area = r.pick(AREAS);
    const noun = r.chance(0.5) ? svc.noun : r.pick(NOUNS);
    const module = moduleName(noun, area, i);
    const incidental = r.chance(INCIDENTAL_RATE);
    modules.push({ area, noun, module, index: i });
    w.write(`${root}/${codePath(area, module)}`, plainCode(r, L, { noun, area, pkg: svc.pkg, index: i }, r.size(5000, 0.7, 400, 90000), incidental), incidental ? 'code (plain, incidental trigger word)' : 'code (plain)');
  }
  const testCount = r.int(25, 45);
  for (let i = 0; i < testCount; i += 1) {
    const m = modules[i % modules.length];
    w.write(`${root}/${testPath(m.area, m.module)}`, testCode(r, L, { ...m, pkg: svc.pkg }, r.size(3800, 0.6, 400, 40000)), 'code (tests)');
  }

  // Docs, fixtures, data, assets.
  for (let i = 0, count = r.int(4, 12); i < count; i += 1) w.write(`${root}/docs/${r.pick(NOUNS)}-${r.pick(['flow', 'rules', 'runbook', 'design', 'faq'])}-${i}.md`, markdown(r, `${cap(r.pick(NOUNS))} ${r.pick(['flow', 'rules', 'runbook', 'design'])}`, r.size(4500, 0.6, 500, 40000)), 'docs');
  const fixtureDir = L === 'py' ? 'tests/fixtures' : L === 'java' ? 'src/test/resources/fixtures' : L === 'go' ? 'testdata' : 'test/fixtures';
  for (let i = 0, count = r.int(10, 30); i < count; i += 1) w.write(`${root}/${fixtureDir}/${r.pick(NOUNS)}-${i}.json`, jsonFixture(r, r.size(10000, 1.0, 300, 700000)), 'fixtures (JSON)');
  for (let i = 0, count = r.int(3, 9); i < count; i += 1) w.write(`${root}/data/${r.pick(NOUNS)}-${r.pick(['export', 'sample', 'seed', 'history'])}-${i}.csv`, csvData(r, r.size(35000, 1.0, 1000, 900000)), 'data (CSV)');
  if (r.chance(0.15)) w.write(`${root}/data/${svc.noun}-history-full.csv`, csvData(r, r.int(1_200_000, 3_500_000)), 'data (CSV, > 1 MB)');
  for (let i = 0, count = r.int(5, 14); i < count; i += 1) w.write(`${root}/assets/${r.pick(NOUNS)}-${r.pick(['icon', 'banner', 'chart', 'logo'])}-${i}.png`, png(r, r.size(14000, 0.8, 300, 250000)), 'assets (PNG, binary)');

  // Git-ignored reports (not a folder the scanner skips by name: only .gitignore leaves it out).
  w.write(`${root}/reports/junit.xml`, `<?xml version="1.0"?>\n<testsuites>\n${modules.slice(0, 40).map((m) => `  <testcase classname="${m.module}" name="${m.noun}" time="0.${r.int(1, 999)}"/>\n`).join('')}</testsuites>\n`, 'reports (git-ignored)');
  w.write(`${root}/reports/coverage.json`, jsonFixture(r, r.size(30000, 0.6, 2000, 300000)), 'reports (git-ignored)');
  for (let i = 0, count = r.int(1, 5); i < count; i += 1) w.write(`${root}/reports/run-${i}.log`, markdown(r, `run ${i}`, r.size(15000, 0.8, 500, 200000)), 'reports (git-ignored)');

  // Build output (skipped by the scanner by name, and git-ignored).
  const buildCount = r.int(8, 20);
  for (let i = 0; i < buildCount; i += 1) {
    const m = modules[i % modules.length];
    if (L === 'ts') w.write(`${root}/dist/${m.area}/${m.module}.js`, plainCode(r, 'ts', { ...m, pkg: svc.pkg }, r.size(6000, 0.6, 500, 60000), r.chance(0.3)).replace(/: \w+(\[\])?/g, ''), 'build output (skipped)');
    else if (L === 'py') w.write(`${root}/${svc.pkg}/${m.area}/__pycache__/${m.module}.cpython-312.pyc`, r.bytes(r.size(5000, 0.6, 300, 50000)), 'build output (skipped)');
    else if (L === 'go') w.write(`${root}/bin/${svc.name}-${i}`, r.bytes(r.size(20000, 0.8, 1000, 400000)), 'build output (skipped)');
    else if (L === 'java') w.write(`${root}/target/classes/com/acme/${svc.pkg}/${m.area}/${m.module}.class`, r.bytes(r.size(6000, 0.6, 500, 60000)), 'build output (skipped)');
    else w.write(`${root}/${i % 2 ? 'bin/Debug/net8.0' : 'obj'}/${m.module}.${i % 2 ? 'dll' : 'json'}`, i % 2 ? r.bytes(r.size(12000, 0.6, 500, 200000)) : jsonFixture(r, r.size(4000, 0.5, 300, 40000)), 'build output (skipped)');
  }
  // Go vendors its dependencies in the repository (committed: rg searches it, the scanner skips it by name).
  if (L === 'go') {
    for (let i = 0, count = r.int(8, 20); i < count; i += 1) {
      const pkg = r.pick(['github.com/segmentio/kafka-go', 'google.golang.org/grpc', 'github.com/jackc/pgx/v5', 'golang.org/x/net/http2']);
      w.write(`${root}/vendor/${pkg}/${r.pick(VERBS)}_${i}.go`, `// Package vendored from ${pkg}.\npackage ${pkg.split('/').pop().replace(/\W/g, '')}\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nvar _ = http.DefaultClient\nvar _ = os.Getenv\n${plainCode(r, 'go', { noun: r.pick(NOUNS), area: 'vendored', pkg: svc.pkg, index: i }, r.size(8000, 0.7, 500, 80000), false).replace(/^[\s\S]*?\nimport \([\s\S]*?\)\n/, '')}`, 'vendor (skipped)');
    }
  }
  return planted.length;
}

function writeShared(r, w, services, scale) {
  const groups = [];
  for (let i = 0; i < services.length; i += 25) groups.push(services.slice(i, i + 25));
  w.write('.gitignore', 'node_modules/\ndist/\nbuild/\ntarget/\nbin/\nobj/\n__pycache__/\n*.pyc\nreports/\n*.log\n.venv/\n', 'config');
  w.write('README.md', markdown(r, 'Acme monorepo', 12000), 'docs');
  w.write('package.json', `${JSON.stringify({ name: 'acme-monorepo', private: true, workspaces: ['services/*'], devDependencies: { typescript: '^5.5.0', vitest: '^2.0.0', eslint: '^9.0.0' } }, null, 2)}\n`, 'config');
  for (const [g, group] of groups.entries()) {
    const lines = ['services:'];
    for (const svc of group) {
      lines.push(`  ${svc.name}:`, `    build: ../../services/${svc.name}`, `    image: registry.acme.example/${svc.name}:latest`, '    environment:');
      lines.push(`      PORT: "${svc.port}"`);
      if (svc.db) lines.push(`      DATABASE_URL: postgres://${svc.noun}:changeme@postgres:5432/${svc.noun}`);
      if (svc.kafka) lines.push('      KAFKA_BROKERS: kafka:9092');
      const deps = [svc.db ? 'postgres' : '', svc.kafka ? 'kafka' : '', svc.redis ? 'redis' : ''].filter(Boolean);
      if (deps.length) lines.push('    depends_on:', ...deps.map((dep) => `      - ${dep}`));
    }
    lines.push('  postgres:', '    image: postgres:16', '  kafka:', '    image: bitnami/kafka:3.7', '  redis:', '    image: redis:7-alpine');
    w.write(`deploy/compose/docker-compose.group-${g}.yml`, `${lines.join('\n')}\n`, 'config');
  }
  w.write('deploy/k8s/namespace.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: acme\n', 'config');
  w.write('deploy/k8s/kafka.yaml', 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: kafka\nspec:\n  serviceName: kafka\n  template:\n    spec:\n      containers:\n        - name: kafka\n          image: bitnami/kafka:3.7\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: kafka\nspec:\n  ports:\n    - port: 9092\n', 'config');
  for (const svc of services) if (svc.grpc) w.write(`proto/acme/${svc.noun}/v1/${svc.name}.proto`, proto(svc), 'protos');
  for (let i = 0, count = Math.max(3, Math.round(services.length * 0.8)); i < count; i += 1) w.write(`docs/${i % 3 ? 'adr' : 'architecture'}/${String(i).padStart(4, '0')}-${r.pick(VERBS)}-${r.pick(NOUNS)}.md`, markdown(r, `ADR ${i}: ${r.pick(VERBS)} the ${r.pick(NOUNS)}`, r.size(5000, 0.6, 800, 40000)), 'docs');
  for (let i = 0, count = Math.max(1, Math.round(services.length / 10)); i < count; i += 1) w.write(`.github/workflows/ci-${i}.yml`, `name: ci-${i}\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n`, 'config');
  for (let i = 0, count = Math.max(2, Math.round(services.length / 20)); i < count; i += 1) w.write(`tools/scripts/${r.pick(VERBS)}_${r.pick(NOUNS)}_${i}.py`, plainCode(r, 'py', { noun: r.pick(NOUNS), area: 'tools', pkg: 'tools', index: i }, r.size(3000, 0.5, 500, 20000), r.chance(INCIDENTAL_RATE)), 'code (plain)');
  // node_modules: git-ignored and skipped by the scanner by name.
  for (let p = 0, count = Math.max(10, Math.round(services.length * 1.6)); p < count; p += 1) {
    const pkg = `${r.pick(['fast', 'tiny', 'super', 'micro', 'neo', 'http', 'ws', 'pg', 'kafka', 'lodash'])}-${r.pick(NOUNS)}-${p}`;
    w.write(`node_modules/${pkg}/package.json`, `${JSON.stringify({ name: pkg, version: `1.${p % 20}.0`, main: 'index.js' }, null, 2)}\n`, 'node_modules (skipped)');
    for (let f = 0, files = r.int(2, 8); f < files; f += 1) w.write(`node_modules/${pkg}/${f ? `lib/part-${f}` : 'index'}.js`, plainCode(r, 'ts', { noun: r.pick(NOUNS), area: 'lib', pkg, index: f }, r.size(6000, 0.9, 300, 120000), r.chance(0.5)).replace(/: \w+(\[\])?/g, ''), 'node_modules (skipped)');
  }
  // third_party: committed vendored code, skipped by the scanner by name, searched by rg.
  for (let i = 0, count = Math.max(5, Math.round(services.length * 2 * scale)); i < count; i += 1) w.write(`third_party/${r.pick(['zlib', 'sqlite', 'protobuf', 'jsoncpp'])}/src/${r.pick(VERBS)}_${i}.c`, `/* vendored */\n#include <stdlib.h>\n${markdown(r, 'notes', r.size(8000, 0.8, 500, 80000)).replace(/^/gm, '// ')}`, 'vendor (skipped)');
}

/** Generates (or reuses) the tree of a size. Returns the manifest and whether it was reused. */
export function ensureTree(size, { seed = DEFAULT_SEED, force = false, log = console.log } = {}) {
  if (!(size in SIZES)) throw new Error(`unknown size ${size} (full, tenth or hundredth)`);
  const dir = treeDir(size);
  const hash = generatorHash();
  if (!force && existsSync(manifestPath(size)) && existsSync(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestPath(size), 'utf8'));
      if (manifest.seed === seed && manifest.size === size && manifest.generator === hash) return { manifest, reused: true };
    } catch {
      // a broken manifest: generate again
    }
  }
  const started = Date.now();
  const temp = `${dir}.partial`;
  rmSync(temp, { recursive: true, force: true });
  rmSync(manifestPath(size), { force: true });
  const r = prng(seed + SIZES[size]);
  const w = new Writer(temp);
  const services = planServices(r, SIZES[size]);
  let integrationFilesPlanted = 0;
  for (const svc of services) {
    integrationFilesPlanted += writeService(r, w, svc, services);
    if (svc.index % 50 === 49) log(`  ${size}: ${svc.index + 1}/${services.length} services, ${w.files} files, ${(w.bytes / 2 ** 20).toFixed(0)} MiB`);
  }
  writeShared(r, w, services, 1);
  // A git repository, as a real monorepo is: rg honours .gitignore only inside one (no commit is made).
  try {
    execFileSync('git', ['init', '-q', temp], { stdio: 'ignore' });
  } catch {
    log('  git is not available: the tree is not a git repository (run.js passes --no-require-git to rg anyway)');
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(temp, dir);
  const languages = {};
  for (const svc of services) languages[svc.lang] = (languages[svc.lang] ?? 0) + 1;
  const manifest = {
    size,
    seed,
    generator: hash,
    services: services.length,
    languages,
    files: w.files,
    bytes: w.bytes,
    integrationFilesPlanted,
    byCategory: w.byCategory,
    generationMs: Date.now() - started,
  };
  writeFileSync(manifestPath(size), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, reused: false };
}

function parseArgs(argv) {
  const options = { sizes: SIZE_ORDER, seed: DEFAULT_SEED, force: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--size') options.sizes = argv[(i += 1)].split(',');
    else if (arg === '--seed') options.seed = Number(argv[(i += 1)]);
    else if (arg === '--force') options.force = true;
    else throw new Error(`unknown option ${arg}`);
  }
  options.sizes = SIZE_ORDER.filter((size) => options.sizes.includes(size));
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = parseArgs(process.argv.slice(2));
  for (const size of options.sizes) {
    const { manifest, reused } = ensureTree(size, options);
    console.log(`${size}: ${reused ? 'reused' : `generated in ${(manifest.generationMs / 1000).toFixed(1)} s`}: ${manifest.services} services, ${manifest.files} files, ${(manifest.bytes / 2 ** 30).toFixed(3)} GiB → ${treeDir(size)}`);
  }
}
