// The reader: a readout's text with every extracted fact highlighted from its span. Selecting a
// highlight (a link to #fact-…) shows that fact's fields beside the text through CSS :target,
// so it works without JavaScript; the side lists reach every fact by keyboard too.
import type { FC } from 'hono/jsx';
import type { ReadoutRecord, Statement } from '../../record.ts';
import type { CommitmentRow } from '../../store/index.ts';
import { ROUTES } from '../../routes/index.ts';
import { segmentText } from '../highlight.ts';
import { factAnchor, parseCite, recordFacts } from '../reader-facts.ts';
import { ACT_FAMILIES, docHref, formatDate, formatRange, partyName, personHref } from '../format.ts';
import { StatusBadge } from '../layout.tsx';
import { definePage } from '../page.ts';

interface ReaderProps { record: ReadoutRecord; people: Record<string, string>; commitments: Map<string, CommitmentRow> }

/** Facts a card can lead back to in the text (person mentions are many: their card lists none). */
const RETURNABLE = new Set(['statement', 'commitment', 'document']);
export const textAnchor = (factAnchorId: string): string => `at-${factAnchorId}`;

const ReadoutText: FC<{ record: ReadoutRecord; cite: [number, number] | null }> = ({ record, cite }) => {
  const segments = segmentText(record.document.text, recordFacts(record, cite));
  let citeMarked = false;
  const placed = new Set<string>();
  return (
    <pre class="readout-text" aria-label="The readout's text, with extracted facts highlighted">
      {segments.map((seg) => {
        const kinds = new Set<string>();
        for (const f of seg.facts) { kinds.add(f.kind); for (const c of f.classes ?? []) kinds.add(c); }
        // Empty markers where statements, commitments and signed documents begin: their cards link back here.
        const markers = seg.facts.filter((f) => RETURNABLE.has(f.kind) && f.span[0] === seg.start && !placed.has(f.anchor))
          .map((f) => { placed.add(f.anchor); return <span id={textAnchor(f.anchor)}></span>; });
        const isCite = seg.facts.some((f) => f.kind === 'cite');
        const id = isCite && !citeMarked ? ((citeMarked = true), 'cited') : undefined;
        if (!seg.target) return <>{markers}{isCite ? <mark id={id} class="hl cite" tabindex={-1}>{seg.text}</mark> : seg.text}</>;
        return (
          <>{markers}<a id={id} class={`hl ${[...kinds].join(' ')}`} href={`#${seg.target.anchor}`} title={seg.target.label} data-fact={seg.target.anchor}>{seg.text}</a></>
        );
      })}
    </pre>
  );
};

const BackToText: FC<{ anchor: string }> = ({ anchor }) => <p class="back"><a href={`#${textAnchor(anchor)}`}>↩ Back to this passage in the text</a></p>;

const Speaker: FC<{ id: string; props: ReaderProps }> = ({ id, props }) => {
  const actor = props.record.actors.find((a) => a.id === id);
  if (!actor) return <>{id}</>;
  const personId = props.people[actor.id];
  if (personId) return <a href={personHref(personId)} class="speaker-link">{actor.name}</a>;
  if (actor.kind === 'group' && actor.members?.length) {
    return <>{actor.name} ({actor.members.map((m, i) => <>{i ? ', ' : ''}<Speaker id={m} props={props} /></>)})</>;
  }
  return <>{actor.name}</>;
};

const FactCards: FC<ReaderProps> = (props) => {
  const { record } = props;
  const sections = new Map(record.sections.map((s) => [s.id, s]));
  const meetings = new Map(record.meetings.map((m) => [m.id, m]));
  return (
    <>
      {record.actors.filter((a) => a.kind === 'person').map((a) => (
        <article id={factAnchor(a.id)} class="fact-card" tabindex={-1} aria-label={`Person: ${a.name}`}>
          <h3>Person: {a.name}</h3>
          <dl class="fields">
            {a.titles?.length ? <><dt>Titles</dt><dd>{a.titles.join('; ')}</dd></> : null}
            {a.country ? <><dt>Country</dt><dd>{partyName(a.country)}</dd></> : null}
            {a.aliases?.length ? <><dt>Also written</dt><dd>{a.aliases.join(', ')}</dd></> : null}
            <dt>Mentions</dt><dd>{a.mentions.length}</dd>
          </dl>
          {props.people[a.id] ? <p><a href={personHref(props.people[a.id])}>{a.name}: roles, meetings and statements across documents →</a></p> : null}
        </article>
      ))}
      {record.statements.map((s) => (
        <article id={factAnchor(s.id)} class="fact-card" tabindex={-1} aria-label={`Statement ${s.id}`}>
          <h3>Statement</h3>
          <dl class="fields">
            <dt>Speaker</dt><dd><Speaker id={s.speaker} props={props} /></dd>
            <dt>Act</dt><dd>{s.act} <span class="muted">(“{s.verb}”)</span></dd>
            {s.addressee ? <><dt>To</dt><dd><Speaker id={s.addressee} props={props} /></dd></> : null}
            {s.topic ? <><dt>Topic</dt><dd>{s.topic}</dd></> : null}
            {s.section && sections.get(s.section) ? <><dt>Section</dt><dd>{sections.get(s.section)!.path.join(' › ')}</dd></> : null}
            {s.meeting && meetings.get(s.meeting) ? <><dt>Meeting</dt><dd>{meetings.get(s.meeting)!.format}{meetings.get(s.meeting)!.date ? `, ${formatDate(meetings.get(s.meeting)!.date)}` : ''}</dd></> : null}
            {s.date ? <><dt>Date</dt><dd>{formatDate(s.date)}</dd></> : null}
            {s.respondsTo ? <><dt>Responds to</dt><dd><a href={`#${factAnchor(s.respondsTo)}`}>statement {s.respondsTo}</a></dd></> : null}
          </dl>
          <blockquote>{s.content}</blockquote>
          {record.commitments.filter((c) => c.statement === s.id).map((c) => <p>Commitment: <a href={`#${factAnchor(c.id)}`}>{c.action}</a></p>)}
          <BackToText anchor={factAnchor(s.id)} />
        </article>
      ))}
      {record.commitments.map((c) => {
        const row = props.commitments.get(c.id);
        return (
          <article id={factAnchor(c.id)} class="fact-card" tabindex={-1} aria-label={`Commitment ${c.id}`}>
            <h3>Commitment {row ? <StatusBadge status={row.status} /> : null}</h3>
            <dl class="fields">
              <dt>By</dt><dd>{c.actors.map((a, i) => <>{i ? ', ' : ''}<Speaker id={a} props={props} /></>)}</dd>
              <dt>Action</dt><dd>{c.action}</dd>
              <dt>Modality</dt><dd>{c.modality}</dd>
              <dt>Due</dt><dd>{c.due ? <>“{c.due.text}”: {formatRange(c.due.start, c.due.end)}</> : 'no date given'}</dd>
              {row ? <><dt>Status</dt><dd>{row.status}: {row.reason}</dd></> : null}
              {c.statement ? <><dt>Said in</dt><dd><a href={`#${factAnchor(c.statement)}`}>statement {c.statement}</a></dd></> : null}
            </dl>
            {row?.evidence ? (
              <div class="evidence">
                <h4>Evidence</h4>
                <p><a href={docHref(row.evidence.docId, row.evidence.span)}>{row.evidence.docTitle}</a> ({formatDate(row.evidence.date)}): {row.evidence.reason}</p>
                <blockquote>{row.evidence.excerpt}</blockquote>
              </div>
            ) : null}
            <BackToText anchor={factAnchor(c.id)} />
          </article>
        );
      })}
      {record.commitments.filter((c) => c.due?.span).map((c) => (
        <article id={factAnchor(`${c.id}-due`)} class="fact-card" tabindex={-1} aria-label="Due date">
          <h3>Due date</h3>
          <dl class="fields">
            <dt>Text</dt><dd>“{c.due!.text}”</dd>
            <dt>Means</dt><dd>{formatRange(c.due!.start, c.due!.end)}</dd>
            <dt>Of</dt><dd><a href={`#${factAnchor(c.id)}`}>{c.action}</a></dd>
          </dl>
        </article>
      ))}
      {record.document.dateSpan && record.document.date ? (
        <article id={factAnchor('dateline')} class="fact-card" tabindex={-1} aria-label="Dateline">
          <h3>Date of the document</h3>
          <p>{formatDate(record.document.date)}</p>
        </article>
      ) : null}
      {record.documents.map((d) => (
        <article id={factAnchor(d.id)} class="fact-card" tabindex={-1} aria-label={`Signed document ${d.id}`}>
          <h3>Signed document</h3>
          <dl class="fields">
            <dt>Title</dt><dd>{d.title}</dd>
            <dt>Kind</dt><dd>{d.kind}</dd>
            {d.category ? <><dt>Listed under</dt><dd>{d.category}</dd></> : null}
            <dt>Parties</dt><dd>{d.parties.map(partyName).join(', ') || '—'}</dd>
            <dt>Signatories</dt><dd>{d.signatories.map((s) => (s.title ? `${s.name} (${s.title})` : s.name)).join('; ') || '—'}</dd>
            <dt>Date</dt><dd>{formatDate(d.date)}</dd>
            <dt>At the ceremony</dt><dd>{d.signedAtCeremony === null ? 'unknown' : d.signedAtCeremony ? 'yes' : 'no'}</dd>
            <dt>Entry into force</dt><dd>{d.entryIntoForce ?? 'not stated'}</dd>
          </dl>
          {d.summary ? <blockquote>{d.summary}</blockquote> : null}
          <BackToText anchor={factAnchor(d.id)} />
        </article>
      ))}
    </>
  );
};

const Legend: FC = () => (
  <ul class="legend">
    <li><span class="swatch person"></span>person</li>
    {ACT_FAMILIES.map((f) => <li><span class={`swatch act-${f.family}`}></span>{f.label}</li>)}
    <li><span class="swatch commitment"></span>commitment</li>
    <li><span class="swatch date"></span>date</li>
    <li><span class="swatch document"></span>signed document</li>
  </ul>
);

const StatementsBySpeaker: FC<ReaderProps> = (props) => {
  const groups = new Map<string, Statement[]>();
  for (const s of props.record.statements) {
    const list = groups.get(s.speaker);
    if (list) list.push(s); else groups.set(s.speaker, [s]);
  }
  const names = new Map(props.record.actors.map((a) => [a.id, a.name]));
  return (
    <>
      {[...groups.entries()].sort((a, b) => b[1].length - a[1].length).map(([speaker, list]) => (
        <details class="speaker" open>
          <summary>{names.get(speaker) ?? speaker} ({list.length})</summary>
          <ol>{list.map((s) => <li><a href={`#${factAnchor(s.id)}`}>{s.verb}</a>: {s.content.length > 110 ? s.content.slice(0, 109) + '…' : s.content}</li>)}</ol>
        </details>
      ))}
    </>
  );
};

export const documentPage = definePage(ROUTES.reader, ({ data, view }) => {
  const { document: doc, people, commitments } = data;
  const record = doc.record;
  const props: ReaderProps = { record, people, commitments: new Map(commitments.map((c) => [c.commitmentId, c])) };
  const cite = parseCite(view.cite, record.document.text.length);
  const source = record.document.source;
  return {
    title: doc.title,
    section: 'documents',
    scripts: ['/static/reader.js'],
    body: () => (
      <>
        <h1>{doc.title}</h1>
        <p class="sub">
          {record.document.subtitle ? <>{record.document.subtitle} · </> : null}
          {formatDate(doc.date)} · {doc.kind}
          {record.document.provisionalTranslation ? ' · provisional translation' : ''}
          {source.url ? <> · <a href={source.url} rel="noreferrer">source</a></> : null}
          {' · '}<a href={`/api/documents/${doc.docId}/text`}>plain text</a>
          {doc.current ? null : <> · <strong>superseded</strong>{doc.supersededBy ? <> by <a href={docHref(doc.supersededBy)}>a later version</a></> : null}</>}
        </p>
        <p class="muted">{doc.counts.statements} statements · {doc.counts.commitments} commitments · {doc.counts.documents} signed documents · {doc.counts.meetings} meetings. Select a highlighted passage to see what was extracted from it.</p>
        <div class="reader">
          <section aria-label="Text">
            <ReadoutText record={record} cite={cite} />
          </section>
          <aside class="facts" aria-label="Extracted facts">
            <section class="selected" aria-labelledby="h-selected" aria-live="polite">
              <h2 id="h-selected">Selected</h2>
              <p class="hint muted">Nothing selected: choose a highlight in the text or a statement below.</p>
              <FactCards {...props} />
            </section>
            <section aria-labelledby="h-legend"><h2 id="h-legend">Legend</h2><Legend /></section>
            <section aria-labelledby="h-speakers"><h2 id="h-speakers">Statements by speaker</h2>
              {record.statements.length ? <StatementsBySpeaker {...props} /> : <p class="muted">No statements.</p>}
            </section>
            {record.commitments.length ? (
              <section aria-labelledby="h-commitments"><h2 id="h-commitments">Commitments</h2>
                <ol>{record.commitments.map((c) => <li><a href={`#${factAnchor(c.id)}`}>{c.action}</a> {props.commitments.get(c.id) ? <StatusBadge status={props.commitments.get(c.id)!.status} /> : null}</li>)}</ol>
              </section>
            ) : null}
            {record.documents.length ? (
              <section aria-labelledby="h-signed"><h2 id="h-signed">Signed documents</h2>
                <ol>{record.documents.map((d) => <li><a href={`#${factAnchor(d.id)}`}>{d.title}</a></li>)}</ol>
              </section>
            ) : null}
          </aside>
        </div>
      </>
    ),
  };
});
