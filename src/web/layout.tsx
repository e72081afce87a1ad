// The frame of every page (landmarks, skip link, navigation, quick search) and small shared parts.
import type { Child, FC, PropsWithChildren } from 'hono/jsx';
import type { ActorRef, CommitmentRow } from '../store/index.ts';
import { STATUS_LABELS, personHref, withQuery } from './format.ts';

export type Section = 'home' | 'documents' | 'people' | 'issues' | 'signed' | 'commitments' | 'search';

const NAV: { section: Section; href: string; label: string }[] = [
  { section: 'home', href: '/', label: 'Home' },
  { section: 'documents', href: '/documents', label: 'Documents' },
  { section: 'people', href: '/people', label: 'People' },
  { section: 'issues', href: '/issues', label: 'Issues' },
  { section: 'signed', href: '/signed-documents', label: 'Signed documents' },
  { section: 'commitments', href: '/commitments', label: 'Commitments' },
  { section: 'search', href: '/search', label: 'Search' },
];

export interface LayoutProps { title: string; section: Section; jsonHref: string; searchQuery?: string; scripts?: string[] }

export const Layout: FC<PropsWithChildren<LayoutProps>> = ({ title, section, jsonHref, searchQuery, scripts, children }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title} · Readout</title>
      <link rel="stylesheet" href="/static/style.css" />
      <link rel="alternate" type="application/json" href={jsonHref} />
      {(scripts ?? []).map((src) => <script src={src} defer></script>)}
    </head>
    <body>
      <a class="skip" href="#main">Skip to content</a>
      <header class="site">
        <div class="bar">
          <a class="brand" href="/">Readout</a>
          <nav aria-label="Main">
            <ul>
              {NAV.map((n) => (
                <li><a href={n.href} aria-current={n.section === section ? 'page' : undefined}>{n.label}</a></li>
              ))}
            </ul>
          </nav>
          <form class="quick" role="search" action="/search" method="get">
            <label for="quick-q" class="vh">Search the readouts</label>
            <input id="quick-q" type="search" name="q" value={searchQuery ?? ''} placeholder="Search readouts" />
            <button type="submit">Search</button>
          </form>
        </div>
      </header>
      <main id="main" tabindex={-1}>{children}</main>
      <footer class="site">
        <p>Readout: diplomatic meeting readouts as a cited record. This page as data: <a href={jsonHref}>JSON</a> · <a href="/api/openapi.json">API description</a></p>
      </footer>
    </body>
  </html>
);

/** A person's name linked to their page when the actor resolved to one. */
export const ActorName: FC<{ actor: ActorRef }> = ({ actor }) =>
  actor.personId ? <a href={personHref(actor.personId)}>{actor.name}</a> : <span>{actor.name}</span>;

export const ActorList: FC<{ actors: ActorRef[] }> = ({ actors }) => (
  <>{actors.map((a, i) => <>{i > 0 ? ', ' : ''}<ActorName actor={a} /></>)}</>
);

export const StatusBadge: FC<{ status: CommitmentRow['status'] }> = ({ status }) => (
  <span class={`badge status-${status}`}>{STATUS_LABELS[status] ?? status}</span>
);

/** A horizontally scrollable table region (phones), reachable by keyboard. */
export const TableWrap: FC<PropsWithChildren<{ label: string }>> = ({ label, children }) => (
  <div class="table-wrap" role="region" aria-label={label} tabindex={0}>{children}</div>
);

/** Previous/next links for a page of results. */
export const Pager: FC<{ path: string; query: Record<string, string | undefined>; total: number; limit: number; offset: number }> = ({ path, query, total, limit, offset }) => {
  if (total <= limit && offset === 0) return null;
  const prev = offset > 0 ? withQuery(path, query, { offset: String(Math.max(0, offset - limit)) }) : null;
  const next = offset + limit < total ? withQuery(path, query, { offset: String(offset + limit) }) : null;
  return (
    <nav class="pager" aria-label="Pages">
      {prev ? <a href={prev} rel="prev">← Previous</a> : null}
      <span>{total ? `${offset + 1}–${Math.min(offset + limit, total)} of ${total}` : 'none'}</span>
      {next ? <a href={next} rel="next">Next →</a> : null}
    </nav>
  );
};

export const Empty: FC<PropsWithChildren> = ({ children }) => <p class="muted">{children}</p>;

export type Children = Child;
