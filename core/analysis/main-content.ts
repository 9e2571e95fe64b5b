// Finds a page's main content in its compact model (Readability's scoring, on blocks instead of a DOM clone).
import { CONTAINER, type ModelBlock, type PageModel } from './page-model';

/** The main content found in a page model. */
export interface MainContent {
  /** Its visible text, block by block separated by newlines ('' when there is none); joined when first read. */
  readonly text: string;
  /** The length of {@link text} (known without joining it). */
  length: number;
  /** Its blocks as ranges of the model's block indices (flat pairs: first, end exclusive), i.e. lines of the page text. */
  lines: number[];
  /** Characters of link text in it. */
  linkLength: number;
  /** Readability's `isProbablyReaderable` on the model: enough long paragraphs to read. */
  readerable: boolean;
}

/** Main text shorter than this makes the finder try again with fewer exclusions (Readability's `charThreshold`). */
export const CHAR_THRESHOLD = 500;

/** Blocks shorter than this are not scored as paragraphs (as in Readability). */
const MIN_PARAGRAPH = 25;

/** Containers whose own text Readability scores as a paragraph (a `<div>` of text counts as one). */
const SCORED_OWNERS = new Set(['P', 'TD', 'PRE', 'SECTION', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'ARTICLE', 'MAIN']);

/** Containers that Readability removes from the content when they look like link lists or furniture. */
const CONDITIONAL = new Set(['UL', 'OL', 'DL', 'DIV', 'TABLE', 'SECTION']);

const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/g;

/** Readability's starting score of a candidate by its tag. */
function tagScore(tag: string): number {
  switch (tag) {
    case 'DIV':
      return 5;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      return 3;
    case 'ADDRESS':
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'FORM':
      return -3;
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
    case 'TH':
      return -5;
    default:
      return 0;
  }
}

/** Per-container sums over its subtree, computed once per model. */
interface Sums {
  chars: Float64Array;
  links: Float64Array;
  commas: Float64Array;
  /** Commas of each block. */
  blockCommas: Uint32Array;
  children: number[][];
}

function subtreeSums(model: PageModel): Sums {
  const n = model.containers.length;
  const chars = new Float64Array(n);
  const links = new Float64Array(n);
  const commas = new Float64Array(n);
  const blockCommas = new Uint32Array(model.blocks.length);
  model.blocks.forEach((b, i) => {
    chars[b.container]! += b.text.length;
    links[b.container]! += b.linkChars;
    blockCommas[i] = countCommas(b.text);
    commas[b.container]! += blockCommas[i]!;
  });
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = n - 1; i > 0; i--) {
    const p = model.containers[i]!.parent;
    if (p < 0) continue;
    chars[p]! += chars[i]!;
    links[p]! += links[i]!;
    commas[p]! += commas[i]!;
    children[p]!.push(i);
  }
  for (const c of children) c.reverse();
  return { chars, links, commas, blockCommas, children };
}

function countCommas(text: string): number {
  COMMAS.lastIndex = 0;
  let n = 0;
  while (COMMAS.exec(text)) n++;
  return n;
}

/** Which exclusions an attempt applies (Readability drops them one by one when the content comes out too short). */
interface Attempt {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

const ATTEMPTS: Attempt[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

/**
 * Finds the main content of a page from its model, the way Mozilla Readability does on a DOM: every paragraph of
 * 25+ characters outside navigation, sidebars, footers and forms (by tag, ARIA role and class names) scores
 * 1 + its commas + one per 100 characters (at most 3) for its parent, half for its grandparent and a third per level
 * above; a container's score, plus a bonus by tag and class name, is scaled down by its link density; the best
 * container (moved up when its ancestors share its score or hold several close rivals) with its siblings that score
 * well is the content, less the link lists and furniture inside it. When that text is shorter than
 * {@link CHAR_THRESHOLD} the exclusions are dropped one by one, and the longest result wins.
 */
export function findMainContent(model: PageModel): MainContent {
  const sums = subtreeSums(model);
  const readerable = isReaderable(model, sums);
  let best: Found = NOTHING;
  for (const attempt of ATTEMPTS) {
    const found = attemptMain(model, sums, attempt);
    if (found.length > best.length) best = found;
    if (best.length >= CHAR_THRESHOLD) break;
  }
  const { lines, linkLength, length } = best;
  // The text is joined only if read: the page's content script needs the lines and the length (on a long page, the
  // join was most of the time spent here).
  let text: string | undefined;
  return {
    get text() {
      text ??= linesText(model, lines);
      return text;
    },
    length,
    lines,
    linkLength,
    readerable,
  };
}

type Found = Omit<MainContent, 'readerable' | 'text'>;

const NOTHING: Found = { length: 0, lines: [], linkLength: 0 };

/** The texts of the model's blocks in the ranges `lines`, joined by newlines. */
export function linesText(model: PageModel, lines: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    for (let b = lines[i]!; b < lines[i + 1]!; b++) parts.push(model.blocks[b]!.text);
  }
  return parts.join('\n');
}

function attemptMain(model: PageModel, sums: Sums, attempt: Attempt): Found {
  const { containers, blocks } = model;
  const n = containers.length;
  // Excluded: inside navigation, sidebars, footers, forms, hidden blocks (and unlikely class names on the first try).
  const excluded = new Uint8Array(n);
  const own = CONTAINER.chromeTag | CONTAINER.ariaHidden | (attempt.stripUnlikely ? CONTAINER.unlikely : 0);
  for (let i = 0; i < n; i++) {
    const c = containers[i]!;
    const p = c.parent;
    excluded[i] = (p >= 0 && excluded[p]) || (i > 0 && (c.flags & own) !== 0) ? 1 : 0;
  }
  const score = new Float64Array(n);
  const touched = new Uint8Array(n);
  const touch = (i: number) => {
    if (touched[i]) return;
    touched[i] = 1;
    const c = containers[i]!;
    score[i] = tagScore(c.tag) + (attempt.weightClasses ? c.classWeight : 0);
  };
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    const owner = b.container;
    if (excluded[owner] || !SCORED_OWNERS.has(containers[owner]!.tag) || b.text.length < MIN_PARAGRAPH) continue;
    const s = 1 + sums.blockCommas[bi]! + Math.min(Math.floor(b.text.length / 100), 3);
    let anc = containers[owner]!.parent;
    for (let level = 0; level < 5 && anc >= 0; level++, anc = containers[anc]!.parent) {
      touch(anc);
      score[anc]! += s / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  const density = (i: number) => (sums.chars[i]! > 0 ? sums.links[i]! / sums.chars[i]! : 0);
  const final = new Float64Array(n);
  const ranked: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!touched[i] || excluded[i]) continue;
    final[i] = score[i]! * (1 - density(i));
    ranked.push(i);
  }
  if (ranked.length === 0) return NOTHING;
  ranked.sort((a, b) => final[b]! - final[a]! || a - b);
  const top = betterAncestor(model, sums, final, touched, excluded, ranked);
  const chosen = withSiblings(model, sums, final, touched, excluded, top);
  return collect(model, sums, chosen, excluded, attempt);
}

/** Readability's moves up from the best container: to an ancestor of several close rivals, or one that scores higher. */
function betterAncestor(
  model: PageModel,
  sums: Sums,
  final: Float64Array,
  touched: Uint8Array,
  excluded: Uint8Array,
  ranked: number[],
): number {
  const parentOf = (i: number) => model.containers[i]!.parent;
  let top = ranked[0]!;
  const best = final[top]!;
  const rivals = ranked.slice(1, 5).filter((i) => best > 0 && final[i]! / best >= 0.75);
  if (rivals.length >= 3) {
    for (let p = parentOf(top); p >= 0 && !excluded[p]; p = parentOf(p)) {
      let holds = 0;
      for (const r of rivals) {
        for (let a = parentOf(r); a >= 0; a = parentOf(a)) {
          if (a === p) {
            holds++;
            break;
          }
        }
      }
      if (holds >= 3) {
        top = p;
        break;
      }
    }
  }
  let last = final[top]!;
  const threshold = last / 3;
  for (let p = parentOf(top); p > 0; p = parentOf(p)) {
    if (excluded[p]) break;
    if (!touched[p]) continue;
    if (final[p]! < threshold) break;
    if (final[p]! > last) {
      top = p;
      break;
    }
    last = final[p]!;
  }
  // A container that is all of its parent's text is taken with its parent (Readability's only-child rule).
  for (let p = parentOf(top); p >= 0 && !excluded[p] && sums.chars[p] === sums.chars[top]; p = parentOf(p)) top = p;
  return top;
}

/** The best container and those of its siblings that score well or read like paragraphs (Readability's rules). */
function withSiblings(
  model: PageModel,
  sums: Sums,
  final: Float64Array,
  touched: Uint8Array,
  excluded: Uint8Array,
  top: number,
): number[] {
  const parent = model.containers[top]!.parent;
  if (parent < 0) return [top];
  const threshold = Math.max(10, final[top]! * 0.2);
  const chosen: number[] = [];
  for (const c of sums.children[parent]!) {
    if (c === top) {
      chosen.push(c);
      continue;
    }
    if (excluded[c]) continue;
    if (touched[c] && final[c]! >= threshold) {
      chosen.push(c);
      continue;
    }
    if (model.containers[c]!.tag !== 'P') continue;
    const len = sums.chars[c]!;
    const ld = len > 0 ? sums.links[c]! / len : 0;
    if ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld === 0 && /\.( |$)/.test(textOf(model, c)))) {
      chosen.push(c);
    }
  }
  return chosen;
}

function textOf(model: PageModel, container: number): string {
  return model.blocks
    .filter((b) => b.container === container)
    .map((b) => b.text)
    .join(' ');
}

/**
 * The text of the chosen containers, less what Readability cleans out of an article: navigation, sidebars and
 * footers in it, and lists, tables and boxes that are mostly links or have furniture class names.
 */
function collect(model: PageModel, sums: Sums, chosen: number[], excluded: Uint8Array, attempt: Attempt): Found {
  const { containers, blocks } = model;
  const n = containers.length;
  const inside = new Uint8Array(n);
  for (const c of chosen) inside[c] = 1;
  for (let i = 0; i < n; i++) {
    const p = containers[i]!.parent;
    if (inside[i] || p < 0 || !inside[p]) continue;
    const c = containers[i]!;
    // Furniture inside the content is dropped, as Readability drops forms, asides and footers.
    if (excluded[i]) continue;
    if (attempt.cleanConditionally && CONDITIONAL.has(c.tag) && cleaned(sums, i, c.classWeight)) continue;
    inside[i] = 1;
  }
  const lines: number[] = [];
  let linkLength = 0;
  let chars = 0;
  let count = 0;
  blocks.forEach((b: ModelBlock, i) => {
    if (!inside[b.container]) return;
    chars += b.text.length;
    count++;
    linkLength += b.linkChars;
    if (lines.length > 0 && lines[lines.length - 1] === i) lines[lines.length - 1] = i + 1;
    else lines.push(i, i + 1);
  });
  // The blocks' texts joined by newlines.
  return { length: count === 0 ? 0 : chars + count - 1, lines, linkLength };
}

/** Readability's conditional cleaning, by text: few commas and a negative class weight or many links. */
function cleaned(sums: Sums, i: number, weight: number): boolean {
  if (weight < 0) return true;
  if (sums.commas[i]! >= 10) return false;
  const len = sums.chars[i]!;
  const ld = len > 0 ? sums.links[i]! / len : 0;
  return (weight < 25 && ld > 0.2) || (weight >= 25 && ld > 0.5);
}

/**
 * Readability's `isProbablyReaderable` on the model: paragraphs (`p`, `pre`, `article`, and `div`s of lines broken by
 * `<br>`), not in a list and without furniture class names, each of 140+ characters adding √(length − 140), reaching 20.
 */
function isReaderable(model: PageModel, sums: Sums): boolean {
  let score = 0;
  const { containers } = model;
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i]!;
    const kind =
      c.tag === 'P' || c.tag === 'PRE' || c.tag === 'ARTICLE' || (c.tag === 'DIV' && c.flags & CONTAINER.hasBr);
    if (!kind || c.flags & (CONTAINER.unlikely | CONTAINER.ariaHidden)) continue;
    if (c.tag === 'P' && c.flags & CONTAINER.inList) continue;
    const len = sums.chars[i]!;
    if (len < 140) continue;
    score += Math.sqrt(len - 140);
    if (score > 20) return true;
  }
  return false;
}
