# Spanish pages. Original texts written for this corpus; outlets and people quoted are fictional.

PAGES = [
    {
        'name': 'ofac-sanciona-blanqueo-cripto',
        'lang': 'es', 'verdict': 'about', 'pageType': 'article', 'style': 'semantic', 'site': 0,
        'og': True, 'jsonld': True,
        'section': 'Internacional',
        'date': '2025-04-17T21:20',
        'author': 'Lucía Fernández',
        'title': 'EE.UU. sanciona a una red de intermediarios que blanqueó criptomonedas robadas por Corea del Norte',
        'dek': 'La Oficina de Control de Activos Extranjeros apunta a corredores que convirtieron en efectivo parte del '
               'botín de los piratas informáticos del régimen.',
        'body': [
            'El Departamento del Tesoro de Estados Unidos impuso este jueves sanciones a tres personas y dos empresas '
            'acusadas de ayudar a Corea del Norte a convertir en dinero en efectivo criptomonedas robadas en ataques '
            'informáticos contra plataformas de intercambio.',
            'Según la Oficina de Control de Activos Extranjeros (OFAC), los sancionados actuaban como corredores '
            'extrabursátiles: recibían grandes cantidades de monedas digitales procedentes de robos atribuidos al Grupo '
            'Lazarus y las cambiaban por dólares o yuanes a través de cuentas bancarias en China y en el Sudeste '
            'Asiático.',
            'Todos los bienes que los designados tengan bajo jurisdicción estadounidense quedan congelados, y se prohíbe '
            'a ciudadanos y empresas de EE.UU. cualquier transacción con ellos.',
            '## Un negocio millonario',
            'Corea del Norte se ha convertido en uno de los actores más activos del cibercrimen mundial. El mayor golpe '
            'hasta la fecha se produjo en febrero, cuando unos 1.500 millones de dólares en ether fueron sustraídos de '
            'la plataforma Bybit. Según Washington, el dinero sirve para financiar el programa de misiles de Pionyang.',
            'Las resoluciones del Consejo de Seguridad de la ONU prohíben a los Estados miembros prestar servicios '
            'financieros que puedan contribuir a los programas de armas norcoreanos. Sin embargo, desde que el Grupo de '
            'Expertos dejó de funcionar en abril de 2024 tras el veto ruso, la ONU ya no publica informes sobre estas '
            'violaciones.',
            '«Los blanqueadores son el eslabón más vulnerable de la cadena», explicó a este diario una analista de '
            'seguridad en blockchain con sede en Madrid. «Los hackers pueden robar, pero sin alguien que cambie los '
            'fondos, el dinero no le sirve de nada al régimen».',
        ],
        'tags': ['Corea del Norte', 'Criptomonedas', 'Sanciones'],
        'comments': [
            ('Carlos_M', 'hace 4 horas', 'Increíble que un país tan aislado tenga hackers tan sofisticados.'),
            ('anapaz', 'hace 2 horas', 'Los exchanges deberían ser mucho más estrictos con la verificación.'),
        ],
        'entities': ['united-states', 'north-korea', 'us-treasury', 'ofac', 'lazarus-group', 'china',
                     'dprk-missile-programme', 'pyongyang', 'unsc', 'united-nations', 'panel-of-experts'],
    },
    {
        'name': 'fin-grupo-expertos-onu',
        'lang': 'es', 'verdict': 'about', 'pageType': 'article', 'style': 'soup', 'site': 2,
        'og': False, 'jsonld': False,
        'section': 'Internacional',
        'date': '2024-04-30T19:45',
        'author': 'Redacción',
        'title': 'El Grupo de Expertos de la ONU sobre Corea del Norte cierra tras 15 años vigilando las sanciones',
        'dek': 'El veto de Rusia en el Consejo de Seguridad deja sin su principal herramienta de investigación al Comité 1718.',
        'body': [
            'El panel de ocho especialistas que durante quince años investigó cómo Corea del Norte burlaba las sanciones '
            'internacionales dejó de existir este martes. Su mandato expiró a medianoche después de que Rusia vetara en '
            'marzo la resolución que lo prorrogaba un año más.',
            'Creado en 2009 por la resolución 1874 del Consejo de Seguridad, el Grupo de Expertos publicaba dos informes '
            'anuales con pruebas detalladas: fotografías de transbordos de petróleo entre barcos en alta mar, rutas de '
            'empresas pantalla, cuentas bancarias ocultas y piezas de misiles compradas en el extranjero.',
            'En sus últimos informes, el grupo también había empezado a examinar las denuncias de que Pionyang enviaba '
            'proyectiles de artillería y misiles a Rusia para la guerra en Ucrania, algo que Moscú y el régimen '
            'norcoreano niegan.',
            '## Un comité sin ojos',
            'Las sanciones siguen vigentes, y el Comité 1718 del Consejo de Seguridad sigue encargado de aplicarlas. '
            'Pero sin los informes del panel, sus quince miembros dependerán de la información que quieran aportar los '
            'propios gobiernos. Y como el comité decide por consenso, Rusia y China pueden bloquear cualquier nueva '
            'designación.',
            'Estados Unidos, Japón y Corea del Sur ya han anunciado que buscarán «mecanismos alternativos» para seguir '
            'documentando las violaciones. España, que no forma parte del Consejo de Seguridad este año, ha expresado '
            'su «profunda preocupación» por el vacío que deja el panel.',
        ],
        'entities': ['panel-of-experts', 'north-korea', 'russia', 'unsc', 'committee-1718',
                     'unscr-1874', 'pyongyang', 'ukraine', 'china', 'united-states', 'japan', 'south-korea'],
    },
    {
        'name': 'venezuela-ofac-sanciones',
        'lang': 'es', 'verdict': 'none', 'pageType': 'article', 'style': 'modern', 'site': 1,
        'og': True, 'jsonld': True,
        'section': 'América Latina',
        'date': '2025-01-10T23:05',
        'author': 'Andrés Rojas',
        'title': 'EE.UU. sanciona a ocho altos funcionarios venezolanos el día de la investidura',
        'dek': 'El Departamento del Tesoro congela los bienes de responsables militares y del sector petrolero.',
        'body': [
            'El Departamento del Tesoro de Estados Unidos anunció este viernes sanciones contra ocho altos funcionarios '
            'venezolanos, entre ellos mandos militares y directivos de la petrolera estatal, coincidiendo con la toma de '
            'posesión del presidente para un nuevo mandato.',
            'La Oficina de Control de Activos Extranjeros (OFAC) acusa a los sancionados de participar en la represión de '
            'protestas tras las elecciones de julio y de socavar el proceso democrático. Sus bienes bajo jurisdicción '
            'estadounidense quedan congelados.',
            'Reino Unido y la Unión Europea anunciaron medidas similares. Bruselas añadió quince nombres a su lista de '
            'sanciones, que ya incluía a decenas de funcionarios.',
            'El Gobierno venezolano calificó las medidas de «agresión imperial» y aseguró que no afectarán al '
            'funcionamiento del Estado. Analistas consultados por este diario consideran que el impacto económico '
            'será limitado, ya que las sanciones individuales no alteran las licencias que permiten a algunas empresas '
            'extranjeras operar en el sector petrolero.',
        ],
        'entities': ['us-treasury', 'united-states', 'ofac', 'united-kingdom', 'european-union'],
    },
    {
        'name': 'kpop-academias-baile',
        'lang': 'es', 'verdict': 'none', 'pageType': 'article', 'style': 'portal', 'site': 2,
        'og': True, 'jsonld': False,
        'section': 'Cultura',
        'date': '2025-03-30T12:00',
        'author': 'Marta Ruiz',
        'title': 'Del móvil a la pista: las academias de baile K-pop llenan sus clases en Madrid y Barcelona',
        'dek': 'Adolescentes y treintañeros aprenden las coreografías de sus grupos favoritos de Corea del Sur.',
        'body': [
            'Los sábados por la mañana, en un local del barrio de Lavapiés, una veintena de chicas y algunos chicos '
            'repiten una y otra vez los mismos ocho compases. Es la clase de «dance cover» de K-pop, y hay lista de espera '
            'para entrar.',
            '«Hace cinco años éramos cuatro gatos. Ahora tenemos seis grupos por semana», cuenta la fundadora de la '
            'academia, que aprendió las coreografías viendo vídeos en internet y viajó dos veces a Seúl para formarse.',
            'El fenómeno va más allá del baile. Muchos alumnos estudian coreano, cocinan recetas que ven en series y '
            'sueñan con visitar Corea del Sur. Las escuelas oficiales de idiomas han ampliado sus plazas de coreano en '
            'los últimos cursos.',
            'En Barcelona, una academia organiza incluso concursos mensuales en los que los grupos graban sus versiones '
            'en la calle, como hacen los fans en todo el mundo.',
        ],
        'entities': ['south-korea'],
    },
    {
        'name': 'portada',
        'lang': 'es', 'verdict': 'mentions', 'pageType': 'listing', 'style': 'listing', 'site': 0,
        'date': '2025-04-18T07:00',
        'listing': [
            {'section': 'Última hora', 'items': [
                {'title': 'Operación salida de Semana Santa: más de 15 millones de desplazamientos',
                 'teaser': 'La DGT prevé retenciones en las principales salidas de Madrid y Valencia desde primera hora.'},
                {'title': 'El Congreso aprueba la reforma de la ley de vivienda'},
                {'title': 'La lluvia obliga a suspender varias procesiones en Andalucía'},
            ]},
            {'section': 'Internacional', 'items': [
                {'title': 'Estados Unidos sanciona a intermediarios que blanqueaban criptomonedas robadas por Corea del Norte',
                 'teaser': 'El Tesoro estadounidense acusa a la red de trabajar con el Grupo Lazarus.'},
                {'title': 'Elecciones en Ecuador: el recuento confirma la victoria del presidente'},
                {'title': 'Francia aprueba ley para limitar los alquileres turísticos'},
            ]},
            {'section': 'Deportes', 'items': [
                {'title': 'El Barça golea y se acerca al título de Liga'},
                {'title': 'Alcaraz debuta con victoria en Montecarlo'},
            ]},
            {'section': 'Economía', 'items': [
                {'title': 'El precio de la luz baja un 20% en el festivo'},
                {'title': 'La inflación se modera en marzo hasta el 2,3%'},
            ]},
        ],
        'entities': ['united-states', 'north-korea', 'us-treasury', 'lazarus-group', 'france'],
    },
]
