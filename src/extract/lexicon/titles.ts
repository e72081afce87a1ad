// Offices, honorifics and the words institutions are named with. A person's name is what
// follows an office ("Chairman of the Government of the Russian Federation Mikhail
// Kasjyanov"): these lists tell where the office ends and the name begins. Every entry is
// matched as written; to add an office, add it to HEADS (its words separated by single spaces).

/** Heads of office titles, as token sequences; longest match wins. */
const HEADS = [
  'Prime Minister', 'Deputy Prime Minister', 'First Deputy Prime Minister', 'Vice Premier', 'Premier',
  'President', 'Vice President', 'Vice-President', 'Chairman', 'Vice-Chairman', 'Vice Chairman', 'Deputy Chairman',
  'Chairwoman', 'Chairperson', 'Chair', 'Foreign Minister', 'Deputy Foreign Minister', 'Minister', 'Senior Minister',
  'Coordinating Minister', 'Minister of State', 'State Minister', 'Chief Minister', 'Vice-Minister', 'Vice Minister',
  'Deputy Minister', 'Parliamentary Vice-Minister', 'Secretary of State', 'Deputy Secretary of State',
  'Secretary General', 'Secretary-General', 'Deputy Secretary', 'Under Secretary', 'Undersecretary',
  'Assistant Secretary', 'Secretary', 'Foreign Secretary', 'Permanent Secretary', 'Chief Secretary',
  'Cabinet Secretary', 'Chief Cabinet Secretary', 'Press Secretary', 'Speaker', 'Ambassador', 'High Commissioner',
  'Commissioner', 'Director General', 'Director-General', 'Deputy Director General', 'Deputy Director-General',
  'Director', 'Head', 'Mayor', 'Governor', 'Governor-General', 'King', 'Queen', 'Emperor', 'Empress',
  'Crown Prince', 'Prince', 'Princess', 'Sultan', 'Emir', 'Amir', 'Chancellor', 'Vice-Chancellor', 'Senator',
  'Congressman', 'Congresswoman', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'National Security Advisor',
  'National Security Adviser', 'Advisor', 'Adviser', 'Special Envoy', 'Envoy', 'Consul General', 'Consul',
  'Chief Executive', 'Chief Executive Officer', 'Professor', 'Leader', 'General', 'Admiral', 'Air Vice Marshal',
  'Air Chief Marshal', 'Air Marshal', 'Field Marshal', 'Marshal', 'Colonel', 'Lieutenant General',
  'Major General', 'Brigadier', 'Commander', 'Chief of Staff', 'Attorney General', 'Attorney-General',
  'Chief Justice', 'Judge', 'Administrator', 'State Councilor', 'State Counsellor', 'Counsellor',
  'Member of Parliament', 'Pope', 'Cardinal', 'Archbishop', 'Patriarch', 'Deputy Head', 'Deputy Governor',
  'Chief', 'Representative', 'Trade Representative', 'Executive Secretary', 'Vice Foreign Minister',
  'Minister-Counsellor', 'Chargé d’Affaires', 'Charge d’Affaires', "Chargé d'Affaires", 'Chief Negotiator',
];

export const TITLE_HEADS: string[][] = HEADS.map((h) => h.split(' ')).sort((a, b) => b.length - a.length);
export const TITLE_HEAD_FIRST = new Set(TITLE_HEADS.map((h) => h[0]));
/** Plural heads name groups ("the two Prime Ministers", "the Foreign Ministers"). */
export const PLURAL_HEADS: Record<string, string> = {
  Leaders: 'Leader', leaders: 'Leader', Ministers: 'Minister', ministers: 'Minister', Presidents: 'President',
  presidents: 'President', Secretaries: 'Secretary', secretaries: 'Secretary', Ambassadors: 'Ambassador',
};

/** Heads that are also ordinary words ("General Remarks", "Head of State"): an office only with a complement, "former", or before a full name. */
export const AMBIGUOUS_HEADS: ReadonlySet<string> = new Set(['General', 'Chief', 'Head', 'Leader', 'Commander', 'Director', 'Judge', 'Representative', 'Chair', 'Marshal', 'Envoy', 'Administrator', 'Counsellor', 'Advisor', 'Adviser', 'Prince', 'Princess', 'King', 'Queen']);

/** Offices of a head of state or government: the meeting of their holders is the one a readout is about. */
export const LEADER_OFFICES: readonly string[] = [
  'Prime Minister', 'President', 'Chancellor', 'King', 'Queen', 'Emperor', 'Premier', 'Sultan', 'Emir', 'Amir',
  'Head of State', 'Head of Government', 'Chairman of Government', 'Chairman of the Government',
];

/** Nationalities dropped from an office to give its bare form ("Russian President" → "President"). */
export const NATIONALITIES_BEFORE_OFFICE: readonly string[] = ['Japanese', 'Russian', 'American', 'Indian', 'Chinese', 'Korean', 'British', 'French', 'German'];

/** Words that open an office's complement ("Minister of …", "Secretary for …", "Ambassador to …"). */
export const COMPLEMENT_STARTS: readonly string[] = ['of', 'for', 'to', 'on', 'at'];

/** Words written before a name that are not part of it. */
export const HONORIFICS = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Shri', 'Smt', 'Sir', 'Dame', 'Lord', 'Lady', 'Hon', 'Honourable',
  'Honorable', 'Madam', 'Mme', 'Dato', 'Datuk', 'Pak', 'Ibu', 'Sheikh', 'Excellency', 'His', 'Her',
  'H.E.', 'Specialist', 'Retired', 'Rt', 'Mx', 'Messrs',
]);

/** Honorifics that introduce each name of a list under a plural office ("two former prime ministers, Mr. A and Mr. B"). */
export const LIST_HONORIFICS: readonly string[] = ['Mr', 'Ms', 'Mrs', 'Dr', 'Prof'];
/** Numbers that introduce such a list. */
export const LIST_COUNTS: readonly string[] = ['two', 'three', 'four', 'five', 'both'];

/** Dotted acronyms that are not a person's initials. */
export const DOTTED_NOT_INITIALS: ReadonlySet<string> = new Set(['U.S.', 'U.K.', 'H.E.']);

/** Modifiers that stand before an office without being the office ("former Prime Minister"). */
export const TITLE_MODIFIERS = new Set(['former', 'Former', 'then', 'acting', 'Acting', 'incoming', 'outgoing', 'new', 'late']);

/** Capitalized words that name institutions, places and things, never a person. */
export const INSTITUTION_WORDS = new Set((
  'Government Ministry Ministries Department Agency Office Council Committee Commission Federation Republic Kingdom ' +
  'Union State States Affairs Foreign Economy Economic Trade Industry Energy Finance Justice Defence Defense Health ' +
  'Welfare Labour Labor Education Culture Science Sciences Technology Transport Transportation Infrastructure Tourism ' +
  'Land Environment Agriculture Fisheries Fishery Forestry Food Water Resources Development Planning Policy Policies ' +
  'Social Security National International Federal Central Regional Local Public Home Interior External Internal ' +
  'Digital Media Mass Communications Information Investment Commerce Customs Service Services Bank Corporation ' +
  'Company Organization Organisation Organizations Organisations Association Society Institute University College ' +
  'School Academy Party Parliament Assembly Congress Senate House Representatives Councillors Diet Cabinet Court ' +
  'Police Army Navy Air Force Forces Guard Coast Atomic Nuclear Stabilization Stabilisation Cooperation Relations ' +
  'Chamber Board Authority Administration Directorate Bureau Secretariat Presidential Executive Legislative Centre ' +
  'Center Fund Program Programme Project Strategy Strategic Business Promotion Export Import Insurance Oil Gas ' +
  'Metals Petroleum Power Electric Railway Railways Airport Port Ports City Province Prefecture Region East West ' +
  'North South Eastern Western Northern Southern Far Middle Asia Pacific Europe Africa America Americas Atlantic ' +
  'Ocean Sea Gulf Islands Island Peninsula Democratic People Peoples Socialist Islamic United Great Royal Imperial ' +
  'General Statistics Communication Housing Urban Rural Family Women Children Youth Sports Sport Arts Heritage ' +
  'Religious Labour Employment Immigration Emigration Maritime Aviation Space Research Innovation Industries ' +
  'Enterprise Enterprises Small Medium Mines Mining Minerals Environmental Climate Change Disaster Management ' +
  'Reconstruction Revenue Treasury Budget Audit Tax Taxation Consumer Competition Commercial Capital Mission ' +
  'Delegation Embassy Consulate Permanent Legal Law Laws Rights Human Humanitarian Peace Global World Summit ' +
  'Forum Conference Dialogue Partnership Alliance Initiative Framework Agreement Treaty Memorandum Statement ' +
  'Joint Declaration Action Plan Vision Charter Protocol Convention Accord Food Medicines Medicine Regulatory ' +
  'Pharmaceutical Media Mass Television Broadcast Broadcasting Radio Press Spokesperson Secretary Minister ' +
  'Speaker Ambassador Chairman Director Head President Vice Deputy Chief Senior Coordinating Prime Premier ' +
  'Affairs Overseas Veterans Justice Correctional Intelligence Investigation Electricity Utilities Telecom ' +
  'Telecommunications Posts Shipping Logistics Highways Roads Ports Harbour Harbor Works Construction Cities ' +
  'Committee Councils Tokyo Moscow Beijing Washington Delhi Colombo Seoul London Paris Berlin Rome Vladivostok ' +
  'Sakhalin Siberia Kremlin White Blue Red Green Commonwealth Federal Municipal Metropolitan Prefectural ' +
  'Semiconductor Semiconductors Quad Economic Financial Monetary Fiscal Stock Exchange Market Markets Industrial'
).split(/\s+/));

/** Function words allowed inside an office's complement ("Minister of Economy, Trade and Industry"). */
export const COMPLEMENT_WORDS = new Set(['of', 'for', 'to', 'on', 'at', 'the', 'and', 'in', 'with', '&', 'de', 'du', 'des', 'la']);
