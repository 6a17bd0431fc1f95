import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime, Tabs } from 'webextension-polyfill';
import background from '../../entrypoints/background';
import { loadSettings } from '../../lib/settings';
import { entity, pack } from '../helpers/kb';

const bundled = pack(
  [entity({ id: 'steve-witkoff', name: 'Steve Witkoff', aliases: ['Witkoff'], description: 'US envoy' }), entity({ id: 'nato', type: 'organization', name: 'NATO', aliases: [] })],
  { id: 'bundled', version: 'v-test' },
);

type CommandListener = (command: string, tab?: Tabs.Tab) => void;
let commandListener: CommandListener | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser has no commands API: capture the listener the entrypoint registers.
  commandListener = null;
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((fn: CommandListener) => void (commandListener = fn)) as never);
  // The extension's own files, as fetch sees them in the service worker.
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname;
    const body = path === '/kb/pack.json' ? JSON.stringify(bundled) : path === '/kb/version.json' ? JSON.stringify({ version: 'v-test' }) : null;
    return body === null ? new Response('not found', { status: 404 }) : new Response(body);
  });
});

const own = (tabId?: number) =>
  ({ id: fakeBrowser.runtime.id, url: tabId ? 'https://news.example/story' : `chrome-extension://${fakeBrowser.runtime.id}/popup.html`, ...(tabId ? { tab: { id: tabId } } : {}) }) as unknown as Runtime.MessageSender;

async function ask(type: string, data: object, sender: Runtime.MessageSender) {
  const replies = (await fakeBrowser.runtime.onMessage.trigger({ backstory: 1, type, data }, sender as never, () => {})) as unknown[];
  return (await replies.find((r) => r !== undefined)) as { ok: boolean; value?: unknown; error?: string };
}

describe('the background entrypoint', () => {
  it('loads the bundled pack, answers the content script and keeps the tab report in session storage', async () => {
    background.main();
    const reply = await ask('annotate', { url: 'https://news.example/story', title: 'T', text: 'Steve Witkoff spoke to NATO.' }, own(7));
    expect(reply.ok).toBe(true);
    const value = reply.value as { mentions: { entityId: string | null }[]; entities: Record<string, { description: string }> };
    expect(value.mentions.map((m) => m.entityId)).toEqual(['steve-witkoff', 'nato']);
    expect(value.entities['steve-witkoff']!.description).toBe('US envoy');
    const stored = (await fakeBrowser.storage.session.get('report:7'))['report:7'] as { entries: { name: string }[] };
    expect(stored.entries.map((e) => e.name)).toEqual(['NATO', 'Steve Witkoff']);
    const packs = await ask('getPacks', {}, own());
    expect(packs.value).toEqual([expect.objectContaining({ id: 'bundled', version: 'v-test', entityCount: 2 })]);

    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('report:7')).toEqual({}));
  });

  it('turns the current site off and on with the keyboard command', async () => {
    background.main();
    const tab = { id: 2, url: 'https://news.example/story' } as Tabs.Tab;
    expect(commandListener).not.toBeNull();
    commandListener!('toggle-highlights', tab);
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['news.example']));
    commandListener!('toggle-highlights', tab);
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual([]));
  });
});
