// "Prime Minister Hallvik will visit Lauria in May", "The two leaders will meet again next
// year": the publisher announces what a named actor will do, outside any reported speech.
// The subject is read as a speaker is (names, offices, groups, pronouns).
import type { Modality, Statement } from '../../record.ts';
import type { Segmented } from '../../segment/index.ts';
import type { DocumentActors } from '../doc.ts';
import { ANNOUNCEMENT_MARKERS, NOT_ACTIONS } from '../lexicon/modality.ts';
import { speakerBefore, type SpeakerContext } from '../statements/speakers.ts';
import { actionSpan } from './action.ts';
import type { CommitmentList } from './list.ts';
import { ANNOUNCEMENT } from './markers.ts';
import { matchesOf } from '../patterns.ts';

export function readAnnouncedCommitments(seg: Segmented, actors: DocumentActors, statements: readonly Statement[], list: CommitmentList): void {
  const { text } = seg;
  const ctx: SpeakerContext = { text, actors, meetings: [], principal: null, history: statements.map((s) => ({ actor: s.speaker, at: s.span[0] })) };
  const covered = new Uint8Array(text.length + 1);
  for (const s of statements) covered.fill(1, s.span[0], s.span[1]);
  for (const sent of seg.sentences) {
    const block = seg.blocks[sent.block];
    if (block.kind !== 'paragraph' && block.kind !== 'item') continue;
    const [s0, s1] = sent.span;
    const sentence = text.slice(s0, s1);
    for (const m of matchesOf(ANNOUNCEMENT, sentence)) {
      const at = s0 + m.index;
      if (covered[at]) continue;
      const start = at + m[0].length;
      const marker = ANNOUNCEMENT_MARKERS[m.slice(1).findIndex((g) => g !== undefined)];
      const verb = /^[a-z]+/.exec(text.slice(start, start + 30))?.[0] ?? '';
      // "will be …ed", "would …ed" are no actions of the subject.
      if (!verb || NOT_ACTIONS.has(verb) || (!marker.to && /ed$/.test(verb))) continue;
      const speaker = speakerBefore(ctx, s0, at);
      if (!speaker) continue;
      const modality: Modality = marker.modality;
      list.add(null, [speaker.actor], actionSpan(text, start, s1), modality);
    }
  }
}
