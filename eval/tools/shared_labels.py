#!/usr/bin/env python3
"""Writes eval/shared-labels.json: labels for the 130 saved pages in ../shared/corpus/web-pages.

Every page is "none" unless listed in VERDICTS. Entities are the knowledge-base entities the page's main content
names (for the two "mentions" pages, the North Korea sanctions item(s) as well); they were decided by reading each
page's main content (Readability's extraction, checked against the page) wherever a name of the pack occurs in
it. Pages that are not listed in ENTITIES name no entity in their main content.
"""

import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(os.path.dirname(EVAL)), 'shared', 'corpus', 'web-pages')

VERDICTS = {
    # Front page whose stream carries one North Korea sanctions story (China to implement resolution 2321).
    'yahoo-2.html': 'mentions',
    # Film list article; the "Most Read" box links "North Korea contradicts Trump ... wanted all sanctions lifted".
    'videos-1.html': 'mentions',
}

LISTING = {'yahoo-2.html', 'nytimes-5.html', 'lwn-1.html'}
OTHER = {'mozilla-1.html', 'mozilla-2.html', 'daringfireball-1.html', 'hidden-nodes.html', 'missing-paragraphs.html',
         'data-url-image.html', 'dev418.html', 'reordering-paragraphs.html', 'title-and-h1-discrepancy.html'}

ENTITIES = {
    'archive-of-our-own.html': ['japan'],
    'article-author-tag.html': ['united-states', 'france', 'germany'],
    'bbc-1.html': ['united-states', 'united-kingdom', 'european-union'],
    'bug-1255978.html': ['united-states'],
    'citylab-1.html': ['united-states'],
    'cnn.html': ['united-states', 'australia', 'canada', 'germany', 'france', 'united-kingdom', 'italy'],
    'gmw.html': ['united-states', 'russia', 'japan'],
    'guardian-1.html': ['new-zealand'],
    'herald-sun-1.html': ['united-kingdom'],
    'keep-images.html': ['canada', 'china', 'australia', 'united-states', 'united-nations', 'united-kingdom'],
    'la-nacion.html': ['italy', 'european-union', 'united-states', 'canada', 'australia', 'new-zealand'],
    'liberation-1.html': ['france'],
    'lwn-1.html': ['italy', 'united-states', 'china'],
    'medium-1.html': ['canada', 'united-states'],
    'nytimes-1.html': ['united-states', 'united-nations'],
    'nytimes-4.html': ['united-states'],
    'quanta-1.html': ['united-states'],
    'salon-1.html': ['australia'],
    'schema-org-context-object.html': ['south-korea', 'united-states', 'north-korea', 'china', 'russia',
                                       'us-state-department'],
    'seattletimes-1.html': ['united-states'],
    'simplyfound-1.html': ['united-kingdom'],
    'telegraph.html': ['united-kingdom'],
    'videos-1.html': ['france', 'italy', 'north-korea', 'pyongyang'],
    'videos-2.html': ['france'],
    'wapo-1.html': ['italy', 'germany', 'united-states'],
    'wapo-2.html': ['united-states', 'united-nations', 'vladimir-putin', 'china'],
    'webmd-1.html': ['australia', 'united-states'],
    'wikipedia-2.html': ['new-zealand', 'united-kingdom', 'australia', 'united-nations', 'us-state-department', 'japan',
                         'germany', 'united-states', 'france', 'china', 'european-union'],
    'wikipedia-4.html': ['united-states', 'south-korea'],
    'wikipedia.html': ['united-states'],
    'yahoo-2.html': ['china', 'north-korea', 'pyongyang', 'united-nations', 'unsc', 'unscr-2321',
                     'dprk-nuclear-programme', 'dprk-missile-programme', 'russia', 'european-union', 'united-states',
                     'vladimir-putin', 'us-treasury'],
    'yahoo-3.html': ['united-states'],
    'youth.html': ['china', 'australia', 'france', 'united-kingdom', 'united-nations'],
}


def page_type(name, lang):
    if name in LISTING:
        return 'listing'
    if name in OTHER or lang == '~tiny/unk':
        return 'other'
    return 'article'


def main():
    rows = list(csv.DictReader(open(os.path.join(SHARED, 'INDEX.csv'), encoding='utf-8')))
    pages = []
    for r in rows:
        f = r['name'] + '.html'
        assert os.path.exists(os.path.join(SHARED, f)), f
        pages.append({'file': f, 'verdict': VERDICTS.get(f, 'none'), 'pageType': page_type(f, r['lang']),
                      'entities': sorted(ENTITIES.get(f, []))})
    for f in list(VERDICTS) + list(ENTITIES):
        assert any(p['file'] == f for p in pages), f
    with open(os.path.join(EVAL, 'shared-labels.json'), 'w', encoding='utf-8') as fh:
        json.dump({'formatVersion': 1, 'pages': pages}, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
    print(f'{len(pages)} shared pages labelled')


if __name__ == '__main__':
    main()
