// Full-text search: ranked results with the matched words highlighted in each snippet.
import type { FC } from 'hono/jsx';
import { ROUTES } from '../../routes/index.ts';
import { Empty, Pager } from '../layout.tsx';
import { docHref, formatDate } from '../format.ts';
import { definePage } from '../page.ts';

/** The snippet with its highlight ranges as <mark>, everything escaped. */
export const Snippet: FC<{ text: string; highlights: [number, number][] }> = ({ text, highlights }) => {
  const parts: (string | ReturnType<FC>)[] = [];
  let at = 0;
  for (const [s, e] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (s < at || e <= s || e > text.length) continue;
    parts.push(text.slice(at, s), <mark>{text.slice(s, e)}</mark>);
    at = e;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
};

export const searchPage = definePage(ROUTES.searchPage, ({ data: page, input, query, path }) => {
  const words = input.q;
  if (!words) {
    return {
      title: 'Search', section: 'search',
      body: () => (
        <>
          <h1>Search</h1>
          <SearchForm q="" />
          <SearchHelp />
        </>
      ),
    };
  }
  const lowerBound = 'totalIsLowerBound' in page && page.totalIsLowerBound;
  return {
    title: `Search: ${words}`,
    section: 'search',
    searchQuery: words,
    body: () => (
      <>
        <h1>Search</h1>
        <SearchForm q={words} />
        <MatchCount total={page.total} lowerBound={lowerBound} words={words} />
        <SearchHelp />
        {page.items.length ? (
          <ol class="plain results">
            {page.items.map((h) => (
              <li>
                <a href={docHref(h.docId)}><strong>{h.title}</strong></a> <span class="muted">{formatDate(h.date)}</span>
                {h.matchedAll === false ? <span class="badge">some of the words</span> : null}
                <p class="snippet"><Snippet text={h.snippet} highlights={h.highlights} /></p>
                {h.statements?.length ? (
                  <ul class="plain statements" aria-label="Statements that match">
                    {h.statements.map((st) => (
                      <li><a href={docHref(h.docId, st.span)}>{st.speaker.name}</a> <span class="muted">{formatDate(st.date)} · {st.act}</span>: {st.content}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        ) : <Empty>Nothing found. Try fewer or other words.</Empty>}
        <Pager path={path} query={query} total={page.total} limit={page.limit} offset={page.offset} />
      </>
    ),
  };
});

/** How many readouts match; for a very common word, that the count and ranking cover only the newest matches. */
const MatchCount: FC<{ total: number; lowerBound: boolean; words: string }> = ({ total, lowerBound, words }) => (
  lowerBound ? (
    <p role="status">
      At least {total.toLocaleString('en')} readouts match “{words}”: so many that these are ranked among the most recently
      added matches and those with the words in their title. Add words to narrow the search.
    </p>
  ) : <p role="status">{total} readout{total === 1 ? '' : 's'} match “{words}”.</p>
);

const SearchForm: FC<{ q: string }> = ({ q }) => (
  <form class="filters" role="search" method="get" action="/search" aria-label="Search the readouts">
    <label>Words <input type="search" name="q" value={q} /></label>
    <button type="submit">Search</button>
  </form>
);

/** How queries are read: the same words on every backend and in the API. */
const SearchHelp: FC = () => (
  <details class="muted search-help">
    <summary>How to search</summary>
    <ul>
      <li>Words match in any form (<code>pipelines</code> finds “pipeline”); a readout must have all of them.</li>
      <li><code>"joint commission"</code>: the words together, in order.</li>
      <li><code>visa OR visas</code>: either term; <code>energ*</code>: words starting so.</li>
      <li><code>-Iraq</code>, <code>-"North Korea"</code>: leave out readouts with these.</li>
      <li>When few readouts have all the words, those with some of them follow, marked “some of the words”.</li>
      <li>Under each readout: the statements that match, with who said it and when; the name opens the reader there.</li>
    </ul>
  </details>
);
