// Reads a page's body in one resumable walk: the model for the analysis and, if asked, the text for highlighting.
import {
  CHROME_ROLES,
  CHROME_TAGS,
  CONTAINER,
  classClues,
  type ModelBlock,
  type ModelContainer,
  type PageModel,
} from '../core/analysis/page-model';
import type { ExtractedText, TextSegment } from './extract-text';
import { BLOCKS, elementClues, invisibleByClues, skippedByClues, SPACED, type ElementClues } from './visible-text';

/** Longest link text read per link (for the link statistics). */
const MAX_LINK_TEXT = 2000;
/** How many nodes to read between two looks at the clock. */
const NODES_PER_CHECK = 64;

/**
 * Runs of white space other than a single space (which stays as it is): replacing only these leaves most texts
 * untouched, where a pattern matching every space would rebuild every string.
 */
const WHITE_RUNS = /[\t\n\f\r\u00a0][ \t\n\f\r\u00a0]*| [ \t\n\f\r\u00a0]+/g;

/** Whether the UTF-16 code unit `c` is white space as `\s` reads it (white space and line terminators). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const DENSE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Per open element: what leaving it must undo. */
const Open = {
  analysisOff: 1,
  highlightOff: 2,
  block: 4,
  spaced: 8,
  link: 16,
  container: 32,
  highlightBlock: 64,
} as const;

/**
 * Walks a body once, in slices ({@link PageReader.run} reads until told to stop and carries on from there), and
 * gathers the {@link PageModel} of the analysis (text blocks, block containers with their tag, role and class clues,
 * link statistics) and, when `highlightText` is set, the text and text-node map that highlighting needs
 * (page/extract-text.ts's rules: no code, editable or `aria-hidden` text), so that a page is read only once.
 */
export class PageReader {
  private readonly containers: ModelContainer[] = [];
  private readonly blocks: ModelBlock[] = [];
  private linkLength = 0;
  private teaserLinks = 0;
  // The open elements from the root down, with what each turned on.
  private readonly openEls: Node[] = [];
  private readonly openFlags: number[] = [];
  private readonly containerStack: number[] = [0];
  private analysisOff = 0;
  private highlightOff = 0;
  // The block run being read.
  private readonly run_: string[] = [];
  private runRaw = 0;
  private runLink = 0;
  // The link being read.
  private inLink = false;
  private readonly linkText: string[] = [];
  private linkRaw = 0;
  // Highlighting text.
  private hParts: string[] = [];
  /** The text of the slices read so far, one string per slice (so that no single task joins the whole page's parts). */
  private readonly hChunks: string[] = [];
  private readonly hSegments: TextSegment[] = [];
  private readonly hBlocks: Node[] = [];
  private hLength = 0;
  private hLastBlock: Node | null = null;
  private node: Node | null;

  private readonly highlightText: boolean;

  /**
   * Reads `root` (a body, or any subtree) for the analysis unless `analysis` is false, and for highlighting when
   * `highlight` is true.
   */
  constructor(
    private readonly root: Node,
    options: { analysis?: boolean; highlight?: boolean } = {},
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.highlightText = options.highlight === true;
    if (options.analysis === false) this.analysisOff = 1;
    const tag = root.nodeType === 1 ? (root as Element).tagName.toUpperCase() : '#document';
    this.containers.push({ parent: -1, tag, flags: 0, classWeight: 0 });
    this.node = root.firstChild;
    // In an editable document every text is the user's input.
    if (doc.designMode === 'on') this.highlightOff = 1;
  }

  /** Reads on until `stop()` (asked every few nodes) says so; returns whether the whole body is read. */
  run(stop: () => boolean = () => false): boolean {
    const root = this.root;
    let node = this.node;
    let n = 0;
    while (node) {
      if (++n === NODES_PER_CHECK) {
        n = 0;
        if (stop()) break;
      }
      const type = node.nodeType;
      if (type === 1) {
        const first = this.enter(node as Element);
        if (first) {
          node = first;
          continue;
        }
      } else if (type === 3 || type === 4) {
        this.text(node as Text);
      }
      // Next: the sibling, else the nearest ancestor's sibling (leaving elements on the way up).
      for (;;) {
        if (node === root) {
          node = null;
          break;
        }
        const next: Node | null = node!.nextSibling;
        if (next) {
          node = next;
          break;
        }
        node = node!.parentNode;
        if (!node || node === root) {
          node = null;
          break;
        }
        this.leave();
      }
    }
    this.node = node;
    if (node === null) this.flush();
    if (this.hParts.length > 0) {
      this.hChunks.push(this.hParts.join(''));
      this.hParts = [];
    }
    return node === null;
  }

  /** The page model read so far (complete once {@link run} returned true). */
  model(): PageModel {
    return {
      containers: this.containers,
      blocks: this.blocks,
      linkLength: this.linkLength,
      teaserLinks: this.teaserLinks,
    };
  }

  /** The text for highlighting and where each node's text sits in it (empty unless asked for). */
  extracted(): ExtractedText {
    return { text: this.hChunks.join(''), segments: this.hSegments };
  }

  /** Opens an element; returns its first child to walk into, or null when its children are not read. */
  private enter(el: Element): Node | null {
    const clues = elementClues(el);
    const aSkip = this.analysisOff > 0 || invisibleByClues(clues);
    const hSkip = !this.highlightText || this.highlightOff > 0 || skippedByClues(clues);
    if (aSkip && hSkip) return null;
    const tag = clues.tag;
    let flags = 0;
    if (aSkip && this.analysisOff === 0) flags |= Open.analysisOff;
    if (hSkip && this.highlightOff === 0 && this.highlightText) flags |= Open.highlightOff;
    if (!aSkip) {
      if (BLOCKS.has(tag)) {
        this.flush();
        flags |= Open.block;
        if (tag === 'BR') {
          const parent = el.parentNode;
          const top = this.containerStack[this.containerStack.length - 1]!;
          if (parent === this.openEls[this.openEls.length - 1] && this.containers[top]!.tag === 'DIV') {
            this.containers[top]!.flags |= CONTAINER.hasBr;
          }
        } else if (tag !== 'HR') {
          flags |= Open.container;
          this.openContainer(el, clues);
        }
      } else if (SPACED.has(tag)) {
        flags |= Open.spaced;
        this.run_.push(' ');
      }
      if (tag === 'A' && !this.inLink && clues.attributes && el.hasAttribute('href')) {
        flags |= Open.link;
        this.inLink = true;
        this.linkRaw = 0;
      }
    }
    if (!hSkip && BLOCKS.has(tag)) {
      flags |= Open.highlightBlock;
      this.hBlocks.push(el);
    }
    if (flags & Open.analysisOff) this.analysisOff++;
    if (flags & Open.highlightOff) this.highlightOff++;
    const first = el.firstChild;
    if (!first) {
      this.close(flags);
      return null;
    }
    this.openEls.push(el);
    this.openFlags.push(flags);
    return first;
  }

  private leave(): void {
    this.openEls.pop();
    this.close(this.openFlags.pop()!);
  }

  private close(flags: number): void {
    if (flags & Open.analysisOff) this.analysisOff--;
    if (flags & Open.highlightOff) this.highlightOff--;
    if (flags & Open.highlightBlock) this.hBlocks.pop();
    if (flags & Open.link) this.closeLink();
    if (flags & Open.spaced) this.run_.push(' ');
    if (flags & Open.block) this.flush();
    if (flags & Open.container) this.containerStack.pop();
  }

  private openContainer(element: Element, el: ElementClues): void {
    const tag = el.tag;
    if (el.attributes) {
      el.className = element.getAttribute('class');
      el.id = element.getAttribute('id');
    }
    const parent = this.containerStack[this.containerStack.length - 1]!;
    let flags = this.containers[parent]!.flags & CONTAINER.inList;
    if (this.containers[parent]!.tag === 'LI') flags |= CONTAINER.inList;
    let classWeight = 0;
    if (el.className || el.id) {
      const clues = classClues(el.className ?? '', el.id ?? '');
      classWeight = clues.weight;
      if (clues.unlikely && tag !== 'BODY') flags |= CONTAINER.unlikely;
    }
    if (el.role && CHROME_ROLES.has(el.role)) flags |= CONTAINER.chromeTag;
    if (el.ariaHidden === 'true') flags |= CONTAINER.ariaHidden;
    if (CHROME_TAGS.has(tag)) flags |= CONTAINER.chromeTag;
    this.containers.push({ parent, tag, flags, classWeight });
    this.containerStack.push(this.containers.length - 1);
  }

  private text(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    if (this.analysisOff === 0) {
      this.run_.push(data);
      this.runRaw += data.length;
      if (this.inLink) {
        this.runLink += data.length;
        if (this.linkRaw < MAX_LINK_TEXT) this.linkText.push(data);
        this.linkRaw += data.length;
      }
    }
    if (this.highlightText && this.highlightOff === 0) {
      const block = this.hBlocks.length ? this.hBlocks[this.hBlocks.length - 1]! : this.root;
      if (this.hLastBlock && block !== this.hLastBlock) {
        this.hParts.push('\n');
        this.hLength += 1;
      }
      this.hLastBlock = block;
      this.hSegments.push({ node, start: this.hLength, end: this.hLength + data.length });
      this.hParts.push(data);
      this.hLength += data.length;
    }
  }

  private closeLink(): void {
    this.inLink = false;
    const parts = this.linkText;
    const joined = parts.length === 1 ? parts[0]! : parts.join('');
    parts.length = 0;
    // Its first MAX_LINK_TEXT characters with white-space runs collapsed and trimmed, measured in one scan (no copy):
    // the collapsed text's length is its non-space characters plus one per run of white space between two words.
    const end = Math.min(joined.length, MAX_LINK_TEXT);
    let words = 0;
    let chars = 0;
    let inWord = false;
    for (let i = 0; i < end; i++) {
      if (isSpace(joined.charCodeAt(i))) {
        inWord = false;
        continue;
      }
      if (!inWord) {
        inWord = true;
        words++;
      }
      chars++;
    }
    if (words === 0) return;
    this.linkLength += chars + words - 1;
    if (words >= 4) this.teaserLinks++;
    else {
      // White space is never dense: the characters of the text as read are those of the collapsed text.
      const text = end < joined.length ? joined.slice(0, end) : joined;
      DENSE.lastIndex = 0;
      let dense = 0;
      while (dense < 12 && DENSE.exec(text)) dense++;
      if (dense >= 12) this.teaserLinks++;
    }
  }

  /** Ends the block run being read: its text, white space collapsed, becomes a block of the innermost container. */
  private flush(): void {
    if (this.run_.length === 0) return;
    const run = this.run_;
    const raw = run.length === 1 ? run[0]! : run.join('');
    const rawLen = this.runRaw;
    const rawLink = this.runLink;
    run.length = 0;
    this.runRaw = 0;
    this.runLink = 0;
    const text = raw.replace(WHITE_RUNS, ' ').trim();
    if (!text) return;
    const linkChars = rawLink === 0 ? 0 : Math.round((text.length * rawLink) / Math.max(rawLen, 1));
    const container = this.containerStack[this.containerStack.length - 1]!;
    this.blocks.push({ container, text, linkChars });
  }
}

/** Reads a whole body at once (for Node and tests). */
export function readPageModel(root: Node): PageModel {
  const reader = new PageReader(root);
  reader.run();
  return reader.model();
}
