// One person: the names they go by, roles over time as a timeline, meetings, and statements grouped by issue.
import type { PersonSummaryEntity } from '../../store/index.ts';
import { ROUTES, UNTAGGED_ISSUE } from '../../routes/index.ts';
import { ActorList, Empty, TableWrap } from '../layout.tsx';
import { docHref, formatDate, issueHref, partyName, personHref, withQuery } from '../format.ts';
import { definePage } from '../page.ts';

type RoleSpan = PersonSummaryEntity['roles'][number];

const dayNumber = (iso: string) => Date.parse(iso + 'T00:00:00Z') / 86_400_000;

/** Positions of each role on one time axis, as percentages (a role seen on one day is a short mark). */
function roleTrack(roles: RoleSpan[]): { first: string; last: string; place: (r: RoleSpan) => { left: number; width: number } | null } | null {
  const dates = roles.flatMap((r) => [r.firstSeen, r.lastSeen]).filter((d): d is string => !!d).sort();
  if (!dates.length) return null;
  const first = dates[0], last = dates.at(-1)!;
  const lo = dayNumber(first), total = Math.max(1, dayNumber(last) - lo);
  return {
    first, last,
    place: (r) => {
      const a = r.firstSeen ?? r.lastSeen, b = r.lastSeen ?? r.firstSeen;
      if (!a || !b) return null;
      const left = ((dayNumber(a) - lo) / total) * 100;
      return { left: Math.min(left, 99), width: Math.max(((dayNumber(b) - dayNumber(a)) / total) * 100, 1) };
    },
  };
}

/** "Showing 51–100 of 914" when a section is paged; nothing when it is shown whole. */
const shownOf = (shown: number, total: number, offset: number): string =>
  shown === total && offset === 0 ? '' : shown ? `showing ${offset + 1}–${offset + shown} of ${total}` : `none past ${offset} of ${total}`;

export const personPage = definePage(ROUTES.person, ({ data: detail, input: options, query, path }) => {
  const { person, meetings, statementsByIssue, meetingsTotal, meetingsLimit, meetingsOffset, statementsLimit, statementsOffset } = detail;
  const track = roleTrack(person.roles);
  // Paging links change one section's parameters and keep the others'.
  const link = (changes: Record<string, string | undefined>, anchor: string) => `${withQuery(path, query, changes)}#${anchor}`;
  const olderMeetings = meetingsOffset + meetingsLimit < meetingsTotal ? link({ meetingsOffset: String(meetingsOffset + meetingsLimit) }, 'h-meetings') : null;
  const newerMeetings = meetingsOffset > 0 ? link({ meetingsOffset: meetingsOffset > meetingsLimit ? String(meetingsOffset - meetingsLimit) : undefined }, 'h-meetings') : null;
  return {
    title: person.name,
    section: 'people',
    body: () => (
      <>
        <h1>{person.name}</h1>
        <p class="sub">{partyName(person.country) || 'country unknown'} · {person.documentsTotal} documents · {detail.statementsTotal} statements</p>
        {person.names.length > 1 ? <p>Also written: {person.names.filter((n) => n !== person.name).join(', ')}</p> : null}
        {person.possibleMatches.length ? (
          <p class="muted">Possibly the same person as {person.possibleMatches.map((id, i) => <>{i ? ', ' : ''}<a href={personHref(id)}>{id}</a></>)} (kept apart: the evidence is thin).</p>
        ) : null}

        <section aria-labelledby="h-roles">
          <h2 id="h-roles">Roles over time</h2>
          {person.roles.length ? (
            <>
              <ol class="roles">
                {person.roles.map((r) => {
                  const at = track?.place(r);
                  return (
                    <li>
                      <div>
                        <strong>{r.title ?? 'role not stated'}</strong>{r.organization ? `, ${r.organization}` : ''}{r.country ? ` (${partyName(r.country)})` : ''}
                        <div class="muted">{r.firstSeen === r.lastSeen ? formatDate(r.firstSeen) : `${formatDate(r.firstSeen)} – ${formatDate(r.lastSeen)}`} · {r.documentsCount} document{r.documentsCount === 1 ? '' : 's'}</div>
                      </div>
                      <div class="track" aria-hidden="true">{at ? <span class="span" style={`left:${at.left.toFixed(2)}%;width:${at.width.toFixed(2)}%`}></span> : null}</div>
                    </li>
                  );
                })}
              </ol>
              {track ? <div class="track-scale" aria-hidden="true"><span>{formatDate(track.first)}</span><span>{formatDate(track.last)}</span></div> : null}
            </>
          ) : <Empty>No roles recorded.</Empty>}
        </section>

        <section aria-labelledby="h-meetings">
          <h2 id="h-meetings">Meetings <span class="muted">({meetingsTotal}{meetingsTotal > 1 ? ', the most recent first' : ''})</span></h2>
          {meetings.length ? (
            <TableWrap label="Meetings">
              <table>
                <thead><tr><th scope="col">Date</th><th scope="col">Format</th><th scope="col">Place</th><th scope="col">With</th><th scope="col">Source</th></tr></thead>
                <tbody>
                  {meetings.map((m) => (
                    <tr>
                      <td>{formatDate(m.date)}{m.endDate ? ` – ${formatDate(m.endDate)}` : ''}</td><td>{m.format}</td><td>{m.place ?? '—'}</td>
                      <td><ActorList actors={m.participants.filter((p) => p.personId !== person.id)} /></td>
                      <td><a href={docHref(m.docId, m.span)}>{m.docTitle}</a></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : <Empty>{meetingsTotal ? `No meetings past the first ${meetingsOffset}.` : 'No meetings recorded.'}</Empty>}
          {olderMeetings || newerMeetings ? (
            <nav class="pager" aria-label="More meetings">
              {newerMeetings ? <a href={newerMeetings} rel="prev">← More recent meetings</a> : null}
              <span>{shownOf(meetings.length, meetingsTotal, meetingsOffset)}</span>
              {olderMeetings ? <a href={olderMeetings} rel="next">Older meetings →</a> : null}
            </nav>
          ) : null}
        </section>

        <section aria-labelledby="h-statements">
          <h2 id="h-statements">Statements by issue</h2>
          {options.issue !== undefined ? <p><a href={link({ issue: undefined, statementsOffset: undefined }, 'h-statements')}>All issues</a></p> : null}
          {statementsByIssue.length ? statementsByIssue.map((g) => {
            const groupId = g.issue ? g.issue.id : UNTAGGED_ISSUE;
            const more = statementsOffset + statementsLimit < g.total
              ? link({ issue: groupId, statementsOffset: String(statementsOffset + statementsLimit) }, 'h-statements') : null;
            const back = statementsOffset > 0
              ? link({ issue: groupId, statementsOffset: statementsOffset > statementsLimit ? String(statementsOffset - statementsLimit) : undefined }, 'h-statements') : null;
            return (
            <section aria-label={g.issue ? g.issue.name : 'Other statements'}>
              <h3>{g.issue ? <a href={issueHref(g.issue.id)}>{g.issue.name}</a> : 'Not tagged with an issue'} <span class="muted">({g.total}{g.total > 1 ? ', the most recent first' : ''})</span></h3>
              <ul class="plain">
                {g.statements.map((s) => (
                  <li>
                    <span class="when">{formatDate(s.date ?? s.docDate)}</span> · {s.viaGroup ? <>with others ({s.speaker.name}) </> : null}<em>{s.verb}</em>: {s.content}
                    <div class="muted"><a href={docHref(s.docId, s.span)}>{s.docTitle}</a></div>
                  </li>
                ))}
              </ul>
              {more || back ? (
                <nav class="pager" aria-label={`More statements on ${g.issue ? g.issue.name : 'no issue'}`}>
                  {back ? <a href={back} rel="prev">← More recent</a> : null}
                  <span>{shownOf(g.statements.length, g.total, statementsOffset)}</span>
                  {more ? <a href={more} rel="next">Older statements →</a> : null}
                </nav>
              ) : null}
            </section>
            );
          }) : <Empty>No statements recorded.</Empty>}
        </section>
      </>
    ),
  };
});
