# Dutch pages. Original texts written for this corpus; outlets and people quoted are fictional.

PAGES = [
    {
        'name': 'msmt-opgericht-nederland',
        'lang': 'nl', 'verdict': 'about', 'pageType': 'article', 'style': 'semantic', 'site': 0,
        'og': True, 'jsonld': True,
        'section': 'Buitenland',
        'date': '2024-10-16T17:35',
        'author': 'Sanne de Vries',
        'title': 'Nederland en tien andere landen gaan zelf toezien op sancties tegen Noord-Korea',
        'dek': 'Het nieuwe Multilateraal Sanctiemonitoringsteam moet het gat vullen dat het VN-expertpanel achterliet.',
        'body': [
            'Nederland sluit zich aan bij een nieuwe internationale groep die schendingen van de sancties tegen '
            'Noord-Korea gaat onderzoeken. Dat hebben de deelnemende landen woensdag bekendgemaakt in een gezamenlijke '
            'verklaring. Het Multilateraal Sanctiemonitoringsteam (MSMT) bestaat uit elf landen, onder wie de Verenigde '
            'Staten, Zuid-Korea, Japan, Duitsland, Frankrijk en het Verenigd Koninkrijk.',
            'Het team neemt een deel van het werk over van het VN-expertpanel, dat sinds 2009 rapporteerde over de '
            'naleving van de sancties. Het mandaat van dat panel liep in april af nadat Rusland in de VN-Veiligheidsraad '
            'een veto had uitgesproken tegen verlenging. China onthield zich van stemming.',
            'Volgens de betrokken landen is toezicht juist nu hard nodig. Er zijn sterke aanwijzingen dat Noord-Korea '
            'artilleriegranaten en ballistische raketten aan Rusland levert, en dat Russische tankers olie naar '
            'Noord-Koreaanse havens brengen, beide in strijd met resoluties van de Veiligheidsraad.',
            '## Geen VN-mandaat',
            'Anders dan het oude panel heeft het MSMT geen mandaat van de Verenigde Naties. Het team zal openbare '
            'rapporten publiceren op basis van informatie van de deelnemende landen en openbare bronnen, zoals '
            'satellietbeelden en scheepvaartgegevens.',
            '„We kunnen niet accepteren dat sancties die de hele Veiligheidsraad ooit heeft aangenomen, nu ongemerkt '
            'worden uitgehold”, zei een woordvoerder van het ministerie van Buitenlandse Zaken in Den Haag.',
            'Pyongyang reageerde nog niet. Rusland noemde het initiatief eerder „een poging om buiten de VN om politieke '
            'druk uit te oefenen”.',
        ],
        'tags': ['Noord-Korea', 'Sancties', 'Verenigde Naties'],
        'comments': [
            ('PietJ', '16 okt, 18:10', 'Goed dat Nederland meedoet. Zonder toezicht betekenen sancties weinig.'),
            ('annemiek_r', '16 okt, 18:55', 'Wat is eigenlijk het verschil met het oude VN-panel? Wordt wel kort uitgelegd.'),
        ],
        'entities': ['netherlands', 'north-korea', 'msmt', 'panel-of-experts', 'united-states', 'south-korea', 'japan',
                     'germany', 'france', 'united-kingdom', 'russia', 'unsc', 'china', 'united-nations', 'pyongyang'],
    },
    {
        'name': 'douane-rotterdam-dual-use',
        'lang': 'nl', 'verdict': 'about', 'pageType': 'article', 'style': 'modern', 'site': 1,
        'og': True, 'jsonld': False,
        'section': 'Binnenland',
        'date': '2025-03-06T14:50',
        'author': 'Bram Jansen',
        'title': 'Douane onderschept in Rotterdam machines die via China naar Noord-Korea moesten',
        'dek': 'Precisiefreesmachines kunnen ook worden gebruikt voor onderdelen van raketten. Het OM onderzoekt een exporteur uit Brabant.',
        'body': [
            'De Douane heeft in de haven van Rotterdam een zending precisiefreesmachines in beslag genomen die volgens '
            'het Openbaar Ministerie uiteindelijk bestemd was voor Noord-Korea. Op de vrachtpapieren stond een '
            'handelsbedrijf in de Chinese havenstad Dalian als ontvanger.',
            'De machines vallen onder de zogeheten dual-use goederen: ze hebben een gewone industriële toepassing, maar '
            'kunnen ook worden ingezet bij de productie van onderdelen voor raketten. Uitvoer naar Noord-Korea is '
            'verboden onder de EU-sancties tegen Noord-Korea, vastgelegd in Verordening (EU) 2017/1509.',
            'Volgens ingewijden kwam de zending in beeld na een tip van een bondgenoot. Bij een eerdere levering van '
            'hetzelfde bedrijf zou de lading in Dalian zijn overgeladen op een schip richting de Noord-Koreaanse haven '
            'Nampo.',
            '## Exporteur verdacht',
            'Het OM verdenkt een exporteur uit Noord-Brabant van overtreding van de Sanctiewet. De directeur ontkent dat '
            'hij wist waar de machines terecht zouden komen. „Wij verkopen aan een klant in China, verder reikt onze '
            'kennis niet”, liet hij via zijn advocaat weten.',
            'Experts wijzen erop dat Noord-Korea al jaren via tussenhandelaren in derde landen probeert westerse '
            'technologie te bemachtigen voor zijn raketprogramma. Resolutie 2270 van de VN-Veiligheidsraad verplicht '
            'landen bovendien om alle vracht van en naar het land te inspecteren.',
            'Het is de derde keer in twee jaar dat de Nederlandse Douane een verdachte zending voor Noord-Korea '
            'onderschept.',
        ],
        'tags': ['Douane', 'Sancties', 'Rotterdam'],
        'entities': ['china', 'north-korea', 'eu-dprk-sanctions', 'eu-regulation-2017-1509', 'nampo',
                     'dprk-missile-programme', 'unscr-2270', 'unsc'],
    },
    {
        'name': 'stedentrip-seoel',
        'lang': 'nl', 'verdict': 'none', 'pageType': 'article', 'style': 'soup', 'site': 1,
        'og': True, 'jsonld': True,
        'section': 'Reizen',
        'date': '2025-04-12T09:00',
        'author': 'Eva Mulder',
        'title': 'Vijf dagen Seoel: paleizen, pojangmacha en de beste bibimbap van de stad',
        'dek': 'Zuid-Korea’s hoofdstad is drukker, hipper en lekkerder dan je denkt. Onze reisredacteur ging op pad.',
        'body': [
            'Wie in Seoel aankomt, moet even wennen aan het tempo. Metro’s die op de seconde rijden, winkelstraten die '
            'tot middernacht vol zijn en overal cafés, van minimalistische koffiebars tot katten- en zelfs '
            'wasbeercafés.',
            'Begin bij het Gyeongbokgungpaleis, het grootste van de vijf koninklijke paleizen. Trek je een hanbok aan, '
            'dan is de toegang gratis. Loop daarna door naar Bukchon, een wijk met traditionele huizen waar nog gewoon '
            'mensen wonen.',
            '’s Avonds draait alles om eten. In Gwangjang Market bestel je bindaetteok, knapperige pannenkoeken van '
            'mungbonen, en yukhoe. Bij de pojangmacha, de oranje straattentjes, drink je soju met de locals.',
            'Praktisch: KLM vliegt rechtstreeks vanaf Schiphol naar Seoel. Nederlanders hebben voor een kort bezoek '
            'aan Zuid-Korea geen visum nodig, maar moeten wel vooraf een elektronische reistoestemming aanvragen.',
        ],
        'entities': ['south-korea'],
    },
    {
        'name': 'iffr-zuid-koreaanse-film',
        'lang': 'nl', 'verdict': 'none', 'pageType': 'article', 'style': 'portal', 'site': 0,
        'og': False, 'jsonld': False,
        'section': 'Cultuur',
        'date': '2025-02-08T22:30',
        'author': 'Joost van Dijk',
        'title': 'Ingetogen Zuid-Koreaans familiedrama wint Tiger Award op IFFR',
        'dek': 'De jury prijst het debuut om zijn „geduld en tederheid”.',
        'body': [
            'Het International Film Festival Rotterdam heeft de belangrijkste prijs, de Tiger Award, toegekend aan het '
            'debuut van een jonge regisseur uit Zuid-Korea. De film volgt drie generaties vrouwen in een vissersdorp aan '
            'de zuidkust die de zaak van de overleden grootvader moeten verkopen.',
            'De jury noemde de film „een les in geduld”: lange, stille shots, weinig dialoog en een slotscène die '
            'volgens juryvoorzitter „nog dagen blijft naklinken”.',
            'De regisseur, die de prijs in ontvangst nam met haar moeder aan haar zijde, bedankte het festival in het '
            'Koreaans en het Engels. „Dit is een film over kleine mensen en kleine verdriet. Dat die hier gezien wordt, '
            'betekent alles.”',
            'De film komt dit najaar in de Nederlandse bioscopen.',
        ],
        'entities': ['south-korea'],
    },
    {
        'name': 'nieuwsoverzicht',
        'lang': 'nl', 'verdict': 'mentions', 'pageType': 'listing', 'style': 'listing', 'site': 1,
        'date': '2025-11-14T07:20',
        'listing': [
            {'section': 'Net binnen', 'items': [
                {'title': 'Kabinet presenteert plannen voor snellere woningbouw',
                 'teaser': 'Gemeenten krijgen meer geld, maar moeten ook sneller vergunningen verlenen.'},
                {'title': 'Storing bij betaalautomaten treft supermarkten in heel het land'},
                {'title': 'Eerste nachtvorst van het seizoen: gladheid in het noorden'},
            ]},
            {'section': 'Buitenland', 'items': [
                {'title': 'Belgische regering bereikt akkoord over begroting'},
                {'title': 'Nieuw MSMT-rapport: Noord-Korea verdiende miljarden met cryptodiefstal',
                 'teaser': 'Volgens de elf landen van het team financiert Pyongyang er zijn raketprogramma mee, in '
                           'strijd met de VN-sancties.'},
                {'title': 'Aardbeving in Turkije: geen slachtoffers gemeld'},
            ]},
            {'section': 'Sport', 'items': [
                {'title': 'Oranje plaatst zich voor WK na ruime zege'},
                {'title': 'Schaatsers openen wereldbekerseizoen met drie medailles'},
            ]},
            {'section': 'Cultuur', 'items': [
                {'title': 'Rijksmuseum koopt zeldzaam zelfportret aan'},
            ]},
        ],
        'entities': ['msmt', 'north-korea', 'pyongyang', 'dprk-missile-programme', 'united-nations'],
    },
]
