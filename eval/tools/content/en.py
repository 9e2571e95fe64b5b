# English pages. Original texts written for this corpus; outlets, reporters and commentators are fictional.

COUNTRIES = ['Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
             'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Belarus', 'Belgium', 'Bolivia', 'Brazil', 'Bulgaria',
             'Cambodia', 'Cameroon', 'Canada', 'Chile', 'China', 'Colombia', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus',
             'Czechia', 'Denmark', 'Ecuador', 'Egypt', 'Estonia', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Georgia',
             'Germany', 'Ghana', 'Greece', 'Guatemala', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq',
             'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Korea, Democratic '
             'People’s Republic of', 'Korea, Republic of', 'Kuwait', 'Laos', 'Latvia', 'Lebanon', 'Lithuania',
             'Luxembourg', 'Malaysia', 'Malta', 'Mexico', 'Moldova', 'Mongolia', 'Morocco', 'Nepal', 'Netherlands',
             'New Zealand', 'Nigeria', 'North Korea', 'Norway', 'Oman', 'Pakistan', 'Panama', 'Peru', 'Philippines',
             'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saudi Arabia', 'Senegal', 'Serbia',
             'Singapore', 'Slovakia', 'Slovenia', 'South Africa', 'South Korea', 'Spain', 'Sri Lanka', 'Sweden',
             'Switzerland', 'Taiwan', 'Thailand', 'Tunisia', 'Turkey', 'Uganda', 'Ukraine', 'United Arab Emirates',
             'United Kingdom', 'United States', 'Uruguay', 'Uzbekistan', 'Vietnam', 'Zambia', 'Zimbabwe']

_country_options = ''.join(
    f'<li role="option" data-value="{i}" class="dd-option">{c}</li>' for i, c in enumerate(COUNTRIES))
_country_select = ''.join(f'<option value="{i}">{c}</option>' for i, c in enumerate(COUNTRIES))

FORM_MAIN = f'''<div class="checkout">
<h1>Start your digital subscription</h1>
<p class="lead">Unlimited access to every article, the daily crossword and our award-winning newsletters. Cancel anytime.</p>
<ol class="steps"><li class="active">Account</li><li>Billing</li><li>Confirm</li></ol>
<form class="signup-form" action="/subscribe" method="post">
<fieldset><legend>Your details</legend>
<label>First name <input type="text" name="first" autocomplete="given-name"></label>
<label>Last name <input type="text" name="last" autocomplete="family-name"></label>
<label>Email address <input type="email" name="email" autocomplete="email"></label>
</fieldset>
<fieldset><legend>Billing address</legend>
<label>Street address <input type="text" name="street"></label>
<label>City <input type="text" name="city"></label>
<label>Postcode <input type="text" name="postcode"></label>
<div class="dd" data-name="country"><span class="dd-label" id="country-label">Country or region</span>
<button type="button" class="dd-toggle" aria-haspopup="listbox" aria-labelledby="country-label">Select a country</button>
<ul class="dd-menu" role="listbox" aria-labelledby="country-label">{_country_options}</ul></div>
<label class="visually-hidden">Country (fallback) <select name="country_fallback">{_country_select}</select></label>
</fieldset>
<fieldset><legend>Choose a plan</legend>
<label><input type="radio" name="plan" value="monthly"> Monthly — $4 a month for the first 6 months, then $17</label>
<label><input type="radio" name="plan" value="annual" checked> Annual — $99 for the first year, then $195</label>
</fieldset>
<label class="consent"><input type="checkbox" name="marketing"> Send me offers and event invitations. You can unsubscribe at any time.</label>
<button type="submit" class="cta">Continue to payment</button>
<p class="small">By continuing you agree to our Terms of Sale and acknowledge our Privacy Notice. Prices include applicable taxes.</p>
</form>
<section class="faq"><h2>Frequently asked questions</h2>
<h3>Can I share my subscription?</h3><p>A standard subscription covers one person on up to five devices. Family plans allow three additional readers.</p>
<h3>Which countries can I subscribe from?</h3><p>Digital subscriptions are available almost everywhere. Where local payment rules prevent us from taking cards, the plan list will tell you so before you pay.</p>
<h3>How do I cancel?</h3><p>Go to Account, then Subscriptions, and choose Cancel. You keep access until the end of the billing period.</p>
</section>
</div>'''

PAGES = [
    {
        'name': 'msmt-second-report-cyber',
        'lang': 'en', 'verdict': 'about', 'pageType': 'article', 'style': 'semantic', 'site': 0,
        'og': True, 'jsonld': True,
        'section': 'World',
        'date': '2025-10-22T15:30',
        'author': 'Helen Marsh',
        'title': 'North Korea stole nearly $3bn in crypto in under two years, sanctions monitors say',
        'dek': ('The second report of the Multilateral Sanctions Monitoring Team describes a state-run hacking and '
                'IT worker industry that now rivals the country’s legal exports many times over.'),
        'lead_image': ('Lines of code on a screen', 'The report says hacking units and IT workers operate as a single '
                       'revenue operation. Photo: Stock'),
        'body': [
            'North Korean hackers and IT workers brought in billions of dollars for Pyongyang’s weapons programmes '
            'between January 2024 and September 2025, according to a report released on Wednesday by the Multilateral '
            'Sanctions Monitoring Team, the 11-country group set up last year to track violations of UN sanctions.',
            'The report, the MSMT’s second, estimates that North Korea stole about $2.8bn in cryptocurrency over that '
            'period. More than half of that came from a single heist: the February 2025 raid on the Dubai-based '
            'exchange Bybit, which investigators in several countries have attributed to the Lazarus Group.',
            'Rather than treating hacking and overseas labour as separate problems, the monitors describe them as two '
            'arms of one business. North Korean IT workers, often posing as freelancers from other countries, '
            'take remote jobs at foreign companies, earn salaries that are sent home, and sometimes open the door for '
            'intrusions by hacking units linked to the Reconnaissance General Bureau.',
            '## Laundering through brokers',
            'Stolen funds typically pass through mixers, cross-chain bridges and over-the-counter brokers, many of '
            'them operating from China and Cambodia, before being converted into cash or used to buy goods that North '
            'Korea cannot import legally. The report names several brokers that it says handled proceeds from '
            'multiple thefts.',
            'UN Security Council resolutions bar member states from hosting North Korean workers who earn income '
            'abroad; Resolution 2397 of 2017 ordered all of them sent home within 24 months. The monitors say '
            'thousands remain, with the largest groups in China and Russia.',
            '> “The money from a single successful hack can exceed what the country earns from a year of legal '
            'exports,” the report says.',
            'The MSMT was launched in October 2024 by the United States, South Korea, Japan and eight other states '
            'after Russia vetoed the renewal of the UN Panel of Experts, which had monitored the sanctions regime '
            'since 2009. Its first report, in May, documented arms transfers from North Korea to Russia.',
            'The US Treasury said it was studying the report’s findings on brokers. North Korea has not commented; it '
            'has previously dismissed the MSMT as an illegitimate body with no UN mandate.',
        ],
        'tags': ['North Korea', 'Cybersecurity', 'Sanctions', 'Cryptocurrency'],
        'related': ['How the Bybit hack unfolded, minute by minute', 'What replaced the UN’s sanctions watchdog?'],
        'comments': [
            ('m.okafor', '3 hours ago', 'Hiring managers really need to do video interviews with cameras on. This is '
             'wild.'),
            ('Quentin R.', '2 hours ago', 'Interesting that the report treats the IT workers and the hackers as one '
             'operation. That matches what security firms have been saying for a while.'),
            ('lindsay_w', '1 hour ago', 'Would like to know what exchanges are doing to freeze these funds faster.'),
        ],
        'entities': ['north-korea', 'pyongyang', 'msmt', 'united-nations', 'lazarus-group', 'dprk-it-workers',
                     'reconnaissance-general-bureau', 'china', 'unsc', 'unscr-2397', 'russia', 'united-states',
                     'south-korea', 'japan', 'panel-of-experts', 'us-treasury', 'dprk-russia-arms-transfers'],
    },
    {
        'name': 'ofac-it-worker-network',
        'lang': 'en', 'verdict': 'about', 'pageType': 'article', 'style': 'modern', 'site': 1,
        'og': True, 'jsonld': False,
        'section': 'Business',
        'date': '2025-07-08T19:05',
        'author': 'Daniel Okoro',
        'title': 'Treasury sanctions front companies it says placed North Korean coders in Western tech jobs',
        'dek': 'The designations target a Shenyang trading firm, a Laos-based subsidiary and three individuals.',
        'body': [
            'WASHINGTON — The U.S. Treasury Department on Tuesday imposed sanctions on a network it said helped North '
            'Korean IT workers win remote jobs at technology companies in the United States and Europe, channelling '
            'their wages back to the government in Pyongyang.',
            'The Office of Foreign Assets Control (OFAC) designated a trading company in Shenyang, China, a subsidiary '
            'registered in Laos and three individuals it described as managers of teams of software developers. All '
            'property the targets hold under U.S. jurisdiction is frozen, and Americans are generally barred from '
            'dealing with them.',
            'According to the Treasury, the developers used stolen or rented identities, fake résumés and '
            'AI-altered profile photos to pass job interviews. In some cases, U.S.-based “facilitators” kept company '
            'laptops at their homes and let the workers log in remotely so that the connections appeared to come from '
            'inside the country.',
            'Officials said one team alone earned more than $1.5mn over two years. Part of the money, they said, went '
            'to entities subordinate to the Munitions Industry Department, which oversees the production of North '
            'Korea’s ballistic missiles.',
            '## A familiar pattern',
            'The action follows a string of similar designations. In 2023, OFAC sanctioned Chinyong Information '
            'Technology Cooperation Company, a firm it said employed IT workers in Russia and Laos, and the State '
            'Department has offered rewards of up to $5mn for information on the schemes.',
            'Employing North Korean workers abroad violates UN Security Council Resolution 2397, which required '
            'countries to repatriate them by the end of 2019. Enforcement has become harder since the UN Panel of '
            'Experts, which used to document such cases, was disbanded in 2024.',
            '“Any company hiring remote developers should assume it is a target,” said a Treasury official who briefed '
            'reporters on condition of anonymity. “Checking that a person is who they claim to be is now a sanctions '
            'compliance issue, not just an HR one.”',
            'The North Korean mission to the United Nations did not respond to a request for comment.',
        ],
        'tags': ['Sanctions', 'North Korea', 'Cybersecurity', 'Employment'],
        'entities': ['us-treasury', 'north-korea', 'dprk-it-workers', 'united-states', 'pyongyang', 'ofac', 'china',
                     'munitions-industry-department', 'chinyong', 'russia', 'us-state-department', 'unsc',
                     'dprk-missile-programme',
                     'unscr-2397', 'panel-of-experts', 'united-nations'],
    },
    {
        'name': 'one-year-without-panel',
        'lang': 'en', 'verdict': 'about', 'pageType': 'article', 'style': 'soup', 'site': 2,
        'og': False, 'jsonld': False,
        'section': 'Analysis',
        'date': '2025-04-30T07:00',
        'author': 'Priya Raman',
        'title': 'A year after Russia’s veto, who is watching North Korea’s sanctions?',
        'dek': 'The UN panel that tracked violations for 15 years is gone. Its replacement has no UN mandate.',
        'body': [
            'For fifteen years, the most detailed public record of how North Korea evades sanctions came from eight '
            'experts in New York. The Panel of Experts, created by Security Council Resolution 1874 in 2009, '
            'published two reports a year on ship-to-ship transfers, hidden bank accounts and missile parts bought '
            'through front companies.',
            'That work ended on April 30, 2024. A month earlier, Russia had vetoed a resolution to renew the panel’s '
            'mandate; 13 of the 15 Security Council members voted in favour and China abstained. Moscow argued that '
            'the sanctions no longer served any purpose and that the panel had become biased.',
            'Diplomats saw another motive. The panel was at the time investigating reports that North Korea was '
            'shipping artillery shells and ballistic missiles to Russia for use in Ukraine, in breach of the arms '
            'embargo that Russia itself had voted for in 2006.',
            '## A committee that cannot agree',
            'The sanctions are still in force. The 1718 Committee, which oversees them, still exists. But it works by '
            'consensus, so any one member can block a new designation or even a discussion of a suspected violation. '
            'Since 2022, Russia and China have used that power regularly.',
            'In October 2024, eleven countries — among them the United States, Japan, South Korea, Britain, France '
            'and Germany — launched the Multilateral Sanctions Monitoring Team to fill part of the gap. Its first '
            'report is expected within weeks.',
            'Former panel members say the new body can do useful work but will struggle to match the old one’s '
            'authority. “When the panel wrote to a government asking about a tanker, the government answered, because '
            'the letter came from the UN,” one former expert said. “A letter from eleven capitals is not the same '
            'thing.”',
            'Meanwhile, evidence of violations keeps piling up: satellite images of tankers delivering refined '
            'petroleum at Nampo far beyond the cap set by Resolution 2397, and Russian ships calling at Rajin.',
        ],
        'comments': [
            ('geopol_nerd', 'April 30, 2025', 'Great explainer. The consensus rule in the committee is the part most '
             'people miss.'),
            ('R. Castillo', 'April 30, 2025', 'So the sanctions exist on paper but nobody can enforce them at the UN '
             'level. Depressing.'),
        ],
        'entities': ['north-korea', 'panel-of-experts', 'unsc', 'unscr-1874', 'russia', 'china', 'ukraine',
                     'committee-1718', 'united-states', 'japan', 'south-korea', 'united-kingdom', 'france', 'germany',
                     'msmt', 'united-nations', 'nampo', 'unscr-2397', 'rajin'],
    },
    {
        'name': 'pyongyang-marathon-returns',
        'lang': 'en', 'verdict': 'none', 'pageType': 'article', 'style': 'semantic', 'site': 1,
        'og': True, 'jsonld': True,
        'section': 'Sport',
        'date': '2025-04-06T11:45',
        'author': 'Tom Ashby',
        'title': 'Foreign runners return to the Pyongyang Marathon after five-year gap',
        'dek': 'About 200 amateurs from abroad ran through the North Korean capital, cheered by crowds along the route.',
        'body': [
            'Several hundred foreign amateur runners took part in the Pyongyang Marathon on Sunday, the first time the '
            'race has been open to tourists since North Korea sealed its borders at the start of the pandemic in 2020.',
            'The course started and finished at Kim Il Sung Stadium, where around 50,000 spectators filled the stands. '
            'Runners described residents lining the streets, waving and offering high-fives, although contact beyond '
            'that was limited and minders accompanied the groups throughout their stay.',
            '“It was surreal and very moving,” said a British runner who completed the half marathon. “You are running '
            'past monuments you have only seen on the news, and people are clapping for you.”',
            'Elite races were won by North Korean athletes in both the men’s and women’s categories. Foreign '
            'participants entered the 5km, 10km, half and full distances through a handful of travel agencies allowed '
            'to organise trips.',
            'The country briefly reopened its north-eastern Rason region to foreign tour groups in February before '
            'suspending visits again within weeks. Tour operators said the marathon was being treated as a test of '
            'whether larger groups could return to the capital.',
        ],
        'tags': ['Running', 'Travel'],
        'entities': ['pyongyang', 'north-korea', 'rajin'],
    },
    {
        'name': 'iran-snapback-panel',
        'lang': 'en', 'verdict': 'none', 'pageType': 'article', 'style': 'modern', 'site': 0,
        'og': True, 'jsonld': True,
        'section': 'World',
        'date': '2025-09-28T22:10',
        'author': 'Helen Marsh',
        'title': 'UN sanctions on Iran return as ‘snapback’ deadline passes',
        'dek': 'The arms embargo and asset freezes lifted under the 2015 nuclear deal are back, along with a revived panel of experts.',
        'body': [
            'United Nations sanctions on Iran that were lifted under the 2015 nuclear deal came back into force at '
            'midnight GMT on Sunday, a month after France, Germany and the United Kingdom triggered the so-called '
            'snapback mechanism.',
            'The reimposed measures include an arms embargo, a ban on uranium enrichment and ballistic missile '
            'activity, and asset freezes on dozens of Iranian individuals and companies. A last-minute attempt by '
            'Russia and China to delay the process for six months failed to win enough votes in the Security Council.',
            'The return of the earlier resolutions also revives the machinery that once monitored them: a sanctions '
            'committee and a panel of experts charged with investigating violations. Diplomats said it was unclear '
            'how quickly the panel could be staffed, or whether Moscow and Beijing would cooperate with it.',
            'Tehran called the move “legally void” and recalled its ambassadors from the three European capitals for '
            'consultations. Iranian officials have warned that the country could reconsider its cooperation with the '
            'International Atomic Energy Agency.',
            'European officials said the door to diplomacy remained open. “Snapback is not the end of diplomacy,” a '
            'French diplomat said, adding that any new agreement would have to restore inspectors’ access to '
            'Iran’s enrichment sites.',
            'The rial fell to a record low against the dollar on Monday as traders priced in tighter restrictions on '
            'oil exports and banking.',
        ],
        'tags': ['Iran', 'Sanctions', 'United Nations'],
        'entities': ['united-nations', 'france', 'germany', 'united-kingdom', 'russia', 'china', 'unsc', 'iaea'],
    },
    {
        'name': 'defector-memoir-review',
        'lang': 'en', 'verdict': 'none', 'pageType': 'article', 'style': 'semantic', 'site': 2,
        'og': True, 'jsonld': False,
        'section': 'Books',
        'date': '2025-06-14T09:00',
        'author': 'Clare Whitfield',
        'title': 'A childhood by the Tumen river, remembered without self-pity',
        'dek': 'This debut memoir by a woman who left North Korea at 17 is quiet, precise and hard to forget.',
        'body': [
            'The first thing the author remembers is the sound of the river freezing. In her family’s town on the '
            'Tumen, winter meant the children could walk across the ice towards China, close enough to see the '
            'lights on the other bank, though nobody they knew ever did.',
            'Her memoir follows her from that town to a market stall where her mother sold homemade tofu, to a school '
            'where pupils spent more time gathering firewood than studying, and finally to the night she crossed the '
            'river in 2009. The escape itself takes up barely a chapter. What interests her more is the ordinary life '
            'that came before it.',
            'She is good on small things: the smell of a new school uniform, a smuggled South Korean drama watched '
            'with the curtains drawn, the arithmetic of how much rice a day’s trading could buy. She resists easy '
            'conclusions about the North Korean state, and the book is stronger for it.',
            'The later chapters, set in Seoul, where she now works as a nurse, are less sure-footed. But her account '
            'of learning to choose things — a haircut, a bus route, a university course — is touching.',
            'This is not a book about politics. It is about a girl who grew up, and the distance between two versions '
            'of herself.',
        ],
        'tags': ['Memoir', 'Books of the month'],
        'entities': ['china', 'north-korea', 'south-korea'],
    },
    {
        'name': 'subscribe-country-dropdown',
        'lang': 'en', 'verdict': 'none', 'pageType': 'other', 'style': 'raw', 'site': 0,
        'date': '2025-11-02T12:00',
        'doc_title': 'Subscribe | The Meridian Ledger',
        'title': 'Start your digital subscription',
        'raw_main': FORM_MAIN,
        'main_text': ('Start your digital subscription. Unlimited access to every article, the daily crossword and '
                      'our award-winning newsletters. Frequently asked questions. Digital subscriptions are available '
                      'almost everywhere.'),
        'entities': [],
    },
    {
        'name': 'front-page',
        'lang': 'en', 'verdict': 'mentions', 'pageType': 'listing', 'style': 'listing', 'site': 2,
        'date': '2025-03-12T06:30',
        'jsonld_website': True,
        'listing': [
            {'section': 'Top stories', 'items': [
                {'title': 'Storm Bram brings 90mph gusts and floods to the west coast',
                 'teaser': 'Thousands of homes are without power and rail services are suspended north of the border.',
                 'meta': '2h ago · Weather'},
                {'title': 'Interest rates held for a third month as inflation edges up', 'meta': 'Economy'},
                {'title': 'Hospital waiting lists fall for the first time in two years', 'meta': 'Health'},
            ]},
            {'section': 'World', 'items': [
                {'title': 'Coalition talks collapse in the Netherlands after farmers’ party walks out',
                 'teaser': 'Fresh elections are now likely before the summer.'},
                {'title': 'Tanker seen transferring fuel to North Korean ship at sea, satellite images show',
                 'teaser': 'Analysts say the ship-to-ship transfer appears to breach the UN cap on refined petroleum '
                           'deliveries to Pyongyang.'},
                {'title': 'Brazil’s Senate approves sweeping tax reform'},
                {'title': 'Wildfires force evacuations in southern Australia'},
            ]},
            {'section': 'Business', 'items': [
                {'title': 'Supermarket chain to close 40 stores as online sales grow'},
                {'title': 'Chipmakers rally after a record quarter for AI demand'},
                {'title': 'Why coffee prices may never return to normal'},
            ]},
            {'section': 'Sport', 'items': [
                {'title': 'Late penalty sends holders through to the cup semi-finals'},
                {'title': 'Japan name uncapped teenager in World Cup qualifying squad'},
                {'title': 'Tennis: former champion announces retirement at 34'},
            ]},
            {'section': 'Culture', 'items': [
                {'title': 'The best new TV this week, from a Scandi noir to a baking contest'},
                {'title': 'Museum returns looted bronzes after a decade of talks'},
            ]},
        ],
        'entities': ['netherlands', 'north-korea', 'united-nations', 'pyongyang', 'australia', 'japan'],
    },
]
