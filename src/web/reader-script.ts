// The reader's one island, served at /static/reader.js: where the facts sit beside the text
// (wide screens), selecting a highlight keeps the reading position instead of scrolling the page
// to the card. Without it everything still works through links and :target.
export const READER_SCRIPT = `
(() => {
  let keep = null;
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#fact-"]') : null;
    const aside = document.querySelector('aside.facts');
    keep = link && aside && getComputedStyle(aside).position === 'sticky' ? window.scrollY : null;
  });
  window.addEventListener('hashchange', () => {
    if (keep === null) return;
    window.scrollTo(0, keep);
    keep = null;
    const card = document.querySelector('.fact-card:target');
    if (card) card.focus({ preventScroll: true });
  });
})();
`;
