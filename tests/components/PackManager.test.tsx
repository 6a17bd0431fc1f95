// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PackManager, type PackClient } from '../../components/PackManager';
import type { ImportProgress, PackInfo, Res } from '../../lib/protocol';
import { entity, pack } from '../helpers/kb';

const bundled: PackInfo = { id: 'bundled', title: 'Backstory bundled knowledge', version: 'abc123', source: 'bundled', entityCount: 2629, contextCount: 50 };
const reader: PackInfo = { id: 'my-pack', title: 'My pack', version: '3', source: 'reader', entityCount: 12, contextCount: 0 };

/** A background stand-in that records what it was asked. */
function fakeClient(packs: PackInfo[]) {
  const calls: string[] = [];
  let progress: ImportProgress | null = null;
  let finish: ((r: Res<'importPack'>) => void) | null = null;
  let sent: string | null = null;
  const client: PackClient = {
    getPacks: async () => [...packs],
    bundledIds: async () => ['nato'],
    importPack: (text) => {
      calls.push('importPack');
      sent = text;
      return new Promise((resolve) => (finish = resolve));
    },
    importProgress: async () => progress,
    removePack: async (id) => {
      calls.push(`remove ${id}`);
      packs.splice(packs.findIndex((p) => p.id === id), 1);
    },
  };
  return {
    client, calls,
    setProgress: (p: ImportProgress) => (progress = p),
    finish: (r: Res<'importPack'>) => finish!(r),
    sent: () => sent,
  };
}

let el: HTMLElement;
afterEach(() => {
  render(null, el);
  el.remove();
});

async function mount(client: PackClient) {
  el = document.createElement('div');
  document.body.append(el);
  await act(async () => render(<PackManager client={client} pollMs={60_000} />, el));
  await settle();
}
/** Lets pending promises and timers of the component run. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}
async function choose(name: string, content: string) {
  const input = el.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([content], name, { type: 'application/json' })], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change')));
  await settle();
}
const rows = () => [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent));
const button = (name: string) =>
  [...el.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name) as HTMLButtonElement | undefined;

describe('PackManager', () => {
  it('lists installed packs with title, source and counts; only readers\' packs can be removed', async () => {
    await mount(fakeClient([bundled, reader]).client);
    expect(rows()).toEqual([
      ['Backstory bundled knowledge (bundled)', 'Bundled with Backstory', '2,629'],
      ['My pack (my-pack)', 'Imported by you', '12'],
    ]);
    expect(button('Remove Backstory bundled knowledge')).toBeUndefined();
    expect(button('Remove My pack')).toBeDefined();
    expect(el.querySelector('label')!.textContent).toContain('Import a pack…');
    expect((el.querySelector('input[type=file]') as HTMLInputElement).accept).toBe('.json,application/json');
  });

  it('shows where and what is wrong when a file is rejected, and sends nothing', async () => {
    const fake = fakeClient([bundled]);
    await mount(fake.client);
    await choose('broken.json', '{\n  "format": "backstory-pack/1",\n  "id": "x",,\n}');
    const alert = el.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('broken.json was not installed; nothing changed. One problem');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'line 3, column 13: not valid JSON: expected a property name in double quotes, found ","',
    ]);
    const invalid = pack([entity({ sources: [], related: ['nato', 'nobody'] })], { id: 'bundled' });
    await choose('invalid.json', JSON.stringify(invalid));
    expect([...el.querySelectorAll('[role=alert] li')].map((li) => li.querySelector('code')!.textContent)).toEqual([
      'id', 'entities[0] (ada-lovelace).sources', 'entities[0] (ada-lovelace).related',
    ]);
    expect(el.querySelector('[role=alert]')!.textContent).toContain('unknown id "nobody"');
    expect(fake.calls).toEqual([]);
  });

  it('shows progress while the background installs, then a success line with counts', async () => {
    const fake = fakeClient([bundled]);
    await mount(fake.client);
    fake.setProgress({ packId: 'mine', done: 1, total: 2 });
    const mine = pack([entity(), entity({ id: 'nato', name: 'NATO', aliases: [], extra: 1 } as never)], { id: 'mine', title: 'Mine' });
    await choose('mine.json', JSON.stringify(mine));
    expect(fake.calls).toEqual(['importPack']);
    expect(JSON.parse(fake.sent()!).entities[1]).not.toHaveProperty('extra');
    expect(el.querySelector('[role=status]')!.textContent).toContain('Installing 1 of 2 entries');
    expect((el.querySelector('progress') as HTMLProgressElement).getAttribute('value')).toBe('1');
    expect((el.querySelector('input[type=file]') as HTMLInputElement).disabled).toBe(true);
    const record = { ...reader, id: 'mine', title: 'Mine', entityCount: 2, version: '1' };
    await act(() => fake.finish({ status: 'installed', record, warnings: ['1 entry replaces the bundled entry with the same id: nato.'] }));
    await settle();
    const status = el.querySelector('[role=status]')!.textContent!;
    expect(status).toContain('Installed “Mine”: 2 entries, 0 contexts, version 1.');
    expect(status).toContain('replaces the bundled entry with the same id: nato');
  });

  it('shows the background\'s problems when it refuses the pack', async () => {
    const fake = fakeClient([bundled]);
    fake.client.importPack = async () => {
      throw new Error('The pack was not installed: 51 problems.\n- entities[0] (ada-lovelace).related: unknown id "nato"\n… and 50 more');
    };
    await mount(fake.client);
    await choose('mine.json', JSON.stringify(pack([entity()], { id: 'mine' })));
    expect([...el.querySelectorAll('[role=alert] li')].map((li) => li.textContent)).toEqual([
      'entities[0] (ada-lovelace).related: unknown id "nato"', 'pack: … and 50 more',
    ]);
  });

  it('removes a reader\'s pack only after the reader confirms', async () => {
    const fake = fakeClient([bundled, reader]);
    await mount(fake.client);
    await act(() => button('Remove My pack')!.click());
    const dialog = el.querySelector('[role=alertdialog]')!;
    expect(dialog.textContent).toContain('Remove “My pack” and its 12 entries?');
    expect(document.activeElement).toBe(button('Cancel'));
    await act(() => button('Cancel')!.click());
    expect(el.querySelector('[role=alertdialog]')).toBeNull();
    expect(fake.calls).toEqual([]);
    await act(() => button('Remove My pack')!.click());
    await act(() => button('Remove pack')!.click());
    await settle();
    expect(fake.calls).toEqual(['remove my-pack']);
    expect(rows().map((r) => r[0])).toEqual(['Backstory bundled knowledge (bundled)']);
    expect(el.querySelector('[role=alertdialog]')).toBeNull();
  });
});
