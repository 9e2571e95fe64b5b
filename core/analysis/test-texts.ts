// Test texts shared by the classifier and page tests: an article, a front page, a sidebar, an Iran sanctions story.

/** An English article about North Korea sanctions (title and paragraphs). */
export const NK_ARTICLE = {
  title: 'UN monitors say North Korea evaded sanctions with ship-to-ship transfers',
  paragraphs: [
    'North Korea continued to evade sanctions last year, importing refined petroleum far above the cap set by the ' +
      'Security Council, according to a report by the Multilateral Sanctions Monitoring Team released on Thursday.',
    'The MSMT said tankers carried out ship-to-ship transfers in the East China Sea and delivered the oil to ' +
      'Nampo. The report also documents arms transfers from Pyongyang to Russia, including artillery shells and ' +
      'ballistic missiles, in violation of Security Council resolution 2397.',
    'The team replaced the UN Panel of Experts, whose mandate ended in April 2024 after a Russian veto. Its eleven ' +
      'member states, among them the United States, South Korea and Japan, said the DPRK used front companies and ' +
      'overseas IT workers to launder money for its weapons programmes.',
    'Officials in Seoul said the findings would support new designations and asset freeze measures against ' +
      'shipping firms that help North Korea with sanctions evasion at sea.',
  ],
};

/** Headlines of a news front page on other subjects. */
export const OTHER_HEADLINES = [
  'City council approves new budget for public transport after long debate',
  'Heatwave expected to last through the weekend, forecasters say',
  'Local football club signs striker from Brazil on a three-year deal',
  'Central bank keeps interest rates unchanged as inflation slows',
  'Museum reopens its modern art wing after two years of renovation',
  'Tech company unveils a foldable phone with a longer battery life',
  'Farmers warn of poor harvest as the drought continues in the south',
  'School board debates later start times for secondary students',
  'Airline adds direct flights to three holiday destinations this summer',
  'Scientists map the genome of an ancient wheat variety',
  'Theatre festival announces a programme of forty new plays',
  'Hospital opens a new emergency wing with two hundred beds',
  'Election officials test voting machines ahead of the local polls',
  'Marathon organisers expect a record number of runners this year',
];

/** The one North Korea sanctions headline of the front page. */
export const NK_HEADLINE = 'UN Security Council tightens North Korea sanctions after missile launch';

/** Paragraphs of an article on another subject (a local story). */
export const OTHER_ARTICLE = [
  'The city council voted on Tuesday to extend the tram line to the northern suburbs, ending a debate that had ' +
    'lasted more than three years. The project will cost about 240 million and should open in 2029.',
  'Residents of the northern districts have long complained about crowded buses and long journeys to the centre. ' +
    'A survey last spring found that most of them would use the tram every day if it were built.',
  'Opponents argued that the money would be better spent on cycle lanes and on repairing existing roads. The ' +
    'mayor said the city would do both, and that work on the first section would begin next year.',
  'The transport authority will publish the final route in the autumn, after a last round of public meetings in ' +
    'each district along the line.',
];

/** Paragraphs of an article on UN sanctions against Iran, with an Iran "Panel of Experts" and no North Korea. */
export const IRAN_ARTICLE = {
  title: 'UN Panel of Experts on Iran sanctions reports missile transfers',
  paragraphs: [
    'The Panel of Experts monitoring sanctions on Iran said in a report on Monday that Tehran had continued arms ' +
      'transfers to armed groups in the region, in violation of the arms embargo set by the Security Council.',
    'The panel found that ballistic missiles and drones were shipped through front companies, and recommended ' +
      'new designations and an asset freeze against the firms involved in the sanctions evasion.',
    'Iran rejected the report as politically motivated and said its defence cooperation was lawful. European ' +
      'diplomats said the findings would be discussed by the Security Council next month.',
    'The panel also looked at the financing of the transfers, which it said ran through exchange houses in ' +
      'several countries and relied on money laundering networks that sanctioned banks had used before.',
  ],
};
