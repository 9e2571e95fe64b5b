// Generates a long news article about North Korea sanctions with an exact number of text nodes in its body.

type Piece = string | [tag: 'a' | 'em' | 'strong', text: string];

/** Paragraph templates: each piece is one text node; the inline elements add the node boundaries real pages have. */
const PARAGRAPHS: Piece[][] = [
  [
    'The ',
    ['a', 'Multilateral Sanctions Monitoring Team'],
    ' (MSMT) said on Tuesday that ',
    ['em', 'North Korea'],
    ' had shipped more than 9,000 containers of munitions to ',
    ['a', 'Russia'],
    ' in breach of UN Security Council resolution 2397 and earlier measures.',
  ],
  [
    'Investigators traced payments through the ',
    ['a', 'Foreign Trade Bank'],
    ' and front companies of ',
    ['strong', 'KOMID'],
    ', the Korea Mining Development Trading Corporation, which the 1718 Committee designated in 2009.',
  ],
  [
    'Ship-to-ship transfers of refined petroleum near ',
    ['a', 'Nampo'],
    ' exceeded the cap set by resolution 2397, the ',
    ['em', 'Panel of Experts'],
    ' had warned before ',
    ['a', 'Russia'],
    ' vetoed the renewal of its mandate in 2024.',
  ],
  [
    'Hackers of the ',
    ['a', 'Lazarus Group'],
    ', part of the ',
    ['em', 'Reconnaissance General Bureau'],
    ', stole cryptocurrency worth $1.5 billion that funds the missile programme of Pyongyang, according to the ',
    ['a', 'Office of Foreign Assets Control'],
    '.',
  ],
  [
    'Satellite images show the cargo ships ',
    ['em', 'Lady R'],
    ' and ',
    ['em', 'Angara'],
    ' loading containers at Rajin before sailing to ',
    ['a', 'Vostochny'],
    ', in violation of UN sanctions on the DPRK.',
  ],
  [
    'Diplomats at the UN Security Council said ',
    ['a', 'China'],
    ' and ',
    ['a', 'Russia'],
    ' blocked new designations, while ',
    ['strong', 'Kim Jong Un'],
    ' hosted ',
    ['a', 'Vladimir Putin'],
    ' in Pyongyang.',
  ],
  [
    'The U.S. Department of the Treasury designated North Korean IT workers abroad whose wages evade sanctions',
    ['strong', ' imposed under resolutions 2270, 2321 and 2375'],
    ', a pattern of ',
    ['em', 'sanctions evasion'],
    ' that the MSMT documented in detail.',
  ],
  [
    'Korea Ryonbong General Corporation and Ocean Maritime Management Company remain on the sanctions list, the ',
    ['a', '1718 Committee'],
    ' confirmed, as ',
    ['em', 'North Korea'],
    ' expanded arms transfers to ',
    ['a', 'Russia'],
    '.',
  ],
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function render(pieces: Piece[]): string {
  return pieces
    .map((p) =>
      typeof p === 'string' ? escape(p) : `<${p[0]}${p[0] === 'a' ? ' href="#"' : ''}>${escape(p[1])}</${p[0]}>`,
    )
    .join('');
}

const TITLE = 'UN monitors: North Korea shipped arms to Russia in breach of sanctions';
const HEADER = ['World', 'Asia', 'Sanctions', 'Opinion'];
const FOOTER = ['About us', 'Contact', 'Privacy policy'];

/**
 * A news article about North Korea sanctions whose `<body>` holds exactly `textNodes` text nodes (no whitespace-only
 * nodes: block tags are written without space between them). Deterministic.
 */
export function syntheticArticle(textNodes: number): string {
  const header = `<header><nav>${HEADER.map((h) => `<a href="#">${h}</a>`).join('')}</nav></header>`;
  const intro = `<h1>${escape(TITLE)}</h1><p class="byline">By a staff reporter, Seoul</p>`;
  const footer = `<footer>${FOOTER.map((f) => `<a href="#">${f}</a>`).join('')}</footer>`;
  let left = textNodes - HEADER.length - FOOTER.length - 2;
  const paragraphs: string[] = [];
  for (let i = 0; left > 0; i++) {
    const template = PARAGRAPHS[i % PARAGRAPHS.length]!;
    const pieces = template.slice(0, Math.min(template.length, left));
    left -= pieces.length;
    paragraphs.push(`<p>${render(pieces)}</p>`);
    // A sub-heading now and then, as long articles have (one more text node).
    if (i % 40 === 39 && left > 0) {
      paragraphs.push(`<h2>Part ${(i + 1) / 40}: the sanctions regime under strain</h2>`);
      left -= 1;
    }
  }
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escape(TITLE)}</title>`,
    '<meta property="og:type" content="article">',
    `<meta name="description" content="${escape(
      'A UN-backed monitoring team says North Korea broke sanctions by shipping arms to Russia.',
    )}">`,
    `</head><body>${header}<main><article>${intro}${paragraphs.join('')}</article></main>${footer}</body></html>`,
  ].join('\n');
}
