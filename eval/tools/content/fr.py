# French pages. Original texts written for this corpus; outlets and people quoted are fictional.

PAGES = [
    {
        'name': 'fregate-transbordement-mer-de-chine',
        'lang': 'fr', 'verdict': 'about', 'pageType': 'article', 'style': 'semantic', 'site': 0,
        'og': True, 'jsonld': True,
        'section': 'International',
        'date': '2024-04-19T11:10',
        'author': 'Camille Laurent',
        'title': 'Une frégate française surprend un transbordement illicite au profit de la Corée du Nord',
        'dek': 'En mer de Chine orientale, l’équipage a photographié deux navires reliés par des tuyaux, en pleine nuit. '
               'Les images ont été transmises au Comité 1718 de l’ONU.',
        'body': [
            'Il était un peu plus de deux heures du matin quand l’hélicoptère embarqué de la frégate a repéré les deux '
            'silhouettes, feux de navigation éteints, bord à bord. Sur les photos prises par l’équipage, on distingue '
            'clairement les tuyaux reliant un pétrolier battant pavillon d’un pays d’Afrique de l’Ouest à un navire '
            'dont le nom avait été masqué à la peinture.',
            'Selon l’état-major des armées, qui a rendu l’opération publique jeudi, il s’agit d’un transfert de produits '
            'pétroliers raffinés destinés à la Corée du Nord, en violation des sanctions imposées par le Conseil de '
            'sécurité de l’ONU. La résolution 2397, adoptée en 2017, plafonne à 500 000 barils par an les importations '
            'nord-coréennes de produits raffinés et interdit ce type de transbordements en mer.',
            'Depuis 2018, la France participe avec sa Marine nationale, aux côtés des États-Unis, du Japon, du Canada, de l’Australie '
            'et du Royaume-Uni, à la surveillance de ces trafics en mer de Chine orientale. Les informations recueillies '
            'sont transmises au Comité 1718, chargé de suivre l’application des sanctions contre Pyongyang.',
            '## Un contexte diplomatique tendu',
            'L’annonce intervient trois semaines après le veto de la Russie au renouvellement du Groupe d’experts de '
            'l’ONU, qui enquêtait notamment sur ces transbordements. Le groupe cessera ses activités fin avril. « C’est '
            'précisément le moment où il faut montrer que la surveillance continue », souligne un diplomate français.',
            'Les transbordements de navire à navire, souvent pratiqués au large des côtes chinoises, permettent à la '
            'RPDC de s’approvisionner en carburant bien au-delà du plafond autorisé. Ils lui servent aussi à exporter '
            'du charbon, dont la vente est interdite depuis 2017.',
            'Le ministère des Armées indique que la frégate poursuivra sa mission dans la région jusqu’à l’été.',
        ],
        'tags': ['Corée du Nord', 'Marine nationale', 'Sanctions', 'ONU'],
        'entities': ['france', 'north-korea', 'committee-1718', 'united-nations', 'unsc', 'unscr-2397',
                     'united-states', 'japan', 'canada', 'australia', 'united-kingdom', 'pyongyang', 'russia',
                     'panel-of-experts'],
    },
    {
        'name': 'sanctions-coree-du-nord-ce-qui-a-change',
        'lang': 'fr', 'verdict': 'about', 'pageType': 'article', 'style': 'soup', 'site': 1,
        'og': False, 'jsonld': False,
        'section': 'Décryptage',
        'date': '2025-01-27T18:00',
        'author': 'Antoine Moreau',
        'title': 'Sanctions contre la Corée du Nord : ce qui a changé depuis la fin du Groupe d’experts de l’ONU',
        'dek': 'Embargo sur les armes, plafond pétrolier, interdiction du charbon : le régime de sanctions existe '
               'toujours, mais plus personne à l’ONU n’en surveille l’application.',
        'body': [
            '<b>Quelles sanctions pèsent sur la Corée du Nord ?</b> Elles ont été adoptées par le Conseil de sécurité '
            'entre 2006 et 2017, au fil des essais nucléaires et des tirs de missiles balistiques. La résolution 1718, '
            'la première, a instauré un embargo sur les armes et créé le comité qui porte son nom. Les résolutions 2270 '
            'et 2321, en 2016, ont visé le charbon et les métaux ; en 2017, les résolutions 2371 et 2375 ont interdit '
            'les exportations de produits de la mer et de textiles, puis la résolution 2397 a plafonné les livraisons de '
            'pétrole raffiné.',
            '<b>Qu’est-ce qui a changé en 2024 ?</b> Le Groupe d’experts, chargé depuis 2009 d’enquêter sur les '
            'violations, a disparu le 30 avril 2024, la Russie ayant opposé son veto au renouvellement de son mandat. '
            'Le Comité 1718 existe toujours, mais il décide par consensus : Moscou et Pékin peuvent bloquer toute '
            'nouvelle désignation.',
            '<b>Qui a pris le relais ?</b> Onze États, dont la France, l’Allemagne, les Pays-Bas et l’Italie, ont '
            'lancé en octobre l’Équipe multilatérale de surveillance des sanctions (MSMT). Elle n’a pas de mandat '
            'onusien, mais compte publier des rapports réguliers, à commencer par les livraisons d’armes nord-coréennes '
            'à la Russie.',
            '<b>Et l’Union européenne ?</b> Elle applique les résolutions et va plus loin avec ses propres mesures '
            'restrictives à l’encontre de la RPDC : gel des avoirs de dizaines de personnes et d’entités, interdiction '
            'des investissements et de la plupart des échanges commerciaux.',
            '<b>Les sanctions fonctionnent-elles ?</b> Les avis divergent. Le programme nucléaire nord-coréen a '
            'continué de progresser, et Pyongyang trouve de nouvelles sources de revenus, du vol de cryptomonnaies au '
            'travail d’informaticiens nord-coréens à l’étranger. Mais sans sanctions, estiment la plupart des experts, '
            'ces progrès auraient été plus rapides encore.',
        ],
        'comments': [
            ('Jean-Marc D.', 'il y a 5 heures', 'Enfin un article clair sur le sujet. Merci.'),
            ('Sophie_L', 'il y a 3 heures', 'On oublie souvent que la Chine reste le premier partenaire commercial de Pyongyang.'),
        ],
        'entities': ['north-korea', 'panel-of-experts', 'united-nations', 'unsc', 'unscr-1718', 'unscr-2270',
                     'unscr-2321', 'unscr-2371', 'unscr-2375', 'unscr-2397', 'russia', 'committee-1718', 'china',
                     'france', 'germany', 'netherlands', 'italy', 'msmt', 'european-union', 'eu-dprk-sanctions',
                     'dprk-nuclear-programme', 'pyongyang', 'dprk-it-workers', 'dprk-russia-arms-transfers'],
    },
    {
        'name': 'kim-ju-ae-heritiere',
        'lang': 'fr', 'verdict': 'none', 'pageType': 'article', 'style': 'modern', 'site': 1,
        'og': True, 'jsonld': True,
        'section': 'International',
        'date': '2025-09-05T07:30',
        'author': 'Claire Dubois',
        'title': 'Corée du Nord : la fille de Kim Jong-un, de plus en plus présente, intrigue les observateurs',
        'dek': 'Kim Ju-ae, qui aurait une douzaine d’années, accompagnait son père lors d’un récent voyage à l’étranger.',
        'body': [
            'Elle apparaît désormais presque à chaque grande cérémonie. Kim Ju-ae, la fille du dirigeant nord-coréen '
            'Kim Jong-un, a été vue cette semaine à ses côtés lors d’un déplacement à l’étranger, une première pour '
            'elle. Les images diffusées par la télévision d’État la montrent descendant de l’avion juste derrière son père.',
            'Les services de renseignement sud-coréens estiment depuis quelques mois qu’elle est la « successeure la plus '
            'probable », même si rien n’a été annoncé officiellement. La presse nord-coréenne la désigne comme « la fille '
            'respectée », sans jamais mentionner son prénom.',
            'Pour les spécialistes, sa présence répétée relève aussi de la mise en scène. « Montrer un enfant, c’est '
            'montrer la continuité du régime sur plusieurs générations », explique un chercheur en études coréennes '
            'basé à Paris.',
            'Beaucoup de questions demeurent : on ignore son âge exact, et l’existence d’un éventuel frère aîné n’a '
            'jamais été confirmée. À Pyongyang, la succession reste un sujet dont on ne parle pas publiquement.',
        ],
        'entities': ['north-korea', 'kim-jong-un', 'pyongyang'],
    },
    {
        'name': 'cannes-cinema-coreen',
        'lang': 'fr', 'verdict': 'none', 'pageType': 'article', 'style': 'portal', 'site': 0,
        'og': True, 'jsonld': False,
        'section': 'Culture',
        'date': '2025-05-22T23:15',
        'author': 'Julien Mercier',
        'title': 'À Cannes, un thriller sud-coréen électrise la Croisette',
        'dek': 'Onze minutes d’ovation pour le nouveau film d’un cinéaste de Séoul, déjà cité parmi les favoris pour la Palme.',
        'body': [
            'Il est un peu plus de minuit au Grand Théâtre Lumière quand les lumières se rallument. La salle se lève et '
            'applaudit pendant onze longues minutes le réalisateur et ses acteurs, visiblement émus.',
            'Le film suit une employée de banque de Busan qui découvre qu’un client détourne l’argent d’une maison de '
            'retraite. Mi-polar, mi-satire sociale, il prolonge la veine qui a fait le succès du cinéma de Corée du Sud '
            'à l’international depuis une vingtaine d’années.',
            '« Je voulais parler de la solitude dans les grandes villes, et de ce que l’argent fait aux liens entre les '
            'gens », a expliqué le réalisateur en conférence de presse, par l’intermédiaire d’une interprète.',
            'Sa sortie en salles en France est prévue à l’automne. Le palmarès sera dévoilé samedi.',
        ],
        'entities': ['south-korea', 'france'],
    },
    {
        'name': 'rugby-top14-sidebar',
        'lang': 'fr', 'verdict': 'mentions', 'pageType': 'article', 'style': 'semantic', 'site': 1,
        'og': True, 'jsonld': True,
        'section': 'Sport',
        'date': '2025-06-28T23:40',
        'author': 'Thomas Girard',
        'title': 'Top 14 : au bout du suspense, Bordeaux-Bègles s’offre le Bouclier de Brennus',
        'dek': 'Menés de neuf points à la pause, les Girondins ont renversé la finale grâce à deux essais en fin de match.',
        'sidebar_headline': 'Corée du Nord : l’Union européenne gèle les avoirs de trois sociétés de transport maritime',
        'body': [
            'Il aura fallu attendre la 78e minute pour voir le Stade de France exploser. Sur une dernière touche à cinq '
            'mètres, le pack bordelais a poussé le maul jusque dans l’en-but pour arracher un titre que les Girondins '
            'attendaient depuis des années.',
            'La première période avait pourtant tourné à l’avantage de leurs adversaires, solides en mêlée et réalistes '
            'au pied. À la pause, l’écart était de neuf points et le public commençait à douter.',
            'Le match a basculé après l’heure de jeu. Un essai de l’ailier, servi par une passe au pied millimétrée de '
            'l’ouvreur, a relancé la rencontre, avant le maul décisif.',
            '« On n’a jamais lâché. Ce groupe a un cœur énorme », savourait le capitaine, le Bouclier dans les bras.',
        ],
        'tags': ['Top 14', 'Rugby'],
        'entities': ['north-korea', 'european-union'],
    },
]
