import { useEffect, useState } from 'preact/hooks';
import { checkPackData, MAX_PACK_CHARS, readPackJson } from '@/lib/kb/import';
import { BUNDLED_PACK_ID } from '@/lib/kb/types';
import type { Problem } from '@/lib/kb/validate';
import { send } from '@/lib/messaging';
import type { ImportProgress, PackInfo, Res } from '@/lib/protocol';
import { ImportStatus, type ImportState } from './ImportStatus';
import { PackList } from './PackList';

/** What the pack manager asks of the background (messages in the extension, a fake in tests). */
export interface PackClient {
  getPacks(): Promise<PackInfo[]>;
  bundledIds(): Promise<string[]>;
  importPack(text: string): Promise<Res<'importPack'>>;
  importProgress(): Promise<ImportProgress | null>;
  removePack(id: string): Promise<void>;
}

export const messageClient: PackClient = {
  getPacks: () => send('getPacks', {}),
  bundledIds: () => send('getPackEntityIds', { packId: BUNDLED_PACK_ID }),
  importPack: (text) => send('importPack', { text }),
  importProgress: () => send('importProgress', {}),
  removePack: async (id) => void (await send('removePack', { id })),
};

interface Props {
  client?: PackClient;
  /** How often the install's progress is asked for, in ms. */
  pollMs?: number;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A background error lists problems one "- where: message" a line; anything else is one problem. */
function problemsOf(message: string): Problem[] {
  const lines = message.split('\n').filter((l) => l.startsWith('- ') || l.startsWith('… and '));
  if (!lines.length) return [{ where: 'install', message }];
  return lines.map((l) => {
    const i = l.indexOf(': ');
    if (!l.startsWith('- ') || i === -1) return { where: 'pack', message: l.replace(/^- /, '') };
    return { where: l.slice(2, i), message: l.slice(i + 2) };
  });
}

/** Knowledge packs on the options page: the installed list, importing a reader's pack, removing one. */
export function PackManager({ client = messageClient, pollMs = 250 }: Props) {
  const [packs, setPacks] = useState<PackInfo[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const refresh = () => client.getPacks().then(setPacks, (e: Error) => setListError(e.message));
  useEffect(() => void refresh(), [client]);

  async function importFile(file: File) {
    const reject = (problems: Problem[]) => setState({ phase: 'rejected', file: file.name, problems });
    if (file.size > MAX_PACK_CHARS)
      return reject([{ where: 'file', message: `is ${(file.size / 1048576).toFixed(1)} MB; a pack may be at most ${MAX_PACK_CHARS / 1048576} MB` }]);
    setState({ phase: 'reading', file: file.name });
    const read = readPackJson(await file.text());
    if (!read.ok) return reject(read.problems);
    const total = Array.isArray(read.data.entities) ? read.data.entities.length : 0;
    setState({ phase: 'validating', file: file.name, entries: total });
    await tick();
    const checked = checkPackData(read.data, { bundledIds: new Set(await client.bundledIds().catch(() => [])) });
    if (!checked.ok) return reject(checked.problems);
    setState({ phase: 'installing', file: file.name, done: 0, total });
    const poll = async () => {
      const p = await client.importProgress().catch(() => null);
      if (p && p.packId === checked.pack.id) setState((s) => (s.phase === 'installing' ? { ...s, done: p.done, total: p.total } : s));
    };
    const timer = setInterval(() => void poll(), pollMs);
    void poll();
    try {
      const result = await client.importPack(JSON.stringify(checked.pack));
      setState({ phase: 'done', result });
      await refresh();
    } catch (e) {
      reject(problemsOf((e as Error).message));
    } finally {
      clearInterval(timer);
    }
  }

  const onChange = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    const file = el.files?.[0];
    if (!file) return;
    importFile(file)
      .catch((err: Error) => setState({ phase: 'rejected', file: file.name, problems: [{ where: 'file', message: `could not be read: ${err.message}` }] }))
      .finally(() => (el.value = ''));
  };
  const busy = state.phase === 'reading' || state.phase === 'validating' || state.phase === 'installing';

  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">Knowledge packs</h2>
      {listError && <p role="alert">Could not read the knowledge base: {listError}</p>}
      {packs && <PackList packs={packs} onRemove={async (id) => { await client.removePack(id); await refresh(); }} />}
      <p>
        <label>
          Import a pack…
          <input type="file" accept=".json,application/json" disabled={busy} onChange={onChange} />
        </label>
      </p>
      <ImportStatus state={state} />
    </section>
  );
}
