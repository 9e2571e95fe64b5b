// CLI: analyses saved HTML pages with the extension's engine (linkedom DOMs) and prints a table or one JSON array.
// Usage: npx tsx scripts/analyze.ts [--json] [--no-fast-path] FILE_OR_DIR...
// Exit code: 0 when at least one file was analysed (files that failed get an object with an "error" field), 1 when
// every file failed, 2 on a usage error (no files, unknown option).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { prepareAnalysisKb, type AnalysisKb } from '../core/analysis/analysis-kb';
import { validatePack } from '../core/kb/pack';
import { checkDesignationsSnapshot, knowledgeBaseEntities } from '../db/kb-loader';
import { analyzePage, type PageAnalysis } from '../page/analyze-page';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACK = resolve(root, 'core/kb/packs/north-korea-sanctions.json');
const SNAPSHOT = resolve(root, 'core/designations/snapshot.json');

/** Files larger than this are refused: no real article page comes near it, and parsing one would take minutes. */
export const MAX_BYTES = 16 * 1024 * 1024;
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

/** One line of the output: an analysis, or why the file could not be analysed. */
export type FileResult = ({ file: string } & PageAnalysis) | { file: string; error: string };

let bundled: AnalysisKb | null = null;

/**
 * The bundled knowledge base (topic pack plus designations snapshot, the pack winning on shared ids, as the
 * extension loads them), compiled once per process.
 */
export function loadAnalysisKb(): AnalysisKb {
  bundled ??= compileBundledKb();
  return bundled;
}

function compileBundledKb(): AnalysisKb {
  const pack = validatePack(JSON.parse(readFileSync(PACK, 'utf8')));
  if (!pack.ok) throw new Error(`${PACK}: ${pack.errors.slice(0, 3).join('; ')}`);
  const lists = checkDesignationsSnapshot(JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
  if (!lists.ok) throw new Error(`${SNAPSHOT}: ${lists.errors.slice(0, 3).join('; ')}`);
  const { entities } = knowledgeBaseEntities(pack.pack, lists.snapshot);
  return prepareAnalysisKb({ entities, signals: pack.pack.signals });
}

/** Whether bytes look binary: a NUL, or many control characters, in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

/** Decodes HTML bytes: by BOM, else by `<meta charset>` in the first 2 KB, else as UTF-8. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown charset name: fall back to UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

const VOID_TAGS = new Set(
  'area base br col embed hr img input link meta param source track wbr keygen basefont frame'.split(' '),
);
/** Elements whose end tag may be left out: an unclosed one is closed by the parser, so it does not nest. */
const OPTIONAL_END_TAGS = new Set(
  'p li dt dd tr td th option optgroup rb rt rp rtc thead tbody tfoot colgroup caption html head body'.split(' '),
);
/** Nesting (estimated from the tags) beyond which HTML is refused as broken: browsers stop nesting at 512. */
export const MAX_NESTING = 1024;

/**
 * Estimates how deep the elements of an HTML text nest, from its tags alone (comments, scripts and styles left out):
 * cheap, and enough to catch runaway unclosed tags, on which a parser and Readability would take minutes.
 */
export function estimateNesting(html: string): number {
  const text = html.replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  let depth = 0;
  let max = 0;
  for (const m of text.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const tag = m[2]!.toLowerCase();
    if (VOID_TAGS.has(tag) || OPTIONAL_END_TAGS.has(tag) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** Parses HTML text into a linkedom document. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Analyses one file; every failure becomes a result with an `error`. */
export function analyzeFile(file: string, kb: AnalysisKb, fastPath = true): FileResult {
  try {
    const st = statSync(file, { throwIfNoEntry: false });
    if (!st) return { file, error: 'no such file' };
    if (!st.isFile()) return { file, error: 'not a regular file' };
    if (st.size > MAX_BYTES) {
      return { file, error: `file too large: ${mb(st.size)} (limit ${mb(MAX_BYTES)})` };
    }
    const bytes = readFileSync(file);
    if (looksBinary(bytes)) return { file, error: 'binary file, not HTML' };
    const html = decodeHtml(bytes);
    if (!/<[a-z!][^>]*>/i.test(html)) return { file, error: 'no HTML markup found' };
    const nesting = estimateNesting(html);
    if (nesting > MAX_NESTING) {
      return { file, error: `broken HTML: elements nested ${nesting} deep (browsers stop at 512)` };
    }
    const doc = parseDocument(html);
    if (!doc.documentElement) return { file, error: 'broken HTML: no document element' };
    return { file, ...analyzePage(doc, kb, { fastPath }) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { file, error: `analysis failed: ${message.slice(0, 200)}` };
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The files named on the command line: files as given, directories walked for .html/.htm files (sorted). */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st?.isDirectory()) {
      out.push(p);
      continue;
    }
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (HTML_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full);
      }
    };
    walk(p);
  }
  return out;
}

function table(results: FileResult[]): string {
  const rows = results.map((r) => {
    const file = relative(process.cwd(), r.file) || r.file;
    if ('error' in r) return [file, '-', '-', 'ERROR', '-', r.error];
    const top = r.entities
      .slice(0, 4)
      .map((e) => `${e.name} (${e.count})`)
      .join(', ');
    return [file, r.language, r.pageType, r.verdict, r.score.toFixed(2), top];
  });
  const header = ['file', 'lang', 'type', 'verdict', 'score', 'top entities'];
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c))
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const USAGE = 'Usage: npx tsx scripts/analyze.ts [--json] [--no-fast-path] FILE_OR_DIR...';

/**
 * Runs the CLI on `argv` (without node and the script), writing to `out` and `err`.
 * @returns the exit code: 0 when at least one file was analysed, 1 when every file failed, 2 on a usage error
 */
export function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): number {
  const options = argv.filter((a) => a.startsWith('--'));
  const paths = argv.filter((a) => !a.startsWith('--'));
  const unknown = options.filter((o) => !['--json', '--no-fast-path', '--help'].includes(o));
  if (options.includes('--help')) {
    out(`${USAGE}\n`);
    return 0;
  }
  if (unknown.length > 0 || paths.length === 0) {
    err(`${unknown.length ? `Unknown option ${unknown.join(', ')}. ` : ''}${USAGE}\n`);
    return 2;
  }
  const kb = loadAnalysisKb();
  const fastPath = !options.includes('--no-fast-path');
  const results = expandPaths(paths).map((f) => analyzeFile(f, kb, fastPath));
  if (options.includes('--json')) out(`${JSON.stringify(results, null, 2)}\n`);
  else out(`${table(results)}\n`);
  const failed = results.filter((r) => 'error' in r).length;
  if (failed > 0 && !options.includes('--json')) err(`${failed} of ${results.length} files could not be analysed.\n`);
  return results.length > 0 && failed < results.length ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
