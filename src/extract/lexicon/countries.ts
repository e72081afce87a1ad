// Countries: every ISO 3166-1 region name the runtime knows (Intl.DisplayNames), plus the
// other names, acronyms and demonyms readouts use, and the words by which a document
// introduces a state the gazetteer does not know ("the Republic of Varenia"; read in
// ../actors/countries.ts). Entries are matched as written; to add a name, add a line.

// Reserved, exceptional and withdrawn codes (SU, YU, …) whose names would shadow current ones.
const NOT_COUNTRIES = new Set(['AA', 'EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB', 'SU', 'YU', 'CS', 'DD', 'ZR', 'TP', 'BU', 'NT', 'FX', 'DY', 'AN', 'UK', 'CP', 'DG', 'EA', 'IC', 'TA', 'AC']);

function isoNames(): Map<string, string> {
  const names = new Map<string, string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a < 91; a++) {
    for (let b = 65; b < 91; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code) || /^(Q[M-Z]|X[A-JL-Z])$/.test(code)) continue;
      let name: string | undefined;
      try { name = display.of(code); } catch { name = undefined; }
      if (name && name !== code && !/Region|Unknown|Pseudo|Outlying/.test(name) && !names.has(name)) names.set(name, code);
    }
  }
  return names;
}

const EXTRA_NAMES: Record<string, string> = {
  'United States of America': 'US', 'the United States': 'US', 'U.S.': 'US', 'U.S.A.': 'US', USA: 'US', America: 'US',
  'Russian Federation': 'RU', 'Republic of Korea': 'KR', ROK: 'KR', Korea: 'KR',
  "Democratic People's Republic of Korea": 'KP', 'Democratic People’s Republic of Korea': 'KP', DPRK: 'KP',
  "People's Republic of China": 'CN', 'People’s Republic of China': 'CN', PRC: 'CN',
  UAE: 'AE', 'United Kingdom': 'GB', UK: 'GB', 'U.K.': 'GB', Britain: 'GB', 'Great Britain': 'GB',
  'Viet Nam': 'VN', Vietnam: 'VN', Laos: 'LA', Burma: 'MM', Iran: 'IR', Syria: 'SY', 'Czech Republic': 'CZ',
  'Republic of India': 'IN', 'Republic of Singapore': 'SG', 'Democratic Socialist Republic of Sri Lanka': 'LK',
  'Kingdom of Thailand': 'TH', 'Republic of the Philippines': 'PH', 'Holy See': 'VA', 'Ivory Coast': 'CI',
  Türkiye: 'TR', Turkey: 'TR', 'State of Palestine': 'PS', Palestine: 'PS', Taiwan: 'TW', Kosovo: 'XK',
};

export const DEMONYMS: Record<string, string> = {
  American: 'US', Japanese: 'JP', Russian: 'RU', Korean: 'KR', 'South Korean': 'KR', 'North Korean': 'KP',
  Chinese: 'CN', Indian: 'IN', 'Sri Lankan': 'LK', Singaporean: 'SG', Singapore: 'SG', Iraqi: 'IQ',
  Australian: 'AU', French: 'FR', British: 'GB', German: 'DE', Italian: 'IT', Canadian: 'CA', Ukrainian: 'UA',
  Emirati: 'AE', Indonesian: 'ID', Malaysian: 'MY', Thai: 'TH', Vietnamese: 'VN', Filipino: 'PH',
  Philippine: 'PH', Mongolian: 'MN', Pakistani: 'PK', Bangladeshi: 'BD', Nepalese: 'NP', Nepali: 'NP',
  Iranian: 'IR', Israeli: 'IL', Palestinian: 'PS', Saudi: 'SA', Turkish: 'TR', Egyptian: 'EG', Brazilian: 'BR',
  Mexican: 'MX', Argentine: 'AR', Chilean: 'CL', Spanish: 'ES', Portuguese: 'PT', Dutch: 'NL', Belgian: 'BE',
  Swiss: 'CH', Swedish: 'SE', Norwegian: 'NO', Danish: 'DK', Finnish: 'FI', Polish: 'PL', Czech: 'CZ',
  Hungarian: 'HU', Greek: 'GR', Austrian: 'AT', Irish: 'IE', 'New Zealand': 'NZ', 'South African': 'ZA',
  Nigerian: 'NG', Kenyan: 'KE', Ethiopian: 'ET', Afghan: 'AF', Kazakh: 'KZ', Uzbek: 'UZ', Qatari: 'QA',
  Kuwaiti: 'KW', Omani: 'OM', Jordanian: 'JO', Lebanese: 'LB', Syrian: 'SY', Cambodian: 'KH', Lao: 'LA',
  Bruneian: 'BN', Taiwanese: 'TW', Maldivian: 'MV', Bhutanese: 'BT', Indo: 'IN', Iraq: 'IQ', Romanian: 'RO',
  Bulgarian: 'BG', Serbian: 'RS', Croatian: 'HR', Slovak: 'SK', Slovenian: 'SI', Lithuanian: 'LT',
  Latvian: 'LV', Estonian: 'EE', Georgian: 'GE', Armenian: 'AM', Azerbaijani: 'AZ', Belarusian: 'BY',
  Moldovan: 'MD', Peruvian: 'PE', Colombian: 'CO', Venezuelan: 'VE', Cuban: 'CU', Moroccan: 'MA',
  Algerian: 'DZ', Tunisian: 'TN', Libyan: 'LY', Sudanese: 'SD', Ghanaian: 'GH', Senegalese: 'SN',
};

/** Country name or alias → ISO code. */
export const COUNTRY_NAMES: Map<string, string> = (() => {
  const names = isoNames();
  for (const [k, v] of Object.entries(EXTRA_NAMES)) names.set(k, v);
  return names;
})();

const DISPLAY = new Intl.DisplayNames(['en'], { type: 'region' });

/** Canonical name for an ISO code. */
export function countryName(code: string): string {
  try {
    return DISPLAY.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Capitals that stand for their country before an office ("Moscow Mayor"). */
export const CAPITALS: Record<string, string> = {
  Moscow: 'RU', Tokyo: 'JP', Beijing: 'CN', Washington: 'US', Seoul: 'KR', Pyongyang: 'KP', Delhi: 'IN', Colombo: 'LK',
  London: 'GB', Paris: 'FR', Berlin: 'DE', Rome: 'IT', Ottawa: 'CA', Canberra: 'AU', Kyiv: 'UA', Kiev: 'UA', Ankara: 'TR',
  Tehran: 'IR', Baghdad: 'IQ', Jakarta: 'ID', Manila: 'PH', Bangkok: 'TH', Hanoi: 'VN', Brasilia: 'BR', Madrid: 'ES',
  Warsaw: 'PL', Vienna: 'AT', Athens: 'GR', Cairo: 'EG', Riyadh: 'SA', Islamabad: 'PK', Dhaka: 'BD', Kathmandu: 'NP',
  Taipei: 'TW', Ulaanbaatar: 'MN', Astana: 'KZ', Tashkent: 'UZ', Minsk: 'BY', Tbilisi: 'GE', Yerevan: 'AM', Baku: 'AZ',
};

/** Forms of state a document names its own states by ("the Republic of Varenia"); phrases (../patterns.ts). */
export const STATE_FORMS: readonly string[] = [
  'Republic', 'Kingdom', 'Federation', 'Principality', 'Grand Duchy', 'Duchy', 'Sultanate', 'Emirate', 'Commonwealth',
  'Confederation', 'Union', 'State', 'Empire',
];
/** Words before a form of state ("the Federal Democratic Republic of …"); phrases. */
export const STATE_FORM_MODIFIERS: readonly string[] = ['Federal', "People's", 'People’s', 'Democratic', 'Islamic', 'United', 'Socialist', 'Cooperative'];
/** Names after a form of state that are no new state ("the People's Republic of China" is known; "Republic of People"). */
export const NOT_STATE_NAMES: ReadonlySet<string> = new Set(['People', 'Japan', 'Korea', 'China']);

/** Offices and bodies that, followed by "of X" ("Foreign Minister of Kestria"), make X a state when X is named again. */
export const OFFICES_OF_A_STATE: readonly string[] = [
  'Foreign Minister', 'Prime Minister', 'President', 'Minister for Foreign Affairs', 'Minister of Foreign Affairs', 'Ambassador',
  'King', 'Queen', 'Emperor', 'Chancellor', 'Premier', 'Emir', 'Sultan', 'Head of State', 'Government', 'Embassy', 'People',
];

/** Regions whose adjective looks like a state's ("Asian", "Siberian") but which are not states. */
export const REGIONS: ReadonlySet<string> = new Set(['Asia', 'Africa', 'America', 'Europe', 'Siberia', 'Scandinavia', 'Arabia', 'Oceania', 'Eurasia', 'Caucasia', 'Indochina', 'Patagonia', 'Micronesia', 'Polynesia', 'Melanesia', 'Australasia', 'Anatolia', 'Bohemia', 'Bavaria', 'Catalonia', 'Crimea', 'Galicia', 'Antarctica', 'Mesopotamia', 'Pacific', 'Atlantic', 'Indonesia', 'Asean']);

/** Capitalized words ending like a demonym ("Minister" → "Ministe…") whose stem is no state. */
export const NOT_STATE_STEMS: ReadonlySet<string> = new Set(['Minister', 'Government', 'President', 'Secretary']);

/** Acronyms of countries, never of organizations ("the Republic of Korea (ROK)"). */
export const COUNTRY_ACRONYMS: ReadonlySet<string> = new Set(['DPRK', 'PRC', 'ROK', 'UAE', 'USA', 'UK', 'US']);
