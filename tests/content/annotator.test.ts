// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { annotatePage, visibleMentions } from '../../lib/content/annotator';
import { createSpotter } from '../../lib/engine/spotter';
import type { Mention } from '../../lib/engine/types';
import { DEFAULT_SETTINGS } from '../../lib/settings-model';
import type { AnnotateResult } from '../../lib/protocol';
import { entity } from '../helpers/kb';
import { result } from '../helpers/result';

class FakeHighlight {
  ranges: Range[] = [];
  add(r: Range) {
    this.ranges.push(r);
  }
}
const registry = new Map<string, FakeHighlight>();

const ARTICLE = `<header><nav>Home · World</nav></header><article><h1>Macron meets Zelenskyy</h1>
<p>French President Emmanuel Macron met Volodymyr Zelenskyy in Paris on Wednesday to discuss the war and the talks that may follow.</p>
<figure><figcaption>Macron and Zelenskyy in Paris.</figcaption></figure>
<p>Zelenskyy said the talks were useful. Macron agreed, and the two leaders spoke to reporters for an hour afterwards.</p>
<p>Officials from both delegations said that further meetings would follow in the coming weeks, though no dates were set.</p></article>
<footer>© Example News</footer>`;

const entities = [
  entity({ id: 'emmanuel-macron', name: 'Emmanuel Macron', aliases: ['Macron'] }),
  entity({ id: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy'] }),
  entity({ id: 'city-paris', type: 'place', name: 'Paris', aliases: [] }),
];
const spotter = createSpotter(entities);
let asked: string[] = [];
const deps = {
  annotate: async ({ text }: { text: string }): Promise<AnnotateResult> => {
    asked.push(text);
    return result({ mentions: spotter.find(text), entities: Object.fromEntries(entities.map((e) => [e.id, e])), packVersion: 'v1' });
  },
};

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
  registry.clear();
  asked = [];
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
});

describe('annotatePage', () => {
  it('highlights the article\'s names, not the navigation or captions, and removes every trace', async () => {
    const before = document.body.innerHTML;
    const stop = await annotatePage(document, DEFAULT_SETTINGS, deps, new AbortController().signal);
    expect(asked[0]).toContain('Emmanuel Macron met Volodymyr Zelenskyy');
    expect(asked[0]).not.toContain('Home');
    expect(asked[0]).not.toContain('in Paris.'); // the caption
    const people = registry.get('backstory-person')!.ranges.map((r) => r.toString());
    expect(people).toEqual(['Macron', 'Zelenskyy', 'Emmanuel Macron', 'Volodymyr Zelenskyy', 'Zelenskyy', 'Macron']); // headline included
    expect(registry.get('backstory-place')!.ranges.map((r) => r.toString())).toEqual(['Paris']);
    expect(document.body.innerHTML).toBe(before); // nothing wrapped, nothing moved
    stop();
    expect(registry.size).toBe(0);
    expect(document.querySelector('backstory-card')).toBeNull();
    expect(document.documentElement.outerHTML).not.toMatch(/backstory/i); // no marker a page could look for
  });

  it('cleans up when its signal aborts, and draws nothing where the API is missing', async () => {
    const ctl = new AbortController();
    await annotatePage(document, DEFAULT_SETTINGS, deps, ctl.signal);
    expect(registry.size).toBe(2);
    ctl.abort();
    expect(registry.size).toBe(0);
    Object.defineProperty(window, 'Highlight', { value: undefined, configurable: true });
    const logs: string[] = [];
    await annotatePage(document, DEFAULT_SETTINGS, { ...deps, log: (m) => logs.push(m) }, new AbortController().signal);
    expect(registry.size).toBe(0);
    expect(logs.join()).toMatch(/no CSS Custom Highlight API/);
  });
});

describe('visibleMentions', () => {
  const m = (text: string, entityId: string | null, type: Mention['type'] = 'person', highlight = true): Mention => ({
    start: 0, end: 1, text, entityId, type, confidence: 1, reason: '', highlight,
  });
  const list = [m('Macron', 'em'), m('Ukrainian', 'ua', 'place', false), m('Paris', 'paris', 'place'), m('Macron', 'em'), m('Valat', null)];

  it('drops link-only mentions and follows the kinds and first-mention settings', () => {
    expect(visibleMentions(list, DEFAULT_SETTINGS).map((x) => x.text)).toEqual(['Macron', 'Paris', 'Macron', 'Valat']);
    expect(visibleMentions(list, { ...DEFAULT_SETTINGS, mentions: 'first' }).map((x) => x.text)).toEqual(['Macron', 'Paris', 'Valat']);
    const noPlaces = { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, place: false, unknown: false } };
    expect(visibleMentions(list, noPlaces).map((x) => x.text)).toEqual(['Macron', 'Macron']);
  });
});
