// One issue: a timeline of statements, commitments and signed documents across readouts, filterable by actor.
import { ROUTES } from '../../routes/index.ts';
import { ActorList, Empty, Pager } from '../layout.tsx';
import { docHref, formatDate, partyName } from '../format.ts';
import { definePage } from '../page.ts';

const KIND_LABEL = { statement: 'Statement', commitment: 'Commitment', document: 'Signed document', readout: 'Readout' } as const;

export const issuePage = definePage(ROUTES.issueTimeline, async ({ data: timeline, input, store, query, path }) => {
  const actor = input.actor;
  const { issue, entries, total } = timeline;
  const names = new Map(Object.entries(timeline.issueNames ?? {}));
  // The actors seen on this issue (the unfiltered first page), offered as choices for the filter.
  const everyone = actor || timeline.offset > 0 ? (await store.issueTimeline(issue.id))!.entries : entries;
  const choices = [...new Map(everyone.flatMap((e) => e.actors).filter((a) => a.kind !== 'party')
    .map((a) => [a.personId ?? a.name, a.name] as const)).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  return {
    title: issue.name,
    section: 'issues',
    body: () => (
      <>
        <h1>{issue.name}</h1>
        <p class="sub">Issue · terms: {issue.terms.join(', ') || '—'}</p>
        <form class="filters" method="get" action={`/issues/${encodeURIComponent(issue.id)}`} aria-label="Filter the timeline">
          <label>Actor (person, country or group)
            <input type="text" name="actor" value={actor ?? ''} list="issue-actors" />
          </label>
          <datalist id="issue-actors">{choices.map(([, name]) => <option value={name}></option>)}</datalist>
          <button type="submit">Filter</button>
          {actor ? <a href={`/issues/${encodeURIComponent(issue.id)}`}>Show everyone</a> : null}
        </form>
        <p>{total} entr{total === 1 ? 'y' : 'ies'}{actor ? <> by <strong>{actor}</strong></> : null}, oldest first.</p>
        <Pager path={path} query={query} total={total} limit={timeline.limit} offset={timeline.offset} />
        {entries.length ? (
          <ol class="timeline">
            {entries.map((e) => (
              <li class={`kind-${e.itemKind}`}>
                <div><span class="when">{formatDate(e.date)}</span> · <span class="badge">{KIND_LABEL[e.itemKind]}</span> · {e.itemKind === 'document'
                  ? e.actors.map((a) => partyName(a.name)).join(', ')
                  : <ActorList actors={e.actors} />} <em>{e.what}</em></div>
                <div>{e.text}</div>
                {e.commitments?.length ? (
                  <ul class="plain commitments">{e.commitments.map((c) => <li><span class="badge">Commitment</span> <em>{c.modality}</em> {c.action}</li>)}</ul>
                ) : null}
                <div class="muted"><a href={docHref(e.docId, e.span)}>{e.itemKind === 'readout' ? 'Read the passage' : e.docTitle}</a>
                  {e.issues.length > 1 ? <> · also: {e.issues.filter((id) => id !== issue.id && id !== issue.parent).map((id, n) => (
                    <>{n ? ', ' : ''}<a href={`/issues/${encodeURIComponent(id)}`}>{names.get(id) ?? id}</a></>
                  ))}</> : null}
                </div>
              </li>
            ))}
          </ol>
        ) : <Empty>{total ? `Nothing past the first ${timeline.offset} entries.` : `Nothing on this issue${actor ? ` by ${actor}` : ''}.`}</Empty>}
        <Pager path={path} query={query} total={total} limit={timeline.limit} offset={timeline.offset} />
      </>
    ),
  };
});
