// Grep patterns and reading decisions behind real-people.json (see README.md).
// Every pattern is a JavaScript regular expression (flags "gu"); a space stands for any run of white space.
//   full       forms that name the person unambiguously: a document with one of them is in
//   surname    the bare surname (or other short form); a document where it is the only hit was read and
//              decided in `decisions`
//   ignore     spans that are not this person: other people of the same name, compounds such as
//              "Biden-Harris Administration", places ("Harris County"); hits inside them do not count
//   compoundOnly  compound forms (a subset of `ignore`); documents that name the person only inside
//              them ("the Biden-Harris Administration") are listed apart, in compoundOnlyDocuments
//   offices    title + name forms; an office's from/to are the first and last dates among the person's
//              documents where the form occurs (the endpoints were read: `collect.mjs offices`)
//   decisions  file → "in: why" / "out: why", written after reading the hit

/** Honorifics that may stand between a title and a name. */
const HON = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng|Amb)\.? ?|Professor |Honourable |Ambassador |Mayor |Engineer |Attorney-at-Law |Senior Advocate |Major |Air Commodore |H\.E\. |His Excellency |Her Excellency )*`;
/** A list continues with another name right after the title: "X, Secretary to the Ministry of Finance Dr. Y". */
const NOT_LIST = String.raw`(?![,]? ${HON}\p{Lu}[\p{L}.’'-]* \p{Lu})`;
/** Office forms: "Title Name", "Title, Name" and, for `after`, "Name, [Assistant to the President and] Title". */
const before = (title, name) => `(?:${title}),? ${HON}(?:${name})`;
const after = (title, name) => `(?:${name}),? (?:the )?(?:(?:Deputy )?Assistant to the President(?: and|,| &) |Senior Advisor(?: to the President)?(?: and|,| &) )*(?:${title})${NOT_LIST}`;
const near = (title, name) => `${before(title, name)}|${after(title, name)}`;
/** Not after "former", "then-", "late" … */
const FORMER = String.raw`(?<!(?:former|Former|then|late|Late|ex|Ex) |then-|ex-|Ex-)`;

/** Decisions for several files at once: `...out('why', [files])`. */
const decide = (verdict) => (why, files) => Object.fromEntries(files.map((f) => [f, `${verdict}: ${why}`]));
const out = decide('out');
const inn = decide('in');

export const PEOPLE = [
  // ── United States ────────────────────────────────────────────────────────────────────────────
  {
    id: 'joseph-biden',
    full: ['Joseph R\\. Biden', 'Joseph Biden', 'Joe Biden', '\\bPresidents? Biden\\b'],
    surname: '\\bBiden\\b',
    ignore: ['Jill Biden', 'First Lady Biden', 'Dr\\. Biden', '\\bBiden[-‐–]\\u2060?Harris', 'Biden Harris Administration', 'Biden Administration', 'Biden administration'],
    compoundOnly: 'Biden[-‐–]\\u2060?Harris|Biden Harris|Biden [Aa]dministration',
    offices: [{ title: 'President', country: 'US', re: `(?<!Vice |former |Former )President (Joseph R\\. |Joe )?Biden` }],
    decisions: {
      'wh/wh-2023-12-07-readout-of-white-house-meeting-with-israel-s-chair-of-the-ci.txt': 'in: a markdown link stands between "President" and "Biden"',
      'wh/wh-2024-07-19-readout-of-white-house-office-of-gun-violence-prevention-con.txt': 'in: typo "President’s Biden’s"',
    },
  },
  {
    id: 'kamala-harris',
    full: ['Kamala (D\\. )?Harris', 'Vice Presidents? Harris'],
    surname: '\\bHarris\\b',
    ignore: ['Biden[-‐–]\\u2060?Harris', 'Biden Harris Administration', 'Harris Administration', '(Simon|Timothy|Grant|Kanika|Lee|Dave|Alex|Jim) Harris', 'Taoiseach Harris', 'Terri Harris', 'Harris County', 'Harris-Stowe'],
    compoundOnly: 'Biden[-‐–]\\u2060?Harris|Harris Administration',
    offices: [{ title: 'Vice President', country: 'US', re: `${FORMER}Vice President (Kamala (D\\. )?)?Harris` }],
    decisions: {},
  },
  {
    id: 'jake-sullivan',
    full: ['Jake Sullivan', 'Jacob Sullivan', '(National Security Advisor|NSA|APNSA) Sullivan'],
    surname: '\\bSullivan\\b',
    ignore: ["O['’]Sullivan", 'Kathryn Sullivan'],
    offices: [{ title: 'National Security Advisor', country: 'US', re: near('National Security Advisor|APNSA|NSA|Assistant to the President for National Security Affairs', 'Jake Sullivan|Sullivan') }],
    decisions: {},
  },
  {
    id: 'jennifer-klein',
    full: ['Jennifer Klein', 'Jen Klein', 'Directors? Klein'],
    surname: '\\bKlein\\b',
    ignore: ['Michael R\\. Klein'],
    offices: [
      { title: 'Co-Chair of the Gender Policy Council', country: 'US', re: near('Co-Chairs? of the Gender Policy Council|Gender Policy Council Co-Chairs?', 'Jennifer Klein|Jen Klein') },
      { title: 'Director of the Gender Policy Council', country: 'US', re: near('(?<!Co-Chairs? of the |Deputy )(Executive )?Director of the (White House )?Gender Policy Council|Gender Policy Council Director', 'Jennifer Klein|Jen Klein') },
    ],
    decisions: {},
  },
  {
    id: 'susan-rice',
    full: ['Susan (E\\. )?Rice', 'Ambassador Rice'],
    surname: '\\bRice\\b',
    ignore: ['Lisa Rice', 'Condoleezza Rice'],
    offices: [{ title: 'Domestic Policy Advisor', country: 'US', re: near('Domestic Policy Advisor|Director of the Domestic Policy Council|Domestic Policy Council Director', '(Ambassador |Amb\\. )?Susan (E\\. )?Rice') }],
    decisions: {
      ...out('rice, the grain', [
        'lk/lk-2024-10-22-control-price-of-rice-remains-unchanged.txt',
        'lk/lk-2024-10-25-government-to-boost-capacity-of-small-and-medium-rice-mill-o.txt',
        'lk/lk-2024-10-25-president-instructs-the-ministry-of-agriculture-and-paddy-ma.txt',
        'lk/lk-2025-02-24-relief-package-of-essential-food-items-prepared-for-low-inco.txt',
        'lk/lk-2025-04-02-focus-on-rice-imports-to-ensure-uninterrupted-supply.txt',
      ]),
      'lk/lk-2024-11-01-prioritizing-the-digital-transformation-of-social-welfare-be.txt': 'out: rice, the grain',
      'lk/lk-2024-12-02-president-engages-in-talks-with-small-and-medium-scale-rice.txt': 'out: rice, the grain',
      'lk/lk-2024-12-07-nadu-rice-prices-set-wholesale-rs-225-retail-rs-230.txt': 'out: rice, the grain',
      'lk/lk-2025-01-22-ensuring-food-security-a-key-policy-of-the-current-governmen.txt': 'out: rice, the grain',
      'lk/lk-2025-06-26-recommendation-to-import-40-000-metric-tonnes-of-substitute.txt': 'out: rice, the grain',
    },
  },
  {
    id: 'julie-chavez-rodriguez',
    full: ['Julie (Chavez )?Rodriguez', 'Julie Chávez Rodríguez'],
    surname: '\\bRodriguez\\b',
    ignore: ['(Eric|Guadalupe|Sara|Stephanie) Rodriguez'],
    offices: [{ title: 'Director of Intergovernmental Affairs', country: 'US', re: near('Director of (the )?(White House )?(Office of )?Intergovernmental Affairs|Intergovernmental Affairs,? Director', 'Julie (Chavez )?Rodriguez') }],
    decisions: {},
  },
  {
    id: 'jon-finer',
    full: ['Jon Finer', '(PDNSA|Deputy National Security Advisor) Finer'],
    surname: '\\bFiner\\b',
    offices: [{ title: 'Principal Deputy National Security Advisor', country: 'US', re: near('Principal Deputy National Security Advisor|PDNSA', 'Jon Finer|Finer') }],
    decisions: {},
  },
  {
    id: 'neera-tanden',
    full: ['Neera Tanden', 'Directors? Tanden'],
    surname: '\\bTanden\\b',
    offices: [{ title: 'Domestic Policy Advisor', country: 'US', re: near('Domestic Policy Advisor|Director of the Domestic Policy Council|Domestic Policy Council (Director|Advisor)', 'Neera Tanden|Tanden') }],
    decisions: {},
  },
  {
    id: 'liz-sherwood-randall',
    full: ['Sherwood-Randall'],
    offices: [
      { title: 'Homeland Security Advisor', country: 'US', re: near('Homeland Security Advisor|Assistant to the President for Homeland Security', '(Liz |Elizabeth )?Sherwood-Randall') },
      { title: 'Deputy National Security Advisor', country: 'US', re: near('(?<!Principal )Deputy National Security Advisor', '(Liz |Elizabeth )?Sherwood-Randall') },
    ],
    decisions: {},
  },
  {
    id: 'lael-brainard',
    full: ['Lael Brainard', '(NEC )?Director Brainard'],
    surname: '\\bBrainard\\b',
    offices: [{ title: 'National Economic Advisor', country: 'US', re: near('National Economic Advisor|Director of the National Economic Council|National Economic Council (\\(NEC\\) )?Director|NEC Director|Director, National Economic Council', 'Lael Brainard|Brainard') }],
    decisions: {},
  },
  {
    id: 'brian-deese',
    full: ['Brian Deese', '(NEC )?Director Deese'],
    surname: '\\bDeese\\b',
    offices: [{ title: 'National Economic Advisor', country: 'US', re: near('National Economic Advisor|Director of the National Economic Council|National Economic Council (\\(NEC\\) )?Director|NEC Director', 'Brian Deese|Deese') }],
    decisions: {},
  },
  {
    id: 'cedric-richmond',
    full: ['Cedric Richmond', '(Senior Advisor|Congressman|Director|Mr\\.) Richmond'],
    surname: '\\bRichmond\\b',
    ignore: ['Richmond, (Virginia|VA)', 'Geri Richmond', 'University of Richmond'],
    offices: [
      { title: 'Senior Advisor to the President', country: 'US', re: near('Senior Advisor( to the President)?', 'Cedric Richmond|Richmond') },
      { title: 'Director of the Office of Public Engagement', country: 'US', re: near('Public Engagement Director|Director of the (White House )?Office of Public Engagement', 'Cedric Richmond|Richmond') },
    ],
    decisions: {},
  },
  {
    id: 'tom-perez',
    full: ['Tom Perez', 'Thomas Perez', '(Senior Advisor|Directors?) Perez'],
    surname: '\\bPerez\\b',
    offices: [{ title: 'Director of Intergovernmental Affairs', country: 'US', re: near('Director of (the )?(White House )?(Office of )?Intergovernmental Affairs|Intergovernmental Affairs,? Director', 'Tom Perez|Perez') }],
    decisions: {},
  },
  {
    id: 'stephen-benjamin',
    full: ['Stephen (K\\. )?Benjamin', 'Steve Benjamin', '(Mayor|Director|Senior Advisor) Benjamin\\b'],
    surname: '\\bBenjamin\\b',
    ignore: ['Benjamin Netanyahu', 'Benjamin (“Benny” )?Gantz', '(Melanie|Benjamin) Benjamin', 'Benjamin Della Rocca', 'Benjamin Mizer'],
    offices: [{ title: 'Director of the Office of Public Engagement', country: 'US', re: near('Public Engagement Director|Director of the (White House )?Office of Public Engagement|Director, Office of Public Engagement', '(Mayor )?Ste(phen|ve) (K\\. )?Benjamin') }],
    decisions: {},
  },
  {
    id: 'gene-sperling',
    full: ['Gene Sperling'],
    surname: '\\bSperling\\b',
    offices: [{ title: 'American Rescue Plan Coordinator', country: 'US', re: near('American Rescue Plan Coordinator', 'Gene Sperling') }],
    decisions: {},
  },
  {
    id: 'mitch-landrieu',
    full: ['Mitch Landrieu', 'Coordinator Landrieu'],
    surname: '\\bLandrieu\\b',
    offices: [{ title: 'Infrastructure Implementation Coordinator', country: 'US', re: near('Infrastructure (Implementation )?Coordinator', '(Mayor )?Mitch Landrieu|Landrieu') }],
    decisions: {},
  },
  {
    id: 'gina-mccarthy',
    full: ['Gina McCarthy', '(National Climate )?Advisor McCarthy'],
    surname: '\\bMcCarthy\\b',
    ignore: ['Kevin McCarthy', '(Speaker|Leader) McCarthy', 'Kathleen McCarthy'],
    offices: [{ title: 'National Climate Advisor', country: 'US', re: near('National Climate Advisor', 'Gina McCarthy|McCarthy') }],
    decisions: {},
  },
  {
    id: 'xavier-becerra',
    full: ['Xavier Becerra', 'Secretary Becerra'],
    surname: '\\bBecerra\\b',
    offices: [{ title: 'Secretary of Health and Human Services', country: 'US', re: near('Secretary of (the )?(U\\.S\\. )?(Department of )?Health and Human Services|Health and Human Services (\\(HHS\\) )?Secretary|HHS Secretary|Secretary, (U\\.S\\. )?Department of Health and Human Services', 'Xavier Becerra|Becerra') }],
    decisions: {},
  },
  {
    id: 'pete-buttigieg',
    full: ['Pete Buttigieg', 'Secretary Buttigieg'],
    surname: '\\bButtigieg\\b',
    offices: [{ title: 'Secretary of Transportation', country: 'US', re: near('Secretary of (the )?(U\\.S\\. )?(Department of )?Transportation|Transportation Secretary|Secretary, (U\\.S\\. )?Department of Transportation', 'Pete Buttigieg|Buttigieg') }],
    decisions: {},
  },
  {
    id: 'gina-raimondo',
    full: ['Gina Raimondo', 'Secretary Raimondo'],
    surname: '\\bRaimondo\\b',
    offices: [{ title: 'Secretary of Commerce', country: 'US', re: near('Secretary of (the )?(U\\.S\\. )?(Department of )?Commerce|Commerce Secretary|Secretary, (U\\.S\\. )?Department of Commerce', 'Gina Raimondo|Raimondo') }],
    decisions: {},
  },
  {
    id: 'antony-blinken',
    full: ['Antony (J\\. )?Blinken', 'Secretary( of State)? Blinken', 'Tony Blinken'],
    surname: '\\bBlinken\\b',
    offices: [{ title: 'Secretary of State', country: 'US', re: near('Secretary of State|US Secretary of State|United States Secretary of State', 'Antony (J\\. )?Blinken|Blinken') }],
    decisions: {},
  },
  {
    id: 'donald-trump',
    full: ['Donald (J\\. )?Trump', 'President Trump', 'President-elect Trump'],
    surname: '\\bTrump\\b',
    ignore: ['Melania Trump', 'Mrs\\. Trump', 'First Lady Trump', 'Trump Administration', 'Trump administration', 'Trump tax'],
    compoundOnly: 'Trump [Aa]dministration|Trump tax',
    offices: [
      { title: 'President-elect', country: 'US', re: 'President-elect (Donald (J\\. )?)?Trump' },
      { title: 'President', country: 'US', re: `${FORMER}(?<!-)President (Donald (J\\. )?)?Trump` },
    ],
    decisions: {},
  },

  // ── Other states' leaders, as the three publishers name them ───────────────────────────────
  {
    id: 'volodymyr-zelenskyy',
    full: ['Zelensk(yy|y|iy)\\b', 'Zelenskky'],
    offices: [{ title: 'President', country: 'UA', re: 'President (Volodymyr )?Zelensk' }],
    decisions: {},
  },
  {
    id: 'emmanuel-macron',
    full: ['Macron'],
    offices: [{ title: 'President', country: 'FR', re: 'President (Emmanuel )?Macron' }],
    decisions: {},
  },
  {
    id: 'benjamin-netanyahu',
    full: ['Netanyahu'],
    // Not Prime Minister from June 2021 to December 2022 (Bennett, then Lapid): two tenures.
    offices: [
      { title: 'Prime Minister', country: 'IL', during: ['2021-01-01', '2021-06-30'], note: 'until June 2021 (then Bennett and Lapid)', re: `${FORMER}Prime Minister (Benjamin |Bibi )?Netanyahu` },
      { title: 'Prime Minister', country: 'IL', during: ['2022-11-01', '2025-12-31'], note: 'again from December 2022', re: `${FORMER}Prime Minister (Benjamin |Bibi )?Netanyahu` },
    ],
    decisions: {},
  },
  {
    id: 'olaf-scholz',
    full: ['Scholz'],
    offices: [
      { title: 'Vice Chancellor', country: 'DE', re: 'Vice Chancellor (Olaf )?Scholz' },
      { title: 'Chancellor', country: 'DE', re: `(?<!Vice )Chancellor (H\\.E\\. )?(Olaf )?Scholz|Olaf Scholz, Federal Chancellor` },
    ],
    decisions: {},
  },
  {
    id: 'fumio-kishida',
    full: ['Kishida'],
    offices: [{ title: 'Prime Minister', country: 'JP', re: `${FORMER}Prime Minister (Fumio )?Kishida|Prime Kishida` }],
    decisions: {},
  },
  {
    id: 'justin-trudeau',
    full: ['Trudeau'],
    offices: [{ title: 'Prime Minister', country: 'CA', re: near('Prime Minister', '(Justin )?Trudeau') }],
    decisions: {},
  },
  {
    id: 'boris-johnson',
    full: ['Boris Johnson', 'Prime Minis?ter Johnson'],
    surname: '\\bJohnson\\b',
    ignore: ['(Derrick|Lamar|Broderick|Alexis McGill|Marsha P\\.|Mike|Ron|Brent|Venus|Garnett|Lisette|Carole|Robert Wood) Johnson', 'Johnson & Johnson'],
    offices: [{ title: 'Prime Minister', country: 'GB', re: 'Prime Minis?ter (Boris )?Johnson' }],
    decisions: {
      ...out('Speaker (Mike) Johnson; Lyndon B. Johnson', [
        'wh/wh-2024-02-27-readout-of-president-biden-and-vice-president-harris-s-meeti.txt',
        'wh/wh-2024-07-29-readout-of-white-house-convening-on-the-60th-anniversary-of.txt',
      ]),
    },
  },
  {
    id: 'jens-stoltenberg',
    full: ['Stoltenberg'],
    offices: [{ title: 'Secretary General of NATO', country: null, re: 'Secretary General (Jens )?Stoltenberg' }],
    decisions: {},
  },
  {
    id: 'abdullah-ii',
    full: ['King Abdullah\\b', 'Abdullah II\\b'],
    ignore: ['Bin Abdullah II'],
    offices: [{ title: 'King', country: 'JO', re: 'King Abdullah' }],
    decisions: {},
  },
  {
    id: 'isaac-herzog',
    full: ['Isaac Herzog', 'President Herzog'],
    surname: '\\bHerzog\\b',
    ignore: ['Chaim Herzog'],
    offices: [{ title: 'President', country: 'IL', re: 'President (Isaac )?Herzog' }],
    decisions: {},
  },
  {
    id: 'yoon-suk-yeol',
    full: ['Yoon Suk[- ]?[Yy]eol', 'President(-[Ee]lect)? Yoon'],
    surname: '\\bYoon\\b',
    offices: [
      { title: 'President-elect', country: 'KR', re: 'President-[Ee]lect Yoon' },
      { title: 'President', country: 'KR', re: '(?<!-)President Yoon' },
    ],
    decisions: {},
  },
  {
    id: 'xi-jinping',
    full: ['Xi Jinping', 'President Xi\\b'],
    offices: [{ title: 'President', country: 'CN', re: 'President Xi\\b' }],
    decisions: {},
  },
  {
    id: 'narendra-modi',
    full: ['\\bModi\\b'],
    offices: [{ title: 'Prime Minister', country: 'IN', re: before('Prime Minister', '(Shri )?(Narendra )?Modi') + '|Narendra Modi, Prime Minister' }],
    decisions: {},
  },
  {
    id: 'subrahmanyam-jaishankar',
    full: ['Jaishankar'],
    offices: [{ title: 'Minister of External Affairs', country: 'IN', re: near('External Affairs Minister|Minister of External Affairs|Minister for External Affairs|EAM', '(S\\.? |Subrahmanyam )?Jaishankar') }],
    decisions: {},
  },

  // ── Singapore ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'vivian-balakrishnan',
    full: ['Vivian Balakrishnan', 'VIVIAN BALAKRISHNAN', '(Minister|Dr) Balakrishnan'],
    surname: '\\bBalakrishnan\\b',
    ignore: ['Joy Balakrishnan'],
    offices: [{ title: 'Minister for Foreign Affairs', country: 'SG', re: near('Minister for Foreign Affairs|Foreign Minister|MINISTER FOR FOREIGN AFFAIRS|Minister \\(Foreign Affairs\\)', 'Vivian Balakrishnan|(DR )?VIVIAN BALAKRISHNAN') }],
    decisions: {},
  },
  {
    id: 'lee-hsien-loong',
    full: ['Lee Hsien Loong', 'LEE HSIEN LOONG', '(Prime Minister|PM) Lee\\b'],
    surname: '\\bLee\\b',
    ignore: ['Mrs Lee Hsien Loong', 'Lee Kuan Yew', 'Desmond Lee', 'John Lee', 'Lee Tzu Yang', 'Mrs Lee\\b', 'Lee County', 'Sheila Jackson-Lee', '(Barbara|Bill|Mike|Rena|Laurel|Anka|Angela|Matt|Thea|Miyon) Lee', 'Lee Harris', 'Lee-Ashley', 'Ambassador Lee', 'Chief Executive Lee'],
    offices: [{ title: 'Prime Minister', country: 'SG', re: `${FORMER}(Prime Minister|PM) Lee` }],
    decisions: {
      ...out('other Lees (EunSook Lee, Patricia Lee Refo, Cynthia Lee Sheng, Michelle Kydd Lee, Young Lee Hertig, Sheila Jackson Lee, Lee White)', [
        'wh/wh-2021-03-04-readout-of-the-white-house-s-listening-session-with-asian-am.txt',
        'wh/wh-2021-06-30-readout-of-the-white-house-eviction-prevention-summit.txt',
        'wh/wh-2021-08-30-readout-of-president-biden-s-briefing-with-gulf-coast-electe.txt',
        'wh/wh-2021-10-26-readout-of-private-sector-roundtable-on-operation-allies-wel.txt',
        'wh/wh-2022-06-06-readout-of-vice-president-harris-s-meeting-with-faith-leader.txt',
        'wh/wh-2023-02-02-readout-of-oval-office-meeting-with-congressional-black-cauc.txt',
        'wh/wh-2023-08-02-readout-of-principal-deputy-national-security-advisor-jon-fi.txt',
      ]),},
  },
  {
    id: 'lawrence-wong',
    full: ['Lawrence Wong', '(DPM|Deputy Prime Minister|Acting Prime Minister|Prime Minister|PM) Wong'],
    surname: '\\bWong\\b',
    ignore: ['(Penny|Lucien|Chantale|Brant) Wong', 'Wong Ruqin', 'Mrs Wong', 'Minister Penny'],
    offices: [
      { title: 'Minister for Finance', country: 'SG', re: near('Minister for Finance|Minister \\(Finance\\)', 'Lawrence Wong') },
      { title: 'Deputy Prime Minister', country: 'SG', re: near('Deputy Prime Minister( and Minister for Finance)?|DPM', 'Lawrence Wong|Wong') },
      { title: 'Acting Prime Minister', country: 'SG', note: 'acting, only while the Prime Minister was abroad or ill: from/to are the first and last such mention, not a continuous tenure', re: 'Acting Prime Minister (Lawrence )?Wong|Lawrence Wong,? (will be the|in his capacity as|as) Acting Prime Minister' },
    ],
    decisions: {},
  },
  {
    id: 'mohamad-maliki-osman',
    full: ['Maliki'],
    ignore: ['Riyad (Al-)?Maliki'],
    offices: (() => {
      const name = '(Mohamad |Mohamed )?Maliki';
      const chain = "((and |& )?Second Minister for (Education|Foreign Affairs)(,? and (Second Minister for )?(Education|Foreign Affairs))?,? )?";
      return [
        { title: 'Minister in the Prime Minister’s Office', country: 'SG', re: `Minister in the Prime Minister[’']s Office,? ${chain}${HON}${name}` },
        { title: 'Second Minister for Foreign Affairs', country: 'SG', re: `Second Minister for (Education and )?Foreign Affairs,? ((and )?Second Minister for Education,? )?${HON}${name}` },
        { title: 'Second Minister for Education', country: 'SG', re: `Second Minister for (Foreign Affairs and )?Education,? ((and )?Second Minister for Foreign Affairs,? )?${HON}${name}` },
      ];
    })(),
    decisions: {},
  },
  {
    id: 'halimah-yacob',
    full: ['Halimah'],
    offices: [{ title: 'President', country: 'SG', re: `${FORMER}President (Madam )?Halimah` }],
    decisions: {},
  },
  {
    id: 'teo-chee-hean',
    full: ['Teo Chee Hean', '(SM|Senior Minister) Teo\\b'],
    surname: '\\bTeo\\b',
    ignore: ['Josephine Teo', 'Eddie Teo', 'Teo Poh Yim', 'Mrs Teo', 'Acting President Teo', 'Minister Josephine'],
    offices: [
      { title: 'Senior Minister', country: 'SG', re: `(Senior Minister|SM)( and Coordinating Minister for National Security)?,? ${HON}(Teo Chee Hean|Teo\\b)|Teo Chee Hean, Senior Minister` },
      { title: 'Coordinating Minister for National Security', country: 'SG', re: near('Coordinating Minister for National Security', 'Teo Chee Hean') },
      { title: 'Acting Prime Minister', country: 'SG', note: 'acting, only while the Prime Minister was abroad or ill: from/to are the first and last such mention, not a continuous tenure', re: 'Acting Prime Minister (Teo Chee Hean|Teo)|Teo Chee Hean,? (will be the|in his capacity as|as) Acting Prime Minister' },
    ],
    decisions: {},
  },
  {
    id: 'sim-ann',
    full: ['Sim Ann', '(SMS|Senior Minister of State) Sim\\b'],
    offices: [{ title: 'Senior Minister of State for Foreign Affairs', country: 'SG', re: `(Senior Minister of State|SMS)( \\(SMS\\))?(,? (for|Ministry of) Foreign Affairs( and (Senior Minister of State for |Ministry of )?National Development)?)?,? ${HON}Sim( Ann)?\\b` }],
    decisions: {},
  },
  {
    id: 'gan-kim-yong',
    full: ['Gan Kim Yong', 'Minister Gan\\b'],
    offices: [{ title: 'Minister for Trade and Industry', country: 'SG', re: before('Minister for Trade and Industry|Minister \\(Trade and Industry\\)', 'Gan Kim Yong') }],
    decisions: {},
  },
  {
    id: 'tharman-shanmugaratnam',
    full: ['Tharman'],
    offices: [
      { title: 'Senior Minister', country: 'SG', re: `(Senior Minister|SM)( and Coordinating Minister for Social Policies)?,? ${HON}Tharman` },
      { title: 'President', country: 'SG', re: `${FORMER}President Tharman` },
    ],
    decisions: {},
  },
  {
    id: 'heng-swee-keat',
    full: ['Heng Swee Keat', '(DPM|Deputy Prime Minister) Heng\\b'],
    offices: [
      { title: 'Deputy Prime Minister', country: 'SG', re: `(Deputy Prime Minister|DPM)( \\(DPM\\))?( (and|&) Coordinating Minister for Economic Policies)?,? ${HON}Heng\\b` },
      { title: 'Coordinating Minister for Economic Policies', country: 'SG', re: `Coordinating Minister for Economic Policies,? ${HON}Heng\\b` },
    ],
    decisions: {},
  },
  {
    id: 'josephine-teo',
    full: ['Josephine Teo', 'Minister Josephine'],
    offices: [
      { title: 'Minister for Manpower', country: 'SG', re: `Minister for Manpower( and Second Minister for Home Affairs)?,? ${HON}Josephine Teo` },
      { title: 'Minister for Communications and Information', country: 'SG', re: `(Minister for Communications and Information|Minister \\(Communications and Information\\))(,? (and )?Second Minister (for )?\\(?Home Affairs\\)?)?( and Minister-in-charge of Smart Nation and Cybersecurity)?,? ${HON}Josephine Teo` },
      { title: 'Second Minister for Home Affairs', country: 'SG', re: `Second Minister (for )?\\(?Home Affairs\\)?(,? and Minister-in-charge of Smart Nation and Cybersecurity)?,? ${HON}Josephine Teo` },
    ],
    decisions: {},
  },
  {
    id: 'grace-fu',
    full: ['Grace Fu', 'Minister Fu\\b'],
    offices: [{ title: 'Minister for Sustainability and the Environment', country: 'SG', re: before('Minister for Sustainability and (the )?Environment( and Minister-in-Charge of Trade Relations)?', 'Grace Fu') }],
    decisions: {},
  },
  {
    id: 'k-shanmugam',
    full: ['K\\.? Shanmugam\\b', 'Minister Shanmugam'],
    surname: '\\bShanmugam\\b',
    offices: [
      { title: 'Minister for Home Affairs', country: 'SG', re: `${FORMER}Minister for Home Affairs( and (Minister for )?Law)?,? ${HON}K\\.? Shanmugam` },
      { title: 'Minister for Law', country: 'SG', re: `${FORMER}Minister for Home Affairs and (Minister for )?Law,? ${HON}K\\.? Shanmugam|Minister for Law,? ${HON}K\\.? Shanmugam` },
    ],
    decisions: {
      ...out('Shanmugam Kugathasan, a Sri Lankan MP', [
        'lk/lk-2024-12-04-president-engages-in-discussion-with-itak-mps.txt',
      ]),
    },
  },

  // ── Sri Lanka ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'anura-kumara-dissanayake',
    full: ['Anura Kumara? Dis?sanayak[ea]?\\b', 'Anura Dissanayake', 'President Dis?s?anayak[ea]', 'President Disnayake', 'President Anura\\b'],
    surname: '\\b(Dis?sanayak[ea]|Anura)\\b',
    ignore: ['(K\\.M\\.S\\.|R\\.S\\.A\\.|D\\.M\\.G\\.P\\.|DMNSB|Bloemendhal|Duminda|Thanura|Ranga|Gamagedara) Dis?sanayake', 'Anura Karunath?ilak[ae]'],
    offices: [
      { title: 'President', country: 'LK', re: `${FORMER}President,? (Hon\\. |Honourable )?(Anura Kumara? Dis?sanayak[ea]|Anura Dissanayake|Dis?sanayak[ea])|(Honourable|Hon\\.) President,? Anura` },
      { title: 'Minister of Finance, Planning and Economic Development', country: 'LK', note: 'held by the President; stated with his name in these documents only', re: 'President,? in his capacity as the Minister of Finance|President and Minister of Finance,? Anura|Dis?sanayak[ea],? who is also the Minister of Finance' },
      { title: 'Minister of Defence', country: 'LK', note: 'held by the President; stated with his name in these documents only', re: 'President[^.]{0,120}? as the Minister of Defence' },
    ],
    decisions: {},
  },
  {
    id: 'nandika-sanath-kumanayake',
    full: ['Kuman(a|aa)?yake'],
    offices: [{ title: 'Secretary to the President', country: 'LK', re: `(?<!Additional |Assistant |Deputy )${before('Secretary to the President', 'Nand[ia]ka (Sanath )?Kumanayake')}|Nand[ia]ka (Sanath )?Kumanayake,? (the )?Secretary to the President|Kumanayake was appointed [^;]{0,80}? as the new Secretary to the President` }],
    decisions: {},
  },
  {
    id: 'vijitha-herath',
    full: ['Vijitha Herath', 'Vijith Herath', 'Vjitha Herath', 'Minister Herath'],
    surname: '\\bHerath\\b',
    ignore: ['(Bandula|Arjuna|Bhagya Sri|Kanchana|Dharmapala|Athula) Herath'],
    offices: [
      { title: 'Member of Parliament', country: 'LK', re: '(?<!Former |former )MP Vijitha Herath' },
      { title: 'Minister of Public Security', country: 'LK', re: before('Minister of Public Security', 'Vijitha Herath') },
      { title: 'Minister of Foreign Affairs, Foreign Employment and Tourism', country: 'LK', re: before('Minister of Foreign Affairs(,? (Foreign |Overseas )?Employment,? and Tourism)?|Foreign Minister|Foreign Affairs Minister|Foreign Affairs,? (Foreign |Overseas )?Employment,? and Tourism Minister|Tourism Minister', 'Vijitha? Herath|Vjitha Herath') + '|Vijitha Herath, (the )?Minister of Foreign Affairs' },
    ],
    decisions: {},
  },
  {
    id: 'roshan-gamage',
    full: ['Roshan Gam(a|an)?ge\\b'],
    surname: '\\bGamage\\b',
    ignore: ['(Sunil|Dharmasiri|C\\.K\\.|Sunil Kumara|Rathna) Gamage'],
    offices: [
      { title: 'Senior Additional Secretary to the President', country: 'LK', re: near('Senior Additional Secretary to the President', 'Roshan Gamage') },
      { title: 'Secretary of the President’s Fund', country: 'LK', re: near("Secretary (of|to) the President[’']s Fund", 'Roshan Gamage') },
    ],
    decisions: {},
  },
  {
    id: 'anil-jayantha-fernando',
    full: ['Anil Jayanth?a'],
    offices: [
      { title: 'Senior Advisor to the President', country: 'LK', re: `Senior Advisors? to the President,? ${HON}Anil Jayanth?a|Anil Jayanth?a( Fernando)?, Chair of the Economic Policy Council & Senior Advisor to the President` },
      { title: 'Minister of Labour', country: 'LK', re: `Minister of Labour( and Deputy Minister of Economic Development)?,? ${HON}Anil Jayanth?a|Anil Jayanth?a( Fernando)?, (the )?Minister of Labour` },
      { title: 'Deputy Minister of Economic Development', country: 'LK', re: `Deputy Minister of Economic Development,? ${HON}Anil Jayanth?a|Anil Jayanth?a( Fernando)?, (the )?(Minister of Labour and )?Deputy Minister of Economic Development` },
    ],
    decisions: {},
  },
  {
    id: 'harshana-suriyapperuma',
    full: ['S[uo]+r?i?y?apperuma'],
    offices: [
      { title: 'Deputy Minister of Finance and Planning', country: 'LK', re: `Deputy Minister of Finance (and|&) Planning,? ${HON}Harshana|Harshana S[uo]+r?i?y?apperuma, (the )?Deputy Minister of Finance` },
      { title: 'Acting Minister of Finance, Planning and Economic Development', country: 'LK', note: 'acting, only while the President (the Minister of Finance) was abroad', re: `Harshana S[uo]+r?i?y?apperuma,? (has been appointed as|will function as|as the) Acting Minister` },
      { title: 'Secretary to the Ministry of Finance', country: 'LK', re: `(Secretary to the (Ministry of Finance|Finance Ministry|Treasury)(,? Planning,? and Economic Development)?|Treasury Secretary),? ${HON}Harshana|Harshana S[uo]+r?i?y?apperuma,? (the )?(Appointed (as )?New )?Secretary to the (Ministry of Finance|Treasury)${NOT_LIST}` },
    ],
    decisions: {},
  },
  {
    id: 'russell-aponsu',
    full: ['Russel?l App?ons[ou]', 'G\\. ?[MN]\\. ?R\\. ?D\\. App?onsu'],
    surname: '\\bApp?ons[ou]\\b',
    offices: [{ title: 'Senior Additional Secretary to the President', country: 'LK', re: near('Senior Additional Secretar(y|ies) to the President( for Finance and Economic Affairs)?', 'Russel?l Apons[ou]( and [A-Z][a-z]+ [A-Z][a-z]+)?|G\\. ?[MN]\\. ?R\\. ?D\\. Aponsu') }],
    decisions: {},
  },
  {
    id: 'mahinda-siriwardana',
    full: ['Mahinda Siriwar?d(h)?[ae]na', 'K\\.M\\.M\\. Siriward[ae]na'],
    surname: '\\bSiriward[ae]na\\b',
    ignore: ['JADDB K Siriwardena'],
    offices: [{ title: 'Secretary to the Ministry of Finance', country: 'LK', re: `(Mahinda|K\\.M\\.M\\.) Siriward[ae]na [–-] (Secretary to the )?Ministry of Finance|(Secretary to the (Treasury|Ministry of Finance|Finance Ministry)(,? Planning,? and Economic Development)?|Treasury Secretary),? ${HON}(K\\.M\\.M?\\. )?(Mahinda )?Siriward[ae]na|(Mahinda|K\\.M\\.M\\.) Siriward[ae]na,? [–-]? ?(the )?(Secretary to the )?(Treasury|Ministry of Finance)${NOT_LIST}` }],
    decisions: {},
  },
  {
    id: 'kapila-janaka-bandara',
    full: ['Kapila Janaka Bandara', 'Janaka Bandara', 'Kapila Bandara'],
    surname: '\\bBandara\\b',
    offices: [{ title: 'Senior Additional Secretary to the President', country: 'LK', re: near('Senior Additional Secretar(y|ies) to the President', '([A-Z][a-z]+ [A-Z][a-z]+ and )?Kapila (Janaka )?Bandara') }],
    decisions: {
      ...out('other Bandaras (S. Aloka Bandara, H.S.K.J. Bandara, Aruna Bandara, Nilanga Dela Bandara, Seetha Bandara Ranathunga, Sarath Bandara Samarasinghe …)', [
        'lk/lk-2024-10-02-high-level-imf-team-meets-sri-lankan-government-to-discuss-e.txt',
        'lk/lk-2024-10-03-mr-s-aloka-bandara-appointed-as-new-secretary-of-the-ministr.txt',
        'lk/lk-2024-10-09-president-discusses-enhancing-revenue-and-efficiency-with-sr.txt',
        'lk/lk-2024-11-19-new-secretary-to-the-prime-minister-cabinet-secretary-and-se.txt',
        'lk/lk-2024-11-26-adb-backs-sri-lanka-s-growing-investment-potential-in-key-se.txt',
        'lk/lk-2024-12-05-president-focuses-on-renewable-energy-projects-priority-give.txt',
        'lk/lk-2024-12-13-offenders-will-face-consequences-regardless-of-rank-or-statu.txt',
        'lk/lk-2024-12-20-the-challenge-of-transforming-public-service-into-a-streamli.txt',
        'lk/lk-2025-01-13-president-anura-kumara-disanayake-departs-for-four-day-state.txt',
        'lk/lk-2025-01-15-warm-welcome-extended-by-president-xi-jinping-to-president-a.txt',
        'lk/lk-2025-01-16-3-7-billion-foreign-direct-investment-secured-during-preside.txt',
        'lk/lk-2025-01-26-enhancing-public-service-as-a-fundamental-citizen-right-and.txt',
        'lk/lk-2025-02-23-special-sacred-tooth-relic-exposition-after-sinhala-and-tami.txt',
        'lk/lk-2025-02-27-allocate-rs-1-400-billion-in-recurrent-expenditure-to-produc.txt',
        'lk/lk-2025-03-02-special-exposition-of-the-sacred-tooth-relic-from-april-18-t.txt',
        'lk/lk-2025-04-25-president-on-inspection-tour-of-kandy-city-to-assess-facilit.txt',
        'lk/lk-2025-05-24-final-rites-of-veteran-actress-malani-fonseka-to-be-held-wit.txt',
        'lk/lk-2025-07-15-meeting-between-president-and-the-heads-of-saudi-fund-for-de.txt',
        'lk/lk-2025-07-16-president-reviews-progress-of-ministry-of-youth-affairs-and.txt',
      ]),},
  },
  {
    id: 'bimal-rathnayake',
    full: ['Bimal Rath?nayake', 'Minister Rath?nayake'],
    surname: '\\bRath?nayake\\b',
    offices: [
      { title: 'Minister of Transport, Highways, Ports and Civil Aviation', country: 'LK', re: `Minister of Transport,? Highways,? Ports,? and Civil Aviation,? ${HON}Bimal Rath?nayake|Minister Rath?nayake|Minister Bimal Rath?nayake` },
    ],
    decisions: {
      ...out('other Ratnayakes (Sagala Ratnayake, A.M.N. Ratnayake, Upali Ratnayake, R.M. Mahinda Ratnayake, Ushani Rathnayake, Eranga Rathnayake, R.M.P. Rathnayake, Pasan Ratnayake, Sumudu Ratnayake)', [
        'wh/wh-2024-04-05-readout-of-nsa-sullivan-s-call-with-sri-lankan-national-secu.txt',
        'lk/lk-2025-01-06-new-chairman-and-board-members-appointed-to-1990-suwa-seriya.txt',
        'lk/lk-2025-01-31-secretary-to-the-president-holds-meeting-with-adb-representa.txt',
        'lk/lk-2025-05-15-communicating-sri-lanka-s-political-transformation-to-the-gl.txt',
        'lk/lk-2025-05-18-decentralization-of-the-president-s-fund-at-divisional-level.txt',
        'lk/lk-2025-05-20-presidential-secretariat-donates-vehicles-to-support-rehabil.txt',
        'lk/lk-2025-05-21-this-year-s-poson-festival-will-be-celebrated-with-full-stat.txt',
        'lk/lk-2025-07-11-let-s-build-a-nation-rooted-in-historical-heritage.txt',
        'lk/lk-2025-08-26-meta-digital-government-day-summit.txt',
      ]),},
  },
  {
    id: 'nadeeka-dangolla',
    full: ['Nad(ee|i)ka Dangolla', 'Major Dangolla'],
    surname: '\\bDangolla\\b',
    offices: [{ title: 'Assistant Director', country: 'LK', re: near('Assistant Director', '(Major )?Nad(ee|i)ka Dangolla') }],
    decisions: {
      ...out('Prof. Ashoka Dangolla', [
        'lk/lk-2025-06-19-government-focuses-on-controlling-crop-damage-by-wild-animal.txt',
      ]),
    },
  },
  {
    id: 'harini-amarasuriya',
    full: ['Harini Amaras(u|oo)riya', '(Prime Minister|PM) Amarasuriya'],
    surname: '\\bAmarasuriya\\b',
    offices: [
      { title: 'Prime Minister', country: 'LK', re: `(?<!to the |of the )${near('Prime Minister', 'Harini Amarasuriya|Amarasuriya')}` },
      { title: 'Minister of Education, Higher Education and Vocational Education', country: 'LK', re: before('Minister of Education(,? Higher Education,? and Vocational Education)?', 'Harini Amarasuriya') },
    ],
    decisions: {},
  },
  {
    id: 'duminda-hulangamuwa',
    full: ['Duminda Hul[au]n?gamuwa'],
    surname: '\\bHul[au]n?gamuwa\\b',
    offices: [{ title: 'Senior Economic Advisor to the President', country: 'LK', re: near('Senior (Economic |Presidential )?Advis[eo]r (to the President|on Economic Affairs)( on Economic Affairs)?|President’s Senior Advis[eo]r|Senior Presidential Advis[eo]r', '(Dr\\. )?Duminda Hul[au]n?gamuwa') + '|Senior Advisors to the President [^;]{0,40}? and (Mr\\. )?Duminda Hul[au]n?gamuwa|Duminda Hul[au]n?gamuwa Senior Advisor to the President' }],
    decisions: {},
  },
  {
    id: 'nandalal-weerasinghe',
    full: ['Nandalal Weerasinghe', 'Governor Weerasinghe'],
    surname: '\\bWeerasinghe\\b',
    ignore: ['(Supun|Manuj C\\.) Weerasinghe'],
    offices: [{ title: 'Governor of the Central Bank of Sri Lanka', country: 'LK', re: before('Governor of the Central Bank( of Sri Lanka)?|Central Bank Governor|CBSL Governor|Governor', '(P\\. )?Nandalal Weerasinghe') }],
    decisions: {},
  },
  {
    id: 'k-m-n-kumarasinghe',
    full: ['K\\. ?[MN]\\. ?[MN]\\. Kumarasinghe'],
    surname: '\\bKumarasinghe\\b',
    ignore: ['W\\.D\\.M\\. Kumarasinghe'],
    offices: [{ title: 'Senior Additional Secretary to the President', country: 'LK', re: near('Senior Additional Secretary to the President', 'K\\. ?[MN]\\. ?[MN]\\. Kumarasinghe') }],
    decisions: {},
  },
  {
    id: 'wasantha-samarasinghe',
    full: ['[WV]asantha Samarasinghe', 'Minister Samarasinghe'],
    surname: '\\bSamarasinghe\\b',
    ignore: ['Sarath Bandara Samarasinghe', 'M\\.K\\.S\\.R\\.D\\. Samarasinghe', 'Upali Samarasinghe'],
    offices: [{ title: 'Minister of Trade, Commerce, Food Security and Cooperative Development', country: 'LK', re: before('Minister of Trade,? Commerce,? Food Security,? and Co-?operative Development', '[WV]asantha Samarasinghe') }],
    decisions: {},
  },
];
