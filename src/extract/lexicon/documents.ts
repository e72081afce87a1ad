// Signed and issued documents: the words that name one ("Memorandum of Cooperation",
// "Treaty", "Joint Statement") and the kind each name gives (spec: "OutcomeDocument.kind").
// Entries are matched as written, as whole words, and case matters unless a row says
// otherwise; to add a kind of document, add its words.
import type { OutcomeKind } from '../../record.ts';

/** Words that name a document; a listed line or a capitalized phrase holding one is a document's title. */
export const DOCUMENT_WORDS: readonly string[] = [
  'Memorandum of Understanding', 'Memoranda of Understanding', 'Memorandum of Cooperation', 'Memoranda of Cooperation',
  'MoU', 'MoC', 'MoUs', 'MoCs', 'MOU', 'Joint Press Release', 'Joint Statement', 'Joint Declaration', 'Joint Communique',
  'Joint Communiqué', 'Implementing Arrangement', 'Treaty', 'Memorandum', 'Agreement', 'Program', 'Programme', 'Protocol',
  'Convention', 'Exchange of Notes', 'Letter of Intent', 'Action Plan', 'Roadmap', 'Declaration', 'Charter', 'Accord',
  'Arrangement',
];

/** A title's kind: the row whose words appear first in it; none, 'other'. */
export const DOCUMENT_KINDS: readonly { kind: OutcomeKind; words: readonly string[]; anyCase?: boolean }[] = [
  { kind: 'mou', words: ['Memorandum of Understanding', 'Memoranda of Understanding', 'MoU', 'MOU', 'Mou', 'MOu', 'MoUs', 'MOUs', 'Mous', 'MOus'] },
  { kind: 'joint-press-release', words: ['Joint Press Release'], anyCase: true },
  { kind: 'joint-statement', words: ['Joint Statement', 'Joint Declaration', 'Joint Communique', 'Joint Communiqué'], anyCase: true },
  { kind: 'implementing-arrangement', words: ['Implementing Arrangement'], anyCase: true },
  { kind: 'treaty', words: ['Treaty'] },
  { kind: 'memorandum', words: ['Memorandum', 'Memoranda'] },
  { kind: 'agreement', words: ['Agreement', 'Agreements'] },
  { kind: 'program', words: ['Program', 'Programme'] },
];

/** Words before a document's name in running text ("welcomed the signing of the Agreement on …"). */
export const DOCUMENT_CONTEXTS: readonly string[] = ['signing of', 'signed', 'issuance of', 'issued', 'exchange of', 'exchanged', 'welcomed'];

/** "Three documents were issued …: A; B; and C": the nouns and verbs of a sentence that lists documents (any case). */
export const DOCUMENT_LIST_NOUNS: readonly string[] = ['document', 'documents', 'agreement', 'agreements', 'memoranda', 'instrument', 'instruments', 'MoUs'];
export const DOCUMENT_LIST_VERBS: readonly string[] = ['issued', 'signed', 'exchanged', 'adopted', 'concluded'];

/** A numbered paragraph naming a document is a list entry only when it says the document was … */
export const SIGNING_VERBS: readonly string[] = ['signed', 'exchanged', 'issued'];
/** A bullet reporting what someone said is no list entry, even when it names a document. */
export const REPORTING_WORDS: readonly string[] = ['stated', 'said', 'agreed', 'confirmed', 'expressed'];
