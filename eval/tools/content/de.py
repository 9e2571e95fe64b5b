# German pages. Original texts written for this corpus; outlets and people quoted are fictional.

PAGES = [
    {
        'name': 'eu-listet-nordkoreanische-offiziere',
        'lang': 'de', 'verdict': 'about', 'pageType': 'article', 'style': 'semantic', 'site': 0,
        'og': True, 'jsonld': True,
        'section': 'Ausland',
        'date': '2024-12-16T16:25',
        'author': 'Katharina Weber',
        'title': 'EU verhängt Sanktionen gegen nordkoreanische Militärs wegen Waffenlieferungen an Russland',
        'dek': 'Der Rat der EU friert das Vermögen von Offizieren und Rüstungsfirmen ein. Auch Reedereien sind betroffen.',
        'body': [
            'Die Europäische Union hat ihre Sanktionen gegen Nordkorea ausgeweitet. Der Rat der EU setzte am Montag '
            'mehrere hochrangige Offiziere der Koreanischen Volksarmee sowie Unternehmen der Rüstungsindustrie auf die '
            'Sanktionsliste. Ihr Vermögen in der EU wird eingefroren, Einreisen in die Mitgliedstaaten sind ihnen '
            'untersagt.',
            'Zur Begründung heißt es, die Betroffenen seien für die Lieferung von Artilleriegranaten und ballistischen '
            'Raketen an Russland verantwortlich oder an der Entsendung nordkoreanischer Soldaten in die russische '
            'Grenzregion Kursk beteiligt. Russland setzt die Waffen nach Erkenntnissen westlicher Geheimdienste gegen '
            'die Ukraine ein.',
            'Die EU-Sanktionen gegen Nordkorea gehen auf das Jahr 2006 zurück. Neben der Umsetzung der Beschlüsse des '
            'UN-Sicherheitsrats verhängt Brüssel seit Jahren auch eigene Maßnahmen. Rechtsgrundlage ist vor allem die '
            'Verordnung (EU) 2017/1509, die unter anderem Ausfuhren von Luxusgütern, Investitionen und die Beschäftigung '
            'nordkoreanischer Arbeitskräfte verbietet.',
            '## Lücke bei den Vereinten Nationen',
            'Die Europäer reagieren damit auch auf die Blockade im Sicherheitsrat. Seit Russland im März das Mandat des '
            'UN-Expertengremiums per Veto beendet hat, gibt es keinen unabhängigen UN-Bericht mehr über Verstöße gegen '
            'die Sanktionen. Deutschland, Frankreich, Italien und die Niederlande beteiligen sich deshalb am neuen '
            'Multilateralen Sanktionsüberwachungsteam (MSMT), das im Oktober gegründet wurde.',
            '„Wer Russland beim Krieg gegen die Ukraine hilft, muss mit Konsequenzen rechnen – egal ob in Moskau oder in '
            'Pjöngjang“, sagte ein EU-Diplomat in Brüssel.',
            'Nordkorea reagierte bislang nicht. Pjöngjang bezeichnet Sanktionen gewöhnlich als „feindselige Politik“ '
            'und erkennt sie nicht an.',
        ],
        'tags': ['Nordkorea', 'EU', 'Sanktionen', 'Russland'],
        'comments': [
            ('Hanseat_62', 'vor 3 Stunden', 'Symbolpolitik. Die Herren haben doch kein Konto in Europa.'),
            ('k.lindner', 'vor 2 Stunden', '@Hanseat_62 Es geht auch um Firmen und Reedereien, die sehr wohl Geschäfte '
             'über Drittstaaten machen.'),
        ],
        'entities': ['european-union', 'russia', 'council-of-the-eu', 'korean-peoples-army', 'north-korea', 'ukraine',
                     'eu-dprk-sanctions', 'unsc', 'eu-regulation-2017-1509', 'united-nations', 'panel-of-experts',
                     'germany', 'france', 'italy', 'netherlands', 'msmt', 'pyongyang'],
    },
    {
        'name': 'nordkoreanische-it-fachkraefte',
        'lang': 'de', 'verdict': 'about', 'pageType': 'article', 'style': 'modern', 'site': 2,
        'og': True, 'jsonld': False,
        'section': 'Digital',
        'date': '2025-06-26T07:45',
        'author': 'Jonas Hartmann',
        'title': 'Falsche Freelancer: Wie nordkoreanische IT-Fachkräfte Sanktionen umgehen – auch in Deutschland',
        'dek': 'Der Verfassungsschutz warnt Unternehmen vor Bewerbern, die für Pjöngjang Devisen erwirtschaften.',
        'body': [
            'Der Lebenslauf war tadellos, die Programmierprobe fehlerfrei, und beim Videocall war die Kamera leider kaputt. '
            'So schildert der Gründer eines Berliner Start-ups, wie er beinahe einen Entwickler eingestellt hätte, der '
            'nach Einschätzung der Behörden für Nordkorea arbeitete.',
            'Das Bundesamt für Verfassungsschutz hat deutsche Firmen in einem Sicherheitshinweis vor solchen Bewerbungen '
            'gewarnt. Nordkoreanische IT-Fachkräfte gäben sich auf Freelancer-Plattformen als Entwickler aus Japan, '
            'Polen oder den Vereinigten Staaten aus und nutzten gestohlene oder gemietete Identitäten.',
            'Die Einnahmen fließen nach Erkenntnissen westlicher Behörden größtenteils an den Staat. Nach Schätzungen des '
            'US-Außenministeriums bringen mehrere tausend solcher Arbeitskräfte dem Land jährlich Hunderte Millionen '
            'Dollar ein, Geld, das in das nordkoreanische Atomprogramm und die Raketenentwicklung fließt.',
            '## Verstoß gegen UN-Resolutionen',
            'Wer nordkoreanische Arbeitskräfte beschäftigt, verstößt gegen die Resolution 2397 des UN-Sicherheitsrats, die '
            'alle Staaten verpflichtet hat, solche Arbeiter bis Ende 2019 zurückzuschicken. In der EU ist das Verbot '
            'zusätzlich in der Sanktionsverordnung verankert; Zahlungen an die Betroffenen können als Sanktionsverstoß '
            'strafbar sein.',
            'Besonders heikel: Einige der Entwickler verschafften sich nach Angaben von Sicherheitsfirmen Zugang zu '
            'Firmennetzwerken und ebneten so Hackergruppen wie der Lazarus-Gruppe den Weg.',
            'Das Bundesamt rät, Bewerber stets per Video mit eingeschalteter Kamera zu prüfen, Ausweisdokumente '
            'gegenzuchecken und misstrauisch zu werden, wenn Gehälter auf Konten in Drittstaaten fließen sollen.',
        ],
        'tags': ['Cybersicherheit', 'Nordkorea', 'Arbeitsmarkt'],
        'entities': ['dprk-it-workers', 'pyongyang', 'north-korea', 'germany', 'japan', 'united-states',
                     'us-state-department', 'dprk-nuclear-programme', 'unscr-2397', 'unsc', 'european-union',
                     'lazarus-group', 'dprk-missile-programme', 'united-nations'],
    },
    {
        'name': 'russland-sanktionen-19-paket',
        'lang': 'de', 'verdict': 'none', 'pageType': 'article', 'style': 'soup', 'site': 2,
        'og': False, 'jsonld': False,
        'section': 'Wirtschaft',
        'date': '2025-10-23T19:10',
        'author': 'Felix Brandt',
        'title': 'Neues Sanktionspaket: EU verbietet russisches Flüssiggas ab 2027',
        'dek': 'Auch Kryptobörsen und Banken in Drittstaaten geraten ins Visier. Was das 19. Paket für die Wirtschaft bedeutet.',
        'body': [
            'Die Europäische Union hat ihr 19. Sanktionspaket gegen Russland beschlossen. Kernstück ist ein Importverbot '
            'für russisches Flüssigerdgas (LNG), das für langfristige Verträge ab Januar 2027 gilt, für kurzfristige '
            'schon früher.',
            'Zusätzlich setzt die EU 117 weitere Schiffe der sogenannten Schattenflotte auf die Liste, mit denen Russland '
            'den Ölpreisdeckel umgeht. Erstmals sind auch Kryptowährungsplattformen und Banken in Zentralasien betroffen, '
            'die bei der Umgehung von Sanktionen helfen sollen.',
            'Die deutsche Industrie reagierte gelassen. Deutschland bezieht seit 2022 kein Gas mehr direkt aus Russland; '
            'russisches LNG gelangt vor allem über Häfen in Belgien, Frankreich und Spanien in die EU.',
            'Ökonomen halten den Effekt auf Moskaus Einnahmen für begrenzt, solange Abnehmer in Asien bereitstehen. '
            '„Entscheidend ist, ob die USA bei den Sekundärsanktionen mitziehen“, sagt die Energieexpertin einer '
            'Berliner Denkfabrik.',
        ],
        'entities': ['european-union', 'russia', 'germany', 'france', 'united-states'],
    },
    {
        'name': 'bibimbap-rezept',
        'lang': 'de', 'verdict': 'none', 'pageType': 'article', 'style': 'semantic', 'site': 1,
        'og': True, 'jsonld': True,
        'section': 'Genuss',
        'date': '2025-03-15T10:00',
        'author': 'Lena Vogt',
        'title': 'Bibimbap: Das koreanische Reisgericht, das jeder Resteküche Glanz verleiht',
        'dek': 'Reis, Gemüse, ein Spiegelei und scharfe Gochujang-Soße – so gelingt der Klassiker zu Hause.',
        'body': [
            'Bibimbap heißt wörtlich „gemischter Reis“ und ist in Südkorea so alltäglich wie bei uns das Butterbrot. '
            'Jede Familie hat ihre eigene Variante – perfekt also, um Gemüsereste zu verwerten.',
            '## Zutaten für 2 Personen',
            '- 200 g Rundkornreis',
            '- 1 Karotte, 1 Zucchini, 100 g Spinat, 100 g Sojasprossen',
            '- 150 g Rinderhack oder Tofu',
            '- 2 Eier',
            '- 2 EL Gochujang, 1 EL Sesamöl, 1 TL Zucker, 1 EL Sojasoße',
            '## Zubereitung',
            'Den Reis waschen und nach Packungsanleitung garen. Karotte und Zucchini in feine Streifen schneiden und '
            'nacheinander kurz in wenig Öl anbraten, den Spinat blanchieren und mit Sesamöl und Salz würzen.',
            'Hack mit Sojasoße und etwas Zucker krümelig braten. Gochujang mit Sesamöl, Zucker und einem Schuss Wasser '
            'zu einer Soße verrühren. Die Eier als Spiegeleier braten.',
            'Reis in Schalen verteilen, Gemüse und Fleisch kranzförmig darauf anrichten, das Ei in die Mitte setzen. '
            'Erst am Tisch alles mit der Soße kräftig vermischen.',
            'Tipp: In einer heißen Steinschale (Dolsot) zubereitet, bildet sich am Boden eine knusprige Reiskruste.',
        ],
        'tags': ['Rezepte', 'Koreanische Küche'],
        'entities': ['south-korea'],
    },
    {
        'name': 'bundesliga-suedkoreaner-wechsel',
        'lang': 'de', 'verdict': 'none', 'pageType': 'article', 'style': 'portal', 'site': 0,
        'og': True, 'jsonld': True,
        'section': 'Sport',
        'date': '2025-08-29T18:55',
        'author': 'Sportredaktion',
        'title': 'Transfer perfekt: Südkoreanischer Nationalspieler wechselt in die Bundesliga',
        'dek': 'Der 24-jährige Mittelfeldspieler unterschreibt bis 2029. Die Ablöse soll bei rund zwölf Millionen Euro liegen.',
        'body': [
            'Kurz vor Ende der Transferperiode hat der Bundesligist seinen Wunschspieler verpflichtet. Der südkoreanische '
            'Nationalspieler kommt vom schottischen Meister und erhält einen Vertrag bis Juni 2029.',
            '„Er ist technisch stark, läuferisch überragend und kann mehrere Positionen im Mittelfeld spielen“, sagte der '
            'Sportdirektor bei der Vorstellung. Der Spieler selbst sprach von einem „Traum, der in Erfüllung geht“.',
            'In Südkorea ist das Interesse an dem Wechsel riesig. Schon am Abend der Vertragsunterzeichnung meldete der '
            'Verein Tausende neue Follower aus Seoul und Busan auf seinen Social-Media-Kanälen.',
            'Der Mittelfeldspieler ist der dritte Südkoreaner im aktuellen Bundesliga-Aufgebot. Sein Debüt könnte er '
            'nach der Länderspielpause geben, wenn die Nationalmannschaft ihre Testspiele in den USA absolviert hat.',
        ],
        'entities': ['south-korea', 'united-states'],
    },
    {
        'name': 'startseite',
        'lang': 'de', 'verdict': 'mentions', 'pageType': 'listing', 'style': 'listing', 'site': 1,
        'date': '2025-10-08T06:45',
        'listing': [
            {'section': 'Top-Themen', 'items': [
                {'title': 'Haushaltsstreit: Koalition einigt sich in letzter Minute',
                 'teaser': 'Die Schuldenbremse bleibt, dafür kommen neue Sondervermögen für Schienen und Brücken.'},
                {'title': 'Sturmtief „Gerda“: Bahn stellt Fernverkehr im Norden ein'},
                {'title': 'Rente mit 63: Was die Reformpläne für Beschäftigte bedeuten'},
            ]},
            {'section': 'Ausland', 'items': [
                {'title': 'Wahl in Tschechien: Populist gewinnt klar'},
                {'title': 'Ölschmuggel auf hoher See: Neue Satellitenbilder zeigen Umladungen für Nordkorea',
                 'teaser': 'Tanker liefern raffinierte Ölprodukte weit über die von den Vereinten Nationen erlaubte Menge.'},
                {'title': 'Waffenruhe im Sudan erneut gebrochen'},
            ]},
            {'section': 'Wirtschaft', 'items': [
                {'title': 'Autozulieferer streicht 3000 Stellen in Baden-Württemberg'},
                {'title': 'DAX schließt auf Rekordhoch'},
            ]},
            {'section': 'Sport', 'items': [
                {'title': 'DFB-Pokal: Zweitligist wirft Titelverteidiger raus'},
                {'title': 'Handball-EM: Deutschland startet mit Sieg gegen Polen'},
            ]},
        ],
        'entities': ['north-korea', 'united-nations', 'germany'],
    },
]
