// Which person page each person actor of a document belongs to. The store has no direct query
// for this; it is composed from findPeople (candidates by name) and getPerson (their appearances).
import type { ReadoutRecord } from '../record.ts';
import type { PersonDetail, Store } from '../store/index.ts';

export async function personIdsOf(store: Store, docId: string, record: ReadoutRecord): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const details = new Map<string, PersonDetail | null>();
  const detail = async (id: string) => {
    if (!details.has(id)) details.set(id, await store.getPerson(id));
    return details.get(id)!;
  };
  for (const actor of record.actors) {
    if (actor.kind !== 'person') continue;
    const names = [actor.name, ...(actor.aliases ?? [])];
    search: for (const name of names) {
      for (const candidate of await store.findPeople(name)) {
        const d = await detail(candidate.id);
        if (d?.person.appearances.some((a) => a.docId === docId && a.actorId === actor.id)) {
          found[actor.id] = candidate.id;
          break search;
        }
      }
    }
  }
  return found;
}
