// Organizations: the international bodies readouts name without defining them, and the words
// that tell an organization's name ("… Corporation (JOGMEC)") from a document's or an
// event's ("… Treaty (FRT)"). Entries are matched as written; to add a body, add a line.

/** International bodies: full name and code (the code also finds them: "ASEAN", "G7"). */
export const INTERNATIONAL_ORGANIZATIONS: readonly (readonly [name: string, code: string])[] = [
  ['United Nations', 'UN'], ['United Nations Security Council', 'UNSC'], ['World Trade Organization', 'WTO'],
  ['Association of Southeast Asian Nations', 'ASEAN'], ['Asia-Pacific Economic Cooperation', 'APEC'],
  ['North Atlantic Treaty Organization', 'NATO'], ['European Union', 'EU'], ['International Atomic Energy Agency', 'IAEA'],
  ['World Health Organization', 'WHO'], ['International Monetary Fund', 'IMF'], ['World Bank', 'World Bank'],
  ['Group of Seven', 'G7'], ['Group of Eight', 'G8'], ['Group of Twenty', 'G20'], ['Quad', 'Quad'],
  ['Organisation for Economic Co-operation and Development', 'OECD'], ['African Union', 'AU'],
];

/** Last words of an organization's name, before its acronym in parentheses. */
export const ORGANIZATION_HEADS: readonly string[] = [
  'Organization', 'Organisation', 'Corporation', 'Company', 'Bank', 'Agency', 'Council', 'Committee', 'Association', 'Fund',
  'Authority', 'Party', 'Commission', 'Institute', 'University', 'Insurance', 'Union', 'Group', 'Federation', 'Secretariat',
  'Ministry', 'Office', 'Service', 'Board', 'Chamber', 'Institution', 'Enterprise', 'Foundation', 'Society', 'Centre', 'Center',
  'Exchange', 'Cooperation',
];

/** Words that make a defined name a document, plan or event, not an organization. */
export const NOT_ORGANIZATION_WORDS: readonly string[] = [
  'Treaty', 'Agreement', 'Statement', 'Partnership', 'Initiative', 'Framework', 'Summit', 'Talks', 'Program', 'Programme', 'Plan',
  'Strategy', 'Declaration', 'Memorandum', 'Protocol', 'Convention', 'Dialogue', 'Meeting', 'Act', 'Corridor', 'Project',
];
