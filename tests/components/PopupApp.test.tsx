// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/PopupApp';
import { loadSettings } from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('PopupApp', () => {
  it('shows the names found on the tab and turns Backstory off for its site', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const entry = (name: string, entityId: string | null) => ({ key: name, entityId, name, type: 'person', count: 1, description: null, sources: [], asOf: null });
    await fakeBrowser.storage.session.set({
      [`report:${tab.id}`]: { tabId: tab.id, url: 'https://news.example/story', title: 'T', at: 1, mentionCount: 3, claims: [], entries: [entry('Ada Lovelace', 'ada'), entry('NATO', 'nato'), entry('Yoan Valat', null)] },
    });
    const el = document.createElement('div');
    render(<PopupApp search={`?tab=${tab.id}`} />, el);
    await vi.waitFor(() => expect(el.querySelector('.big')?.textContent).toBe('2'));
    const site = await vi.waitFor(() => {
      const label = [...el.querySelectorAll('label')].find((l) => l.textContent!.includes('On for news.example'));
      expect(label).toBeDefined();
      return label!.querySelector('input')!;
    });
    expect(site.checked).toBe(true);
    site.click(); // happy-dom flips the box; the change event is sent as a browser would
    site.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['news.example']));
  });
});
