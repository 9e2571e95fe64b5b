// Reads the visible text of a DOM subtree without DOM globals, so it runs on a live page and on a linkedom document.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * Elements whose text a reader does not see as prose: scripts, styles, embedded objects, and form controls, so that
 * a country drop-down (`<select>`/`<option>`/`<datalist>`) listing North Korea is not text at all.
 */
export const SKIPPED: ReadonlySet<string> = new Set(
  (
    'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION OPTGROUP DATALIST IFRAME OBJECT EMBED SVG CANVAS ' +
    'MATH HEAD TITLE META LINK'
  ).split(' '),
);

/** Elements after which text belongs to a new block (a newline keeps names from running across them). */
export const BLOCKS: ReadonlySet<string> = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM ' +
    'H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P SECTION SUMMARY TABLE TD TH TR UL BUTTON LABEL'
  ).split(' '),
);

/** Inline elements that are word units: a space around them keeps "2" + "<a>Corée du Nord</a>" apart. */
export const SPACED: ReadonlySet<string> = new Set(['A', 'TIME', 'IMG']);

/** ARIA roles of the choices of a custom drop-down, which are no more text than a `<select>`'s options. */
const CHOICE_ROLES = new Set(['option', 'listbox', 'combobox', 'menuitemradio']);

const SPACE = Symbol('space');

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** What the reading of a page needs of an element, read with as few DOM calls as possible. */
export interface ElementClues {
  /** Upper-case tag name. */
  tag: string;
  /** Whether it has any attribute. */
  attributes: boolean;
  role: string | null;
  /** The `hidden` attribute. */
  hidden: boolean;
  /** The extension's own UI (`data-sanctions-lens-ui`). */
  ui: boolean;
  style: string | null;
  contentEditable: string | null;
  ariaHidden: string | null;
  className: string | null;
  id: string | null;
  href: boolean;
}

/**
 * Reads an element's {@link ElementClues}: its tag, and only when it has attributes, those that tell whether it is
 * shown (named look-ups: iterating `attributes` would make the browser create an `Attr` object for each).
 * `className`, `id` and `href` are left null and false: the callers that need them read them.
 */
export function elementClues(el: Element): ElementClues {
  const raw = el.tagName;
  const c = raw.charCodeAt(0);
  const tag = c >= 97 && c <= 122 ? raw.toUpperCase() : raw;
  if (!el.hasAttributes()) {
    // One shared object per tag (no garbage per element): callers fill in only the clues of one with attributes.
    let clues = NO_ATTRIBUTES_BY_TAG.get(tag);
    if (!clues) NO_ATTRIBUTES_BY_TAG.set(tag, (clues = { ...NO_ATTRIBUTES, tag }));
    return clues;
  }
  return {
    tag,
    attributes: true,
    role: el.getAttribute('role'),
    hidden: el.hasAttribute('hidden'),
    ui: el.hasAttribute('data-sanctions-lens-ui'),
    style: el.getAttribute('style'),
    contentEditable: el.getAttribute('contenteditable'),
    ariaHidden: el.getAttribute('aria-hidden'),
    className: null,
    id: null,
    href: false,
  };
}

/** The clues of an element without attributes, by tag. */
const NO_ATTRIBUTES_BY_TAG = new Map<string, ElementClues>();

const NO_ATTRIBUTES: ElementClues = {
  tag: '',
  attributes: false,
  role: null,
  hidden: false,
  ui: false,
  style: null,
  contentEditable: null,
  ariaHidden: null,
  className: null,
  id: null,
  href: false,
};

/**
 * Whether an element's text is not shown to readers: scripts, form controls and the choices of custom drop-downs
 * (`role="option"`, so a country list is not text), elements with the `hidden` attribute or an inline
 * `display: none`, and the extension's own UI. Unlike highlighting, analysis keeps `aria-hidden` text: sites put it
 * on visible teaser panels, and it is only hidden from screen readers.
 */
export function isInvisibleElement(el: Element): boolean {
  return invisibleByClues(elementClues(el));
}

/** {@link isInvisibleElement} from clues already read. */
export function invisibleByClues(c: ElementClues): boolean {
  if (SKIPPED.has(c.tag)) return true;
  if (c.role !== null && CHOICE_ROLES.has(c.role)) return true;
  return c.hidden || c.ui || (c.style !== null && HIDDEN_STYLE.test(c.style));
}

/**
 * The visible text of `root`, block by block separated by newlines, skipping scripts, styles, `<select>` and its
 * options, form fields, code, hidden and `aria-hidden` elements. Iterative, so deep DOMs cannot overflow the stack.
 * Stops adding text after `maxChars` characters.
 */
export function visibleText(root: Node, maxChars = Infinity): string {
  const parts: string[] = [];
  let length = 0;
  // `null` on the stack marks the end of a block element, SPACE the end of a spaced inline one.
  const stack: (Node | null | typeof SPACE)[] = [root];
  while (stack.length > 0 && length < maxChars) {
    const node = stack.pop()!;
    if (node === null || node === SPACE) {
      parts.push(node === SPACE ? ' ' : '\n');
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = (node as Text).data;
      parts.push(data);
      length += data.length;
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (node !== root && isInvisibleElement(el)) continue;
      const tag = el.tagName.toUpperCase();
      if (BLOCKS.has(tag)) {
        parts.push('\n');
        stack.push(null);
      } else if (SPACED.has(tag)) {
        parts.push(' ');
        stack.push(SPACE);
      }
    } else if (node.nodeType !== DOCUMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE) continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts
    .join('')
    .replace(/[ \t\f\r\u00a0]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

/** Elements whose text is never highlighted: as {@link SKIPPED}, plus code. */
const HIGHLIGHT_SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'CODE',
  'PRE',
]);

/**
 * True when an element's text must not be read or highlighted (scripts, form fields, code, editable areas, hidden
 * parts, the extension's own UI). Attributes only: an element inside an editable one is skipped with its ancestor.
 */
export function isSkippedElement(el: Element): boolean {
  return skippedByClues(elementClues(el));
}

/** {@link isSkippedElement} from clues already read. */
export function skippedByClues(c: ElementClues): boolean {
  if (HIGHLIGHT_SKIPPED.has(c.tag)) return true;
  if (c.contentEditable !== null && c.contentEditable !== 'false') return true;
  return c.hidden || c.ariaHidden === 'true' || c.ui;
}
