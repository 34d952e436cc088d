'use strict';
// Timeline: polls /updates and lists the stories created or changed since the page was opened.
(() => {
  const live = document.getElementById('live');
  const list = document.getElementById('new-stories');
  if (!live || !list) {
    return;
  }
  let seq = Number(live.dataset.seq || 0);
  const items = new Map();

  function render(story) {
    let item = items.get(story.id);
    if (!item) {
      item = document.createElement('li');
      item.className = 'story';
      item.append(document.createElement('a'), document.createElement('div'));
      item.lastChild.className = 'meta';
      items.set(story.id, item);
    }
    const link = item.firstChild;
    link.href = '/stories/' + encodeURIComponent(story.id);
    link.textContent = story.headline || story.id;
    item.lastChild.textContent = `${story.date || 'undated'} · ${story.articles} article(s)`;
    list.prepend(item);
  }

  async function poll() {
    try {
      const response = await fetch('/updates?after=' + seq, { headers: { Accept: 'application/json' } });
      if (response.ok) {
        const update = await response.json();
        update.stories.forEach(render);
        seq = update.seq;
        live.hidden = items.size === 0;
      }
    } catch {
      // The server may be restarting; try again on the next tick.
    }
    setTimeout(poll, 2000);
  }

  setTimeout(poll, 2000);
})();
