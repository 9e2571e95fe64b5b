// The built-in starter entities: enough to detect and explain the core of a North Korea sanctions story.
import type { Entity } from './entity';

const UN_1718 = {
  title: 'Security Council Committee established pursuant to resolution 1718 (2006)',
  publisher: 'United Nations Security Council',
  url: 'https://main.un.org/securitycouncil/en/sanctions/1718',
};

/** Starter entities, seeded into the knowledge base until the full topic pack is loaded. */
export const STARTER_ENTITIES: Entity[] = [
  {
    id: 'north-korea',
    type: 'state',
    origin: 'pack',
    name: 'North Korea',
    names: [
      { text: 'North Korea', lang: 'en' },
      { text: "Democratic People's Republic of Korea", lang: 'en' },
      { text: 'DPRK', lang: 'en', caseSensitive: true },
      { text: 'Korea Utara', lang: 'id' },
      { text: 'Korut', lang: 'id', caseSensitive: true },
      { text: 'Republik Rakyat Demokratik Korea', lang: 'id' },
      { text: '북한', lang: 'ko' },
      { text: '조선민주주의인민공화국', lang: 'ko' },
    ],
    background:
      'The Democratic People’s Republic of Korea has been under UN Security Council sanctions since its 2006 nuclear test. ' +
      'Its nuclear and ballistic missile programmes are the reason for the measures, which cover arms, finance, shipping and trade.',
    dates: [{ date: '2006-10-09', label: 'First nuclear test' }],
    identifiers: [],
    relations: [],
    sources: [UN_1718],
  },
  {
    id: 'pyongyang',
    type: 'place',
    origin: 'pack',
    name: 'Pyongyang',
    names: [
      { text: 'Pyongyang', lang: 'en' },
      { text: 'Pyongyang', lang: 'id' },
      { text: '평양', lang: 'ko' },
    ],
    background:
      'The capital of North Korea and the seat of its government. News reports often use the city’s name for the government itself.',
    dates: [],
    identifiers: [],
    relations: [{ type: 'part-of', target: 'north-korea' }],
    sources: [UN_1718],
  },
  {
    id: 'msmt',
    type: 'international-body',
    origin: 'pack',
    name: 'Multilateral Sanctions Monitoring Team',
    names: [
      { text: 'Multilateral Sanctions Monitoring Team', lang: 'en' },
      { text: 'MSMT', lang: 'en', caseSensitive: true },
      { text: 'Tim Pemantauan Sanksi Multilateral', lang: 'id' },
      { text: '다국적제재모니터링팀', lang: 'ko' },
      { text: '다국적 제재 모니터링팀', lang: 'ko' },
    ],
    background:
      'A monitoring group set up in October 2024 by eleven states, including the United States, Japan and South Korea, after the UN Panel of Experts was shut down. ' +
      'It reports on North Korea’s violations of UN sanctions; its first report, in May 2025, covered arms transfers between North Korea and Russia.',
    dates: [
      { date: '2024-10-16', label: 'Founded by eleven states' },
      { date: '2025-05-29', label: 'First report: DPRK–Russia military cooperation' },
    ],
    identifiers: [],
    relations: [{ type: 'successor-of', target: 'panel-of-experts' }],
    sources: [
      {
        title: 'Joint Statement on the Launch of the Multilateral Sanctions Monitoring Team',
        publisher: 'U.S. Department of State',
        url: 'https://www.state.gov/joint-statement-on-the-launch-of-the-multilateral-sanctions-monitoring-team/',
        date: '2024-10-16',
      },
    ],
  },
  {
    id: 'panel-of-experts',
    type: 'international-body',
    origin: 'pack',
    name: 'Panel of Experts (1874)',
    names: [
      { text: 'Panel of Experts', lang: 'en', ambiguous: true },
      { text: 'Panel Ahli', lang: 'id', ambiguous: true },
      { text: '전문가 패널', lang: 'ko' },
      { text: '전문가패널', lang: 'ko' },
    ],
    background:
      'The UN Panel of Experts helped the 1718 Committee by investigating breaches of the sanctions on North Korea. ' +
      'It was created in 2009 by resolution 1874 and ended on 30 April 2024 after Russia vetoed the renewal of its mandate on 28 March 2024.',
    dates: [
      { date: '2009-06-12', label: 'Created by resolution 1874' },
      { date: '2024-03-28', label: 'Renewal vetoed by Russia' },
      { date: '2024-04-30', label: 'Mandate ended' },
    ],
    identifiers: [],
    relations: [{ type: 'created-by', target: 'unsc' }],
    sources: [UN_1718],
  },
  {
    id: 'unsc',
    type: 'international-body',
    origin: 'pack',
    name: 'United Nations Security Council',
    names: [
      { text: 'United Nations Security Council', lang: 'en' },
      { text: 'UN Security Council', lang: 'en' },
      { text: 'U.N. Security Council', lang: 'en' },
      { text: 'UNSC', lang: 'en', caseSensitive: true },
      { text: 'Dewan Keamanan PBB', lang: 'id' },
      { text: 'Dewan Keamanan Perserikatan Bangsa-Bangsa', lang: 'id' },
      { text: '유엔 안전보장이사회', lang: 'ko' },
      { text: '안전보장이사회', lang: 'ko' },
      { text: '안보리', lang: 'ko' },
    ],
    background:
      'The UN body responsible for international peace and security, whose resolutions bind all member states. ' +
      'Since 2006 it has adopted a series of resolutions imposing sanctions on North Korea, overseen by its 1718 Committee.',
    dates: [{ date: '2006-10-14', label: 'Resolution 1718 adopted' }],
    identifiers: [],
    relations: [],
    sources: [UN_1718],
  },
  {
    id: 'russia',
    type: 'state',
    origin: 'pack',
    name: 'Russia',
    names: [
      { text: 'Russia', lang: 'en' },
      { text: 'Russian Federation', lang: 'en' },
      { text: 'Rusia', lang: 'id' },
      { text: '러시아', lang: 'ko' },
    ],
    background:
      'A permanent member of the UN Security Council. In March 2024 it vetoed the renewal of the Panel of Experts, and it has received North Korean munitions and missiles for its war against Ukraine.',
    dates: [{ date: '2024-03-28', label: 'Vetoed the Panel of Experts’ renewal' }],
    identifiers: [],
    relations: [],
    sources: [
      {
        title:
          'Security Council Fails to Extend Mandate for Expert Panel Assisting Sanctions Committee on Democratic People’s Republic of Korea',
        publisher: 'United Nations',
        url: 'https://press.un.org/en/2024/sc15648.doc.htm',
        date: '2024-03-28',
      },
    ],
  },
];
