#!/usr/bin/env python3
"""Builds the evaluation corpus: eval/corpus/<lang>/<name>.html and eval/labels.json.

The article texts are hand-written, one module per language in eval/tools/content/. This script only wraps
them in site chrome (eval/tools/chrome.py) with one of several page structures, so that the same detector sees
semantic HTML5, legacy div soup, portal layouts and framework-generated markup.

    python3 eval/tools/build.py && npx prettier --write eval

Run from the repository root (or anywhere: paths are relative to this file).
"""

import hashlib
import html
import importlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # keep eval/ free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from chrome import CHROME  # noqa: E402

LANG_MODULES = ['en', 'ko', 'ja', 'zh_hans', 'zh_hant', 'ru', 'uk', 'id', 'de', 'fr', 'nl', 'es']
MONTHS = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December'],
    'ru': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
           'ноября', 'декабря'],
    'uk': ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня',
           'листопада', 'грудня'],
    'id': ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
           'November', 'Desember'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November',
           'Dezember'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
           'décembre'],
    'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
           'november', 'december'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
           'noviembre', 'diciembre'],
}

esc = html.escape


def seed(page, salt=''):
    return int(hashlib.sha256((page['name'] + salt).encode()).hexdigest(), 16)


def slug(text):
    s = re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')
    return s or 'p' + hashlib.md5(text.encode()).hexdigest()[:6]


def fmt_date(lang, iso):
    y, m, d = int(iso[0:4]), int(iso[5:7]), int(iso[8:10])
    hm = iso[11:16] if len(iso) >= 16 else '09:00'
    if lang in ('ko',):
        return f'{y}.{m:02d}.{d:02d} {hm}'
    if lang in ('ja', 'zh-Hans', 'zh-Hant'):
        return f'{y}年{m}月{d}日 {hm}'
    if lang == 'en':
        return f'{MONTHS["en"][m - 1]} {d}, {y}, {hm}'
    if lang == 'de':
        return f'{d}. {MONTHS["de"][m - 1]} {y}, {hm} Uhr'
    if lang == 'fr':
        return f'{d} {MONTHS["fr"][m - 1]} {y} à {hm.replace(":", "h")}'
    if lang in ('ru', 'uk'):
        return f'{d} {MONTHS[lang][m - 1]} {y}, {hm}'
    if lang == 'id':
        return f'{d} {MONTHS["id"][m - 1]} {y} | {hm} WIB'
    return f'{d} {MONTHS[lang][m - 1]} {y} - {hm}'


def strip_tags(s):
    return html.unescape(re.sub(r'<[^>]+>', '', s))


# ---------------------------------------------------------------- body rendering

def render_body(page, mode):
    """Paragraph mini-markup: '## h', '> quote', '!img|alt|caption', '- item'; anything else is a paragraph."""
    out = []
    items = []

    def flush():
        if items:
            out.append('<ul>' + ''.join(f'<li>{i}</li>' for i in items) + '</ul>')
            items.clear()

    for block in page.get('body', []):
        if block.startswith('- '):
            items.append(block[2:])
            continue
        flush()
        if block.startswith('## '):
            tag = 'h2' if mode != 'soup' else 'h3'
            out.append(f'<{tag} class="sub-heading">{block[3:]}</{tag}>')
        elif block.startswith('> '):
            out.append(f'<blockquote class="pull-quote"><p>{block[2:]}</p></blockquote>')
        elif block.startswith('!img|'):
            _, alt, caption = block.split('|', 2)
            h = hashlib.md5(alt.encode()).hexdigest()[:10]
            out.append(f'<figure class="article-figure"><img src="https://img.example/{h}.jpg" alt="{esc(alt)}" '
                       f'width="1200" height="675" loading="lazy"><figcaption>{caption}</figcaption></figure>')
        elif mode == 'soup':
            out.append(block + '<br><br>')
        elif mode == 'modern':
            out.append(f'<div data-component="text-block" class="css-1qk3x{seed(page) % 97}"><p class="paragraph">'
                       f'{block}</p></div>')
        else:
            out.append(f'<p>{block}</p>')
    flush()
    return '\n'.join(out)


def render_comments(page, c):
    if not page.get('comments'):
        return ''
    rows = []
    for i, (author, when, text) in enumerate(page['comments']):
        rows.append(f'<li class="comment" id="c{1000 + i}"><div class="comment-meta"><span class="comment-author">'
                    f'{esc(author)}</span> <time>{esc(when)}</time></div><div class="comment-body"><p>{text}</p></div>'
                    f'<div class="comment-actions"><button type="button">{c["reply"]}</button> '
                    f'<button type="button" aria-label="like">👍 {(seed(page, str(i)) % 40) + 1}</button></div></li>')
    return (f'<section class="comments" id="comments"><h2>{c["comments"]} ({len(rows)})</h2>'
            f'<p class="comment-note">{c["comment_note"]}</p><form class="comment-form"><textarea '
            f'placeholder="…"></textarea><button type="submit">{c["reply"]}</button></form>'
            f'<ol class="comment-list">{"".join(rows)}</ol></section>')


# ---------------------------------------------------------------- chrome pieces

def nav_html(page, c, site, ul_class='nav-list'):
    links = ''.join(f'<li><a href="https://{site["domain"]}/{slug(n)}/">{esc(n)}</a></li>' for n in c['nav'])
    sub = ''.join(f'<li><a href="https://{site["domain"]}/world/{slug(n)}/">{esc(n)}</a></li>' for n in c['subnav'])
    return links, sub


def cookie_html(page, c):
    b = c['cookie_buttons']
    variant = seed(page, 'cookie') % 3
    if variant == 0:
        return (f'<div id="cookie-consent" class="cmp-banner" role="dialog" aria-modal="true" aria-label="cookies">'
                f'<div class="cmp-inner"><p>{c["cookie"]}</p><div class="cmp-buttons"><button class="cmp-accept">'
                f'{b[0]}</button><button class="cmp-reject">{b[1]}</button><a href="#privacy" class="cmp-settings">'
                f'{b[2]}</a></div></div></div>')
    if variant == 1:
        return (f'<div class="fc-consent-root"><div class="fc-dialog-container"><div class="fc-dialog" role="dialog">'
                f'<div class="fc-dialog-content"><p class="fc-text">{c["cookie"]}</p></div><div class="fc-footer-buttons">'
                f'<button class="fc-button fc-cta-consent"><p class="fc-button-label">{b[0]}</p></button>'
                f'<button class="fc-button fc-cta-do-not-consent"><p class="fc-button-label">{b[1]}</p></button>'
                f'<button class="fc-button fc-cta-manage-options"><p class="fc-button-label">{b[2]}</p></button>'
                f'</div></div></div></div>')
    return (f'<aside id="onetrust-banner-sdk" class="otFlat" aria-label="cookies"><div class="ot-sdk-container">'
            f'<div id="onetrust-policy-text">{c["cookie"]}</div><div id="onetrust-button-group">'
            f'<button id="onetrust-accept-btn-handler">{b[0]}</button><button id="onetrust-reject-all-handler">{b[1]}'
            f'</button><button id="onetrust-pc-btn-handler">{b[2]}</button></div></div></aside>')


def most_read_items(page, c):
    items = list(c['most_read_items'])
    k = seed(page, 'mr') % len(items)
    items = items[k:] + items[:k]
    items = items[:5]
    if page.get('sidebar_headline'):
        items.insert(1, page['sidebar_headline'])
    return items


def most_read_html(page, c, site, tag='aside', cls='most-read'):
    lis = ''.join(f'<li><span class="rank">{i + 1}</span><a href="https://{site["domain"]}/news/{seed(page, t) % 10**7}'
                  f'">{t}</a></li>' for i, t in enumerate(most_read_items(page, c)))
    return f'<{tag} class="{cls}"><h2 class="widget-title">{c["most_read"]}</h2><ol>{lis}</ol></{tag}>'


def newsletter_html(c):
    t, d, b = c['newsletter']
    return (f'<div class="newsletter-box"><h3>{t}</h3><p>{d}</p><form action="/newsletter" method="post">'
            f'<input type="email" name="email" placeholder="name@example.com"><button type="submit">{b}</button>'
            f'</form></div>')


def ad_html(c, slot):
    return (f'<div class="ad-slot" id="div-gpt-ad-{slot}" data-ad-unit="/2143/{slot}"><span class="ad-label">'
            f'{c["ad"]}</span></div>')


def footer_html(page, c, site, year):
    links = ''.join(f'<li><a href="https://{site["domain"]}/{slug(n)}">{esc(n)}</a></li>' for n in c['footer'])
    secs = ''.join(f'<li><a href="https://{site["domain"]}/{slug(n)}/">{esc(n)}</a></li>' for n in c['nav'][:8])
    copy = c['copyright'].format(year=year, site=site['name'])
    return (f'<div class="footer-top"><div class="footer-logo">{esc(site["name"])}</div><ul class="footer-sections">'
            f'{secs}</ul></div><ul class="footer-links">{links}</ul><p class="copyright">{copy}</p>')


def head_html(page, c, site, title):
    lang = page['html_lang']
    url = f'https://{site["domain"]}/{page.get("section_slug", "news")}/{page["name"]}'
    desc = strip_tags(page.get('dek') or page.get('title') or '')
    is_article = page['pageType'] == 'article'
    og_type = 'article' if (is_article and page.get('og', True)) else 'website'
    metas = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<title>{esc(title)}</title>',
        f'<meta name="description" content="{esc(desc)}">',
        f'<link rel="canonical" href="{url}">',
        f'<link rel="stylesheet" href="https://static.{site["domain"]}/css/main.{seed(page) % 10**8:x}.css">',
        f'<link rel="icon" href="https://static.{site["domain"]}/favicon.ico">',
    ]
    if page.get('og', True) or not is_article:
        metas += [
            f'<meta property="og:site_name" content="{esc(site["name"])}">',
            f'<meta property="og:title" content="{esc(strip_tags(page.get("title", title)))}">',
            f'<meta property="og:type" content="{og_type}">',
            f'<meta property="og:url" content="{url}">',
            f'<meta property="og:image" content="https://img.example/{seed(page) % 10**9}.jpg">',
            '<meta name="twitter:card" content="summary_large_image">',
        ]
        if is_article and page.get('og', True):
            metas.append(f'<meta property="article:published_time" content="{page["date"]}:00+00:00">')
            if page.get('section'):
                metas.append(f'<meta property="article:section" content="{esc(page["section"])}">')
    if page.get('jsonld'):
        data = {
            '@context': 'https://schema.org',
            '@type': 'NewsArticle',
            'headline': strip_tags(page['title']),
            'datePublished': page['date'] + ':00+00:00',
            'inLanguage': lang,
            'author': [{'@type': 'Person', 'name': page.get('author', site['name'])}],
            'publisher': {'@type': 'Organization', 'name': site['name'],
                          'logo': {'@type': 'ImageObject', 'url': f'https://static.{site["domain"]}/logo.png'}},
            'mainEntityOfPage': url,
        }
        if page.get('dek'):
            data['description'] = strip_tags(page['dek'])
        if page.get('tags'):
            data['keywords'] = page['tags']
        metas.append('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + '</script>')
    elif page.get('jsonld_website'):
        data = {'@context': 'https://schema.org', '@type': 'WebSite', 'name': site['name'], 'url': f'https://{site["domain"]}/'}
        metas.append('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + '</script>')
    metas.append('<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"%s","section":"%s"});'
                 '</script>' % (page['pageType'], slug(page.get('section', 'home'))))
    metas.append(f'<script async src="https://tags.{site["domain"]}/gtm.js?id=GTM-{seed(page) % 10**6}"></script>')
    return '\n'.join(metas)


def byline(page, c):
    a = page.get('author', '')
    if not a:
        return ''
    if page['lang'] in ('ko', 'zh-Hans', 'zh-Hant'):
        return f'{esc(a)} {c["by"]}'
    if page['lang'] == 'ja':
        return esc(a)
    return f'{c["by"]} {esc(a)}'


def tags_html(page, c, site):
    if not page.get('tags'):
        return ''
    lis = ''.join(f'<li><a href="https://{site["domain"]}/tag/{slug(t)}" rel="tag">{esc(t)}</a></li>'
                  for t in page['tags'])
    return f'<div class="article-tags"><span>{c["tags"]}</span><ul>{lis}</ul></div>'


def share_html(c):
    return '<div class="share-bar">' + ''.join(f'<button type="button" class="share-btn">{s}</button>'
                                               for s in c['share']) + '</div>'


def related_html(page, c, site):
    rel = page.get('related')
    if not rel:
        return ''
    lis = ''.join(f'<li><a href="https://{site["domain"]}/news/{seed(page, r) % 10**7}">{r}</a></li>' for r in rel)
    return f'<div class="related-links"><h3>{c["related"]}</h3><ul>{lis}</ul></div>'


# ---------------------------------------------------------------- page structures

def layout_semantic(page, c, site, year):
    links, sub = nav_html(page, c, site)
    util = ''.join(f'<a href="#" class="util-link">{u}</a>' for u in c['util'])
    body = render_body(page, 'semantic')
    dek = f'<p class="standfirst">{page["dek"]}</p>' if page.get('dek') else ''
    lead = ''
    if page.get('lead_image'):
        alt, cap = page['lead_image']
        lead = (f'<figure class="lead-image"><img src="https://img.example/{seed(page) % 10**9}.jpg" alt="{esc(alt)}" '
                f'width="1600" height="900"><figcaption>{cap}</figcaption></figure>')
    crumbs = (f'<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">{c["breadcrumb_home"]}</a></li>'
              f'<li><a href="/{slug(page.get("section", "news"))}/">{esc(page.get("section", ""))}</a></li></ol></nav>')
    rt = c['read_time'].format(n=max(2, len(strip_tags(' '.join(page.get('body', [])))) // 900))
    return f'''<body class="article-page">
<a class="skip-link" href="#main">{c["skip"]}</a>
{cookie_html(page, c)}
<header class="site-header">
<div class="top-bar"><span class="tagline">{esc(site["tagline"])}</span><div class="util">{util}</div></div>
<div class="masthead"><a href="https://{site["domain"]}/" class="logo">{esc(site["name"])}</a>
<form class="search" role="search"><input type="search" placeholder="{c["search"]}"><button>🔍</button></form></div>
<nav class="primary-nav" aria-label="primary"><ul>{links}</ul></nav>
<nav class="secondary-nav"><ul>{sub}</ul></nav>
</header>
{ad_html(c, "leaderboard")}
<main id="main" class="layout">
{crumbs}
<article class="story">
<header class="story-header">
<span class="kicker">{esc(page.get("section", ""))}</span>
<h1 class="headline">{page["title"]}</h1>
{dek}
<div class="byline"><span class="author">{byline(page, c)}</span> <time datetime="{page["date"]}">{fmt_date(page["lang"], page["date"])}</time> <span class="read-time">{rt}</span></div>
{share_html(c)}
</header>
{lead}
<div class="story-body">
{body}
</div>
{tags_html(page, c, site)}
{related_html(page, c, site)}
</article>
{render_comments(page, c)}
<aside class="sidebar">
{most_read_html(page, c, site, tag="section")}
{ad_html(c, "mpu")}
{newsletter_html(c)}
</aside>
</main>
<footer class="site-footer">{footer_html(page, c, site, year)}</footer>
<script src="https://static.{site["domain"]}/js/app.{seed(page) % 10**8:x}.js" defer></script>
</body>'''


def layout_soup(page, c, site, year):
    links, sub = nav_html(page, c, site)
    body = render_body(page, 'soup')
    dek = f'<div class="sub_title"><b>{page["dek"]}</b></div>' if page.get('dek') else ''
    util = ' | '.join(f'<a href="#">{u}</a>' for u in c['util'])
    mr = ''.join(f'<div class="rank_item"><span class="num">{i + 1}</span> <a href="/news/read.php?id='
                 f'{seed(page, t) % 10**6}">{t}</a></div>' for i, t in enumerate(most_read_items(page, c)))
    return f'''<body onload="initPage()">
<div id="wrap">
<div id="top_util" class="clearfix"><div class="fl">{esc(site["tagline"])}</div><div class="fr">{util}</div></div>
<div id="header"><div class="logo"><a href="/"><img src="/images/logo.gif" alt="{esc(site["name"])}"></a></div>
<div class="search_box"><input type="text" name="q" value="" title="{c["search"]}"><a href="#" class="btn_search">{c["util"][-1]}</a></div></div>
<div id="gnb"><ul class="menu">{links}</ul><ul class="sub_menu">{sub}</ul></div>
<div id="container" class="clearfix">
<div id="content_left">
<div class="location"><a href="/">{c["breadcrumb_home"]}</a> &gt; <a href="#">{esc(page.get("section", ""))}</a></div>
<div class="article_head">
<div class="article_title">{page["title"]}</div>
{dek}
<div class="article_info"><span class="writer">{byline(page, c)}</span> <span class="date">{fmt_date(page["lang"], page["date"])}</span></div>
</div>
<div id="articleBody" class="article_txt" itemprop="articleBody">
{body}
</div>
<div class="article_bottom">{share_html(c)}{tags_html(page, c, site)}</div>
{related_html(page, c, site)}
{render_comments(page, c)}
</div>
<div id="content_right">
<div class="banner">{ad_html(c, "right_1")}</div>
<div class="ranking_box"><div class="box_title">{c["most_read"]}</div>{mr}</div>
{newsletter_html(c)}
<div class="banner">{ad_html(c, "right_2")}</div>
</div>
</div>
<div id="footer">{footer_html(page, c, site, year)}</div>
</div>
{cookie_html(page, c)}
<script>function initPage(){{var a=document.getElementById("articleBody");if(a){{a.style.fontSize="17px"}}}}</script>
</body>'''


def layout_modern(page, c, site, year):
    links, sub = nav_html(page, c, site)
    body = render_body(page, 'modern')
    h = seed(page) % 9000 + 1000
    dek = f'<p class="css-dek{h}" data-testid="standfirst">{page["dek"]}</p>' if page.get('dek') else ''
    mr = ''.join(f'<li class="css-li{h}"><a class="css-a{h}" href="https://{site["domain"]}/a/{seed(page, t) % 10**8:x}">'
                 f'<span>{t}</span></a></li>' for t in most_read_items(page, c))
    return f'''<body>
<div id="__next"><div class="css-root{h}">
<div class="css-hdr{h}" data-testid="header"><div class="css-logo{h}"><a href="/" aria-label="{esc(site["name"])}"><svg width="140" height="24" role="img"><title>{esc(site["name"])}</title></svg></a></div>
<div class="css-nav{h}" role="navigation"><ul>{links}</ul></div><div class="css-util{h}">{''.join(f'<button>{u}</button>' for u in c["util"])}</div></div>
<div class="css-wrap{h}">
<div class="css-main{h}" role="main">
<div data-testid="article" class="css-art{h}">
<div class="css-meta{h}"><a href="#">{esc(page.get("section", ""))}</a></div>
<h1 class="css-h1{h}" data-testid="headline">{page["title"]}</h1>
{dek}
<div class="css-by{h}"><span>{byline(page, c)}</span><span>{fmt_date(page["lang"], page["date"])}</span></div>
<div class="css-body{h}" data-testid="article-body">
{body}
</div>
{tags_html(page, c, site)}
</div>
{render_comments(page, c)}
</div>
<div class="css-side{h}" data-testid="sidebar"><div class="css-mr{h}"><h2>{c["most_read"]}</h2><ol>{mr}</ol></div>{ad_html(c, "side")}{newsletter_html(c)}</div>
</div>
<div class="css-ftr{h}" data-testid="footer">{footer_html(page, c, site, year)}</div>
</div></div>
{cookie_html(page, c)}
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"id":"{h}","type":"{page["pageType"]}"}}}},"page":"/article/[slug]","buildId":"b{h}"}}</script>
</body>'''


def layout_portal(page, c, site, year):
    links, sub = nav_html(page, c, site)
    body = render_body(page, 'soup')
    dek = f'<strong class="media_end_summary">{page["dek"]}</strong><br><br>' if page.get('dek') else ''
    rank = ''.join(f'<li><em class="rank_num">{i + 1}</em><a href="/ranking/read?aid={seed(page, t) % 10**9}">{t}</a></li>'
                   for i, t in enumerate(most_read_items(page, c)))
    return f'''<body>
<div id="u_skip"><a href="#ct">{c["skip"]}</a></div>
<div class="end_container">
<div id="header" class="Nlnb"><h1 class="Nlogo"><a href="/">{esc(site["name"])}</a></h1>
<div class="Nlnb_menu"><ul class="Nlnb_menu_list">{links}</ul></div>
<div class="Ngnb_util">{''.join(f'<a href="#">{u}</a>' for u in c["util"])}</div></div>
<div class="Nsnb"><ul>{sub}</ul></div>
<div id="ct_wrap" class="ct_wrap"><div class="ct_scroll_wrapper">
<div id="ct" class="newsct" role="main">
<div class="media_end_head go_trans">
<div class="media_end_head_top"><a href="/" class="media_end_head_top_logo">{esc(site["name"])}</a> <span>{esc(page.get("section", ""))}</span></div>
<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>{page["title"]}</span></h2></div>
<div class="media_end_head_info"><span class="media_end_head_info_datestamp_time">{fmt_date(page["lang"], page["date"])}</span> <em class="media_end_head_journalist_name">{byline(page, c)}</em></div>
</div>
<div id="contents" class="newsct_body">
<div id="newsct_article" class="newsct_article _article_body">
<article id="dic_area" class="go_trans _article_content">
{dek}{body}
</article>
</div>
{tags_html(page, c, site)}
</div>
{render_comments(page, c)}
</div>
<div id="aside" class="newsct_aside"><div class="aside_ranking"><h3>{c["most_read"]}</h3><ul>{rank}</ul></div>{ad_html(c, "aside")}</div>
</div></div>
<div id="footer" class="Nfooter">{footer_html(page, c, site, year)}</div>
</div>
{cookie_html(page, c)}
</body>'''


def layout_listing(page, c, site, year):
    links, sub = nav_html(page, c, site)
    util = ''.join(f'<a href="#" class="util-link">{u}</a>' for u in c['util'])
    secs = []
    for si, sec in enumerate(page['listing']):
        cards = []
        for ii, it in enumerate(sec['items']):
            teaser = f'<p class="teaser">{it["teaser"]}</p>' if it.get('teaser') else ''
            img = (f'<img src="https://img.example/{seed(page, it["title"]) % 10**9}.jpg" alt="" width="400" '
                   f'height="225" loading="lazy">') if (si == 0 and ii == 0) or it.get('img') else ''
            meta = f'<span class="card-meta">{it["meta"]}</span>' if it.get('meta') else ''
            cards.append(f'<div class="card{" card--lead" if si == 0 and ii == 0 else ""}">{img}<h3 class="card-title">'
                         f'<a href="https://{site["domain"]}/news/{seed(page, it["title"]) % 10**8}">{it["title"]}</a>'
                         f'</h3>{teaser}{meta}</div>')
        secs.append(f'<section class="front-section" data-section="{slug(sec["section"])}"><h2 class="section-title">'
                    f'<a href="/{slug(sec["section"])}/">{sec["section"]}</a></h2><div class="cards">{"".join(cards)}'
                    f'</div></section>')
    return f'''<body class="front">
{cookie_html(page, c)}
<header class="site-header"><div class="top-bar"><span class="date">{fmt_date(page["lang"], page["date"])}</span><div class="util">{util}</div></div>
<div class="masthead"><a href="/" class="logo">{esc(site["name"])}</a><span class="tagline">{esc(site["tagline"])}</span></div>
<nav class="primary-nav"><ul>{links}</ul></nav><nav class="secondary-nav"><ul>{sub}</ul></nav></header>
{ad_html(c, "billboard")}
<div class="front-layout">
<div class="front-main" id="main">
{"".join(secs)}
</div>
<div class="front-rail">{most_read_html(page, c, site, tag="div", cls="rail-most-read")}{ad_html(c, "rail")}{newsletter_html(c)}</div>
</div>
<footer class="site-footer">{footer_html(page, c, site, year)}</footer>
</body>'''


def layout_raw(page, c, site, year):
    links, sub = nav_html(page, c, site)
    return f'''<body>
{cookie_html(page, c)}
<header class="site-header"><div class="masthead"><a href="/" class="logo">{esc(site["name"])}</a></div>
<nav class="primary-nav"><ul>{links}</ul></nav></header>
<main id="main">
{page["raw_main"]}
</main>
<footer class="site-footer">{footer_html(page, c, site, year)}</footer>
</body>'''


LAYOUTS = {'semantic': layout_semantic, 'soup': layout_soup, 'modern': layout_modern, 'portal': layout_portal,
           'listing': layout_listing, 'raw': layout_raw}


def render(page):
    c = CHROME[page['lang']]
    site = c['sites'][page.get('site', 0) % len(c['sites'])]
    year = page['date'][:4]
    title = strip_tags(page.get('title', site['name']))
    if page['pageType'] == 'article':
        title = f'{title} | {site["name"]}' if page['lang'] not in ('ja', 'zh-Hans', 'zh-Hant', 'ko') else \
            f'{title} - {site["name"]}'
    elif page.get('doc_title'):
        title = page['doc_title']
    else:
        title = f'{site["name"]} – {site["tagline"]}'
    layout = LAYOUTS[page.get('style', 'semantic')]
    doctype = '<!DOCTYPE html>' if page.get('style') != 'soup' else \
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
    return (f'{doctype}\n<html lang="{page["html_lang"]}">\n<head>\n{head_html(page, c, site, title)}\n</head>\n'
            f'{layout(page, c, site, year)}\n</html>\n')


# ---------------------------------------------------------------- main content (for label checking)

def main_text(page):
    """The text a reader would call the page's main content (what labels' entities are taken from)."""
    parts = []
    if page['pageType'] == 'listing':
        for sec in page['listing']:
            for it in sec['items']:
                parts += [it['title'], it.get('teaser', '')]
    elif page.get('raw_main'):
        parts.append(page.get('main_text', ''))
    else:
        parts += [page.get('title', ''), page.get('dek', '')]
        if page.get('lead_image'):
            parts.append(page['lead_image'][1])
        for b in page.get('body', []):
            if b.startswith('!img|'):
                parts.append(b.split('|', 2)[2])
            else:
                parts.append(re.sub(r'^(## |> |- )', '', b))
        if page.get('sidebar_headline'):
            parts.append(page['sidebar_headline'])
    return '\n'.join(strip_tags(p) for p in parts if p)


def load_pages():
    pages = []
    for m in LANG_MODULES:
        mod = importlib.import_module(f'content.{m}')
        for p in mod.PAGES:
            p.setdefault('html_lang', p['lang'])
            pages.append(p)
    return pages


def main():
    pages = load_pages()
    names = set()
    labels = []
    for p in pages:
        folder = p.get('folder', p['lang'])
        rel = f'corpus/{folder}/{p["name"]}.html'
        assert rel not in names, rel
        names.add(rel)
        os.makedirs(os.path.join(EVAL, 'corpus', folder), exist_ok=True)
        with open(os.path.join(EVAL, rel), 'w', encoding='utf-8') as f:
            f.write(render(p))
        labels.append({'file': rel, 'lang': p['lang'], 'verdict': p['verdict'], 'pageType': p['pageType'],
                       'entities': sorted(set(p['entities']))})
    with open(os.path.join(EVAL, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump({'formatVersion': 1, 'pages': labels}, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print(f'{len(labels)} pages written')


if __name__ == '__main__':
    main()
