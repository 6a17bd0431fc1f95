import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { createListener, send, type Handlers } from '../lib/messaging';
import { isEnvelope } from '../lib/protocol';
import { result } from './helpers/result';

const handlers = {
  annotate: async ({ text }) => result({ packVersion: text }),
  clearReport: async () => null,
  getEntities: async () => { throw new Error('database is closed'); },
  getPacks: async () => [],
} as Partial<Handlers> as Handlers;

const own = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html` } as Runtime.MessageSender;

beforeEach(() => fakeBrowser.reset());

describe('the message protocol', () => {
  it('answers this extension\'s messages with the handler\'s value', async () => {
    const listen = createListener(handlers, fakeBrowser.runtime.id);
    const reply = await listen({ backstory: 1, type: 'annotate', data: { url: 'u', title: 't', text: 'v9' } }, own);
    expect(reply).toEqual({ ok: true, value: result({ packVersion: 'v9' }) });
  });

  it('ignores other senders and malformed messages', () => {
    const listen = createListener(handlers, fakeBrowser.runtime.id);
    expect(listen({ backstory: 1, type: 'getPacks', data: {} }, { id: 'someone-else' } as Runtime.MessageSender)).toBeUndefined();
    expect(listen({ type: 'getPacks' }, own)).toBeUndefined();
    expect(isEnvelope({ backstory: 1, type: 'dropTables', data: {} })).toBe(false);
  });

  it('refuses pack and correction-list messages from content scripts', async () => {
    const listen = createListener({ ...handlers, listCorrections: async () => [] } as Handlers, fakeBrowser.runtime.id);
    const fromPage = { id: fakeBrowser.runtime.id, url: 'https://news.example/a', tab: { id: 1, url: 'https://news.example/a' } } as unknown as Runtime.MessageSender;
    const fromOptions = { id: fakeBrowser.runtime.id, url: 'chrome-extension://abc/options.html' } as Runtime.MessageSender;
    expect(await listen({ backstory: 1, type: 'getPacks', data: {} }, fromPage)).toEqual({ ok: false, error: '"getPacks" is only answered to the extension\'s own pages' });
    expect(await listen({ backstory: 1, type: 'listCorrections', data: {} }, fromPage)).toMatchObject({ ok: false });
    // Note text is for the extension's pages only.
    for (const type of ['listNotes', 'saveNote', 'deleteNote'])
      expect(await listen({ backstory: 1, type, data: { target: 'entity:x', text: 't', id: 'i' } }, fromPage)).toMatchObject({ ok: false });
    expect(await listen({ backstory: 1, type: 'getPacks', data: {} }, fromOptions)).toEqual({ ok: true, value: [] });
    expect(await listen({ backstory: 1, type: 'clearReport', data: {} }, fromPage)).toEqual({ ok: true, value: null });
  });

  it('turns a handler\'s failure into an error the sender sees', async () => {
    const listen = createListener(handlers, fakeBrowser.runtime.id);
    expect(await listen({ backstory: 1, type: 'getEntities', data: { ids: [] } }, own)).toEqual({ ok: false, error: 'database is closed' });
  });

  it('send() unwraps replies and throws errors', async () => {
    // fakeBrowser drops promise replies (see TOOLCHAIN.md), so the transport is stubbed.
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (msg: unknown) =>
      (msg as { type: string }).type === 'getPacks' ? { ok: true, value: [] } : { ok: false, error: 'nope' }) as never);
    expect(await send('getPacks', {})).toEqual([]);
    expect(spy).toHaveBeenCalledWith({ backstory: 1, type: 'getPacks', data: {} });
    await expect(send('getEntities', { ids: [] })).rejects.toThrow('nope');
  });
});
