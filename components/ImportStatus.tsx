import type { Problem } from '@/lib/kb/validate';
import type { Res } from '@/lib/protocol';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' | 'validating'; file: string; entries?: number }
  | { phase: 'installing'; file: string; done: number; total: number }
  | { phase: 'rejected'; file: string; problems: Problem[] }
  | { phase: 'done'; result: Res<'importPack'> };

/** The import's progress, its result, or the list of problems that stopped it. */
export function ImportStatus({ state }: { state: ImportState }) {
  switch (state.phase) {
    case 'idle':
      return null;
    case 'reading':
      return <p role="status">Reading {state.file}…</p>;
    case 'validating':
      return <p role="status">Validating {state.file}: {(state.entries ?? 0).toLocaleString('en')} entries…</p>;
    case 'installing':
      return (
        <p role="status">
          Installing {state.done.toLocaleString('en')} of {state.total.toLocaleString('en')} entries…{' '}
          <progress max={Math.max(1, state.total)} value={state.done} aria-label="Installing the pack" />
        </p>
      );
    case 'rejected':
      return (
        <div role="alert">
          <p>{state.file} was not installed; nothing changed. {state.problems.length === 1 ? 'One problem' : `${state.problems.length} problems`}:</p>
          <ul class="problems">
            {state.problems.slice(0, 200).map((p, i) => <li key={i}><code>{p.where}</code>: {p.message}</li>)}
          </ul>
          {state.problems.length > 200 && <p>… and {state.problems.length - 200} more.</p>}
        </div>
      );
    case 'done': {
      const { record, status, warnings } = state.result;
      return (
        <div role="status">
          <p>
            {status === 'installed' ? 'Installed' : status === 'upgraded' ? 'Replaced' : 'Already installed:'} “{record.title}”:{' '}
            {record.entityCount.toLocaleString('en')} entries, {record.contextCount.toLocaleString('en')} contexts, version <code>{record.version}</code>.
          </p>
          {warnings.length > 0 && <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
        </div>
      );
    }
  }
}
