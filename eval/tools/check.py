#!/usr/bin/env python3
"""Cross-checks the hand-written entity labels against a plain name search over each page's main content.

It mirrors core/match/matcher.ts (leftmost-longest, non-overlapping, script-aware word boundaries, Korean
particles allowed after a name) with every name of the pack in every language, and prints, per page, the
entities the search finds that the label lacks (+) and the labelled entities it does not find (-), with the
names that matched. The differences are for a human to decide: a label lists what the text names, in the
reader's sense (an inflected form the pack lacks still counts; an ambiguous name counts only when it means the
entity). Nothing here changes a label.

    python3 eval/tools/check.py [name-substring]
"""

import json
import os
import re
import sys

sys.dont_write_bytecode = True  # keep eval/ free of __pycache__
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

PACK = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'core', 'kb', 'packs', 'north-korea-sanctions.json')

UNSPACED = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]')
HANGUL = re.compile(r'[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]')


def is_word(ch):
    return bool(ch) and (unicodedata.category(ch)[0] in 'LN')


def load_terms():
    pack = json.load(open(PACK, encoding='utf-8'))
    terms = []
    for e in pack['entities']:
        for n in e['names']:
            terms.append((e['id'], n['text'], bool(n.get('caseSensitive')), bool(n.get('ambiguous'))))
    return terms


def fold(s):
    return ''.join(ch.lower() if len(ch.lower()) == 1 else ch for ch in s)


def find(text, terms):
    text = unicodedata.normalize('NFC', text)
    folded = fold(text)
    found = []
    for eid, name, cs, amb in terms:
        name = unicodedata.normalize('NFC', name).strip()
        pat = re.escape(name if cs else fold(name)).replace(r'\ ', r'\s+')
        hay = text if cs else folded
        for m in re.finditer(pat, hay):
            s, e = m.start(), m.end()
            first, last = text[s], text[e - 1]
            before = text[s - 1] if s > 0 else ''
            after = text[e] if e < len(text) else ''
            if is_word(first) and not UNSPACED.match(first) and is_word(before):
                continue
            if is_word(last) and not UNSPACED.match(last) and is_word(after):
                if not (HANGUL.match(last) and HANGUL.match(after)):
                    continue
            found.append((s, e, eid, m.group(0), amb))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept, last_end = [], -1
    for f in found:
        if f[0] < last_end:
            continue
        kept.append(f)
        last_end = f[1]
    return kept


def main():
    terms = load_terms()
    filt = sys.argv[1] if len(sys.argv) > 1 else ''
    ok = 0
    for p in build.load_pages():
        if filt and filt not in p['name']:
            continue
        hits = find(build.main_text(p), terms)
        by = {}
        for _, _, eid, alias, amb in hits:
            by.setdefault(eid, set()).add(alias + ('*' if amb else ''))
        lab = set(p['entities'])
        extra = {k: v for k, v in by.items() if k not in lab}
        missing = lab - set(by)
        if not extra and not missing:
            ok += 1
            continue
        print(f'== {p["lang"]}/{p["name"]} [{p["verdict"]}]')
        for k, v in sorted(extra.items()):
            print(f'   + {k}: {", ".join(sorted(v))}')
        for k in sorted(missing):
            print(f'   - {k}')
    print(f'{ok} pages agree exactly')


if __name__ == '__main__':
    main()
