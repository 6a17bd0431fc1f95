// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OWNED_ATTR, isOwned } from '../../lib/content/owned';
import { watchPage } from '../../lib/content/page-watcher';

let ctl: AbortController;
let calls: string[];
beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<article><p>First paragraph of the story.</p></article>';
  ctl = new AbortController();
  calls = [];
  watchPage(document, { ignore: isOwned, scope: () => document.querySelector('article'), signal: ctl.signal, onChange: (why) => calls.push(why), quietMs: 100 });
});
afterEach(() => {
  ctl.abort();
  vi.useRealTimers();
});

const flush = async (ms: number) => {
  await Promise.resolve(); // let MutationObserver callbacks run
  await vi.advanceTimersByTimeAsync(ms);
};

describe('watchPage', () => {
  it('reports added paragraphs once per burst', async () => {
    const article = document.querySelector('article')!;
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.textContent = `Paragraph ${i} loaded later with more words in it.`;
      article.append(p);
    }
    await flush(150);
    expect(calls).toEqual(['content']);
  });

  it('ignores Backstory\'s own nodes and changes without text', async () => {
    const host = document.createElement('backstory-card');
    host.setAttribute(OWNED_ATTR, '');
    host.textContent = 'A card with a long text that would otherwise count as content';
    document.body.append(host);
    document.body.append(document.createElement('div'));
    await flush(300);
    expect(calls).toEqual([]);
  });

  it('ignores a clock ticking outside the article, but not a new story swapped in anywhere', async () => {
    const clock = Object.assign(document.createElement('div'), { textContent: '12:00:00' });
    document.body.append(clock);
    await flush(300);
    calls.length = 0;
    for (let i = 0; i < 5; i++) {
      clock.firstChild!.nodeValue = `12:00:0${i}`;
      clock.append(document.createElement('span'));
      await flush(150);
    }
    expect(calls).toEqual([]);
    const story = document.createElement('section');
    story.textContent = 'A whole new story. '.repeat(20);
    document.body.append(story);
    await flush(150);
    expect(calls).toEqual(['content']);
  });

  it('reports a single-page-app navigation', async () => {
    history.pushState({}, '', '/next-story');
    await flush(700);
    expect(calls).toEqual(['navigation']);
  });

  it('stops when its signal aborts', async () => {
    ctl.abort();
    document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'Another long paragraph of text here.' }));
    await flush(300);
    expect(calls).toEqual([]);
  });
});
