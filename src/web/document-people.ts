// Which person page each person actor of a document belongs to: one lookup of the document's
// appearances in the current persons.
import type { ReadoutRecord } from '../record.ts';
import type { Store } from '../store/index.ts';

export async function personIdsOf(store: Store, docId: string, record: ReadoutRecord): Promise<Record<string, string>> {
  const byActor = await store.personIdsInDocument(docId);
  const persons = new Set(record.actors.filter((a) => a.kind === 'person').map((a) => a.id));
  return Object.fromEntries(Object.entries(byActor).filter(([actorId]) => persons.has(actorId)));
}
