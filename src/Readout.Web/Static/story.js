'use strict';
// Story page: clicking a fact, outcome or quotation highlights the sentences that assert it in each article.
document.addEventListener('DOMContentLoaded', () => {
  const status = document.createElement('p');
  status.id = 'evidence-status';
  status.className = 'hint';
  status.setAttribute('aria-live', 'polite');
  document.querySelector('.facts')?.before(status);

  function show(key) {
    document.querySelectorAll('.claim.selected').forEach((c) => c.classList.remove('selected'));
    document.querySelectorAll('.ev.hl').forEach((e) => e.classList.remove('hl'));
    document.querySelectorAll('article.source.has-hl').forEach((a) => a.classList.remove('has-hl'));
    document.querySelectorAll(`.claim[data-key="${key}"]`).forEach((c) => c.classList.add('selected'));
    const marks = [...document.querySelectorAll(`.ev[data-keys~="${key}"]`)];
    marks.forEach((m) => {
      m.classList.add('hl');
      m.closest('article.source')?.classList.add('has-hl');
    });
    const articles = new Set(marks.map((m) => m.closest('article.source')?.dataset.article));
    status.textContent = marks.length === 0
      ? 'No sentence found for this item.'
      : `Highlighted in ${articles.size} article(s).`;
    marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  document.querySelectorAll('.claim[data-key]').forEach((claim) => {
    claim.addEventListener('click', (event) => {
      if (event.target.closest('a, summary')) {
        return;
      }
      show(claim.dataset.key);
    });
    claim.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        show(claim.dataset.key);
      }
    });
  });
});
