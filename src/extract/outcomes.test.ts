// Outcome documents as a reader checks them: which documents were signed or issued, their
// kind, category, signatories, parties, summary and the legend's marks. All invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actorById, documentTitled, extractReadout, sliceOf } from './test-helpers.test-util.ts';
import { outcomeKind } from './outcomes.ts';

const TITLE = 'Visit to the Kingdom of Kestria by President Dalen Moravik of the Republic of Varenia';

describe('an appendix with a legend', () => {
  const r = extractReadout(`
President Dalen Moravik held talks with Prime Minister Ilse Brunnhold. Foreign Minister Tavo Renk and Foreign Minister Mara Quist signed the instruments below.

Appendix
List of Signed Instruments

(Instruments signed at the signing ceremony are marked ◎)
(Instruments to be enacted after parliamentary approval in both countries are marked *; others are enacted by signature)

Instruments of International Commitment

◎ Treaty between the Republic of Varenia and the Kingdom of Kestria on Extradition *

(Signatories: Foreign Minister Renk and Foreign Minister Quist)

[The two states will surrender persons sought for serious crimes.]

● Agreement between the Republic of Varenia and the Kingdom of Kestria on Air Services

Other Instruments

◎ Memorandum of Understanding on Forestry Research between the Varenian Forest Institute and the Kestrian Timber Agency
`, { title: TITLE, date: 'May 12, 2022' });

  test('every listed instrument is a document, in order, with its title as written', () => {
    assert.deepEqual(r.documents.map((d) => d.title), [
      'Treaty between the Republic of Varenia and the Kingdom of Kestria on Extradition',
      'Agreement between the Republic of Varenia and the Kingdom of Kestria on Air Services',
      'Memorandum of Understanding on Forestry Research between the Varenian Forest Institute and the Kestrian Timber Agency',
    ]);
    for (const d of r.documents) assert.equal(sliceOf(r, d.span), d.title);
  });

  test('◎ is signed at the ceremony, ● is not', () => {
    assert.equal(documentTitled(r, 'on Extradition').signedAtCeremony, true);
    assert.equal(documentTitled(r, 'on Air Services').signedAtCeremony, false);
    assert.equal(documentTitled(r, 'Forestry Research').signedAtCeremony, true);
  });

  test('* enters into force after approval, the others on signature', () => {
    assert.equal(documentTitled(r, 'on Extradition').entryIntoForce, 'after-approval');
    assert.equal(documentTitled(r, 'on Air Services').entryIntoForce, 'on-signature');
  });

  test('"(Signatories: A and B)" names the signatories and links them to the persons', () => {
    const d = documentTitled(r, 'on Extradition');
    assert.deepEqual(d.signatories.map((s) => [s.name, s.title]), [['Renk', 'Foreign Minister'], ['Quist', 'Foreign Minister']]);
    assert.equal(actorById(r, d.signatories[0].actor).name, 'Tavo Renk');
    assert.equal(actorById(r, d.signatories[1].actor).name, 'Mara Quist');
  });

  test('"[summary]" under an instrument is its summary', () => {
    assert.equal(documentTitled(r, 'on Extradition').summary, 'The two states will surrender persons sought for serious crimes.');
    assert.equal(documentTitled(r, 'on Air Services').summary, null);
  });

  test('the heading an instrument is listed under is its category', () => {
    assert.equal(documentTitled(r, 'on Extradition').category, 'Instruments of International Commitment');
    assert.equal(documentTitled(r, 'Forestry Research').category, 'Other Instruments');
  });

  test('the states named in a title are its parties, and the date is the document\'s', () => {
    const d = documentTitled(r, 'on Extradition');
    assert.deepEqual(d.parties, ['X-VARENIA', 'X-KESTRIA']);
    assert.equal(d.date, '2022-05-12');
  });
});

describe('documents in running text', () => {
  test('"Three documents were issued …: A; B; and C" lists three documents dated by the sentence', () => {
    const r = extractReadout(
      'President Dalen Moravik held talks with Prime Minister Ilse Brunnhold on March 3. Three documents were issued after the talks on March 3: Joint Statement on the Partnership between Varenia and Kestria; Memorandum on the Establishment of a Varenian-Kestrian Trade Council; and Joint Press Release on Measures against Illegal Logging.',
      { title: TITLE },
    );
    assert.deepEqual(r.documents.map((d) => [d.kind, d.title]), [
      ['joint-statement', 'Joint Statement on the Partnership between Varenia and Kestria'],
      ['memorandum', 'Memorandum on the Establishment of a Varenian-Kestrian Trade Council'],
      ['joint-press-release', 'Joint Press Release on Measures against Illegal Logging'],
    ]);
    assert.ok(r.documents.every((d) => d.date === '2021-03-03'));
    for (const d of r.documents) assert.equal(sliceOf(r, d.span), d.title);
  });

  test('"welcomed the signing of a Memorandum of Cooperation between …, to facilitate …" names the memorandum only', () => {
    const r = extractReadout(
      'Prime Minister Ilse Brunnhold and President Dalen Moravik welcomed the signing of a Memorandum of Cooperation between the Ministry of Transport of the Republic of Varenia and the Ministry of Ports of the Kingdom of Kestria on a Green Shipping Lane, to facilitate the use of clean fuels.',
      { title: TITLE },
    );
    assert.equal(r.documents.length, 1);
    const d = r.documents[0];
    assert.equal(d.title, 'Memorandum of Cooperation between the Ministry of Transport of the Republic of Varenia and the Ministry of Ports of the Kingdom of Kestria on a Green Shipping Lane');
    assert.equal(d.kind, 'memorandum');
    assert.deepEqual(d.parties, ['X-VARENIA', 'X-KESTRIA']);
    assert.equal(sliceOf(r, d.span), d.title);
  });

  test('merely mentioning a treaty in a statement is not an outcome document', () => {
    const r = extractReadout('President Dalen Moravik stated that the conclusion of a peace treaty with the Kingdom of Kestria remained his goal.', { title: TITLE });
    assert.deepEqual(r.documents, []);
  });
});

describe('a numbered list of exchanged documents', () => {
  const r = extractReadout(`
The following documents were exchanged:

1. MoU on Cooperation in Forestry – Exchanged by Tavo Renk, Foreign Minister of the Republic of Varenia, and Mara Quist, Foreign Minister of the Kingdom of Kestria

2. Implementing Arrangement on Joint Flood Monitoring – Exchanged by Lior Baskin, Minister of Water of the Republic of Varenia, and Nessa Varl, Minister of Water of the Kingdom of Kestria

3. Cooperation Program between the Government of the Republic of Varenia and the Government of the Kingdom of Kestria on Rail Safety – Exchanged by Tavo Renk, Foreign Minister of the Republic of Varenia, and Mara Quist, Foreign Minister of the Kingdom of Kestria
`, { title: TITLE });

  test('each numbered line is a document whose title stops before "– Exchanged by"', () => {
    assert.deepEqual(r.documents.map((d) => [d.kind, d.title]), [
      ['mou', 'MoU on Cooperation in Forestry'],
      ['implementing-arrangement', 'Implementing Arrangement on Joint Flood Monitoring'],
      ['program', 'Cooperation Program between the Government of the Republic of Varenia and the Government of the Kingdom of Kestria on Rail Safety'],
    ]);
  });

  test('the persons after "Exchanged by" are the signatories, with their offices', () => {
    const d = documentTitled(r, 'Forestry');
    assert.deepEqual(d.signatories.map((s) => s.name), ['Tavo Renk', 'Mara Quist']);
    assert.deepEqual(d.signatories.map((s) => s.title), ['Foreign Minister of the Republic of Varenia', 'Foreign Minister of the Kingdom of Kestria']);
    assert.ok(d.signatories.every((s) => s.actor !== null));
  });

  test('parties come from the signatories\' countries when the title names none', () => {
    assert.deepEqual(documentTitled(r, 'Forestry').parties, ['X-VARENIA', 'X-KESTRIA']);
    assert.deepEqual(documentTitled(r, 'Flood Monitoring').parties, ['X-VARENIA', 'X-KESTRIA']);
  });

  test('a program named without "Cooperation" ("Cultural Exchange Program … – Exchanged by") is listed too', () => {
    const r2 = extractReadout('1. Cultural Exchange Program between Varenia and Kestria for the Years 2021-2024 – Exchanged by Tavo Renk, Foreign Minister of the Republic of Varenia, and Mara Quist, Foreign Minister of the Kingdom of Kestria', { title: TITLE });
    assert.equal(r2.documents.length, 1);
    assert.equal(r2.documents[0].kind, 'program');
  });
});

describe('document kinds', () => {
  const cases: [string, string][] = [
    ['Treaty on Good Neighbourliness between Varenia and Kestria', 'treaty'],
    ['Agreement on Air Services', 'agreement'],
    ['Memorandum on Fisheries Cooperation', 'memorandum'],
    ['Memorandum of Cooperation on Rail Safety', 'memorandum'],
    ['Memorandum of Understanding on Forestry', 'mou'],
    ['MoU on Defence Cooperation', 'mou'],
    ['Joint Statement on the Partnership', 'joint-statement'],
    ['Joint Declaration on River Safety', 'joint-statement'],
    ['Joint Press Release on Illegal Logging', 'joint-press-release'],
    ['Cooperation Program on Rail Safety', 'program'],
    ['Implementing Arrangement concerning the Flood Barrier', 'implementing-arrangement'],
    ['Exchange of Notes on Visa Waivers', 'other'],
  ];
  for (const [title, kind] of cases) {
    test(`"${title}" is ${kind}`, () => assert.equal(outcomeKind(title), kind));
  }

  test('the earliest document word decides ("Agreement … on the Memorandum …" is an agreement)', () => {
    assert.equal(outcomeKind('Agreement on the Implementation of the Memorandum on Fisheries'), 'agreement');
    assert.equal(outcomeKind('Joint Statement on the Treaty on Nonproliferation'), 'joint-statement');
  });
});
