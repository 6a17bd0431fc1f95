import { send } from '@/lib/messaging';
import type { ReportEntry } from '@/lib/protocol';
import { formatDate, TYPE_LABEL } from '@/lib/ui/format';
import { useFocusedItem } from '@/lib/ui/use-focused-item';
import { useTabReport } from '@/lib/ui/use-tab-report';
import { ClaimsSection } from './ClaimsSection';
import { Notes, type NotesApi } from './Notes';
import { SourceList } from './SourceList';

type Props = { search: string };

const ORDER = ['person', 'organization', 'place', 'event', 'other'] as const;

const notesApi: NotesApi = {
  list: (target) => send('listNotes', { target }),
  save: (note) => send('saveNote', note),
  remove: (id) => send('deleteNote', { id }),
};

/** The side panel: every name found on the current page, grouped by kind, with sources. */
export function SidePanelApp({ search }: Props) {
  const { report, focus, compose, loading } = useTabReport(search);
  if (loading) return <p class="muted">Loading…</p>;
  if (!report || report.entries.length === 0)
    return (
      <main>
        <h1>Backstory</h1>
        <p class="muted">No names found on this page yet. Backstory reads articles on http(s) pages; turn it on for this site from the toolbar button.</p>
      </main>
    );
  const known = report.entries.filter((e) => e.entityId);
  const unknown = report.entries.filter((e) => !e.entityId);
  return (
    <main>
      <h1>Backstory</h1>
      <p class="page-title" title={report.url}>{report.title || report.url}</p>
      <p class="muted">
        {known.length} {known.length === 1 ? 'name' : 'names'} from your knowledge base · {report.mentionCount} mentions
      </p>
      {ORDER.map((type) => {
        const items = known.filter((e) => e.type === type);
        if (!items.length) return null;
        return (
          <section key={type} aria-label={TYPE_LABEL[type]}>
            <h2>{TYPE_LABEL[type]}</h2>
            <ul class="entries">
              {items.map((e) => (
                <Entry key={e.key} entry={e} focused={e.key === focus} compose={compose} />
              ))}
            </ul>
          </section>
        );
      })}
      <ClaimsSection claims={report.claims ?? []} focus={focus} compose={compose} notes={notesApi} />
      {unknown.length > 0 && (
        <section aria-label="Not in your knowledge base">
          <h2>Not in your knowledge base</h2>
          <ul class="entries unknown">
            {unknown.map((e) => (
              <Entry key={e.key} entry={e} focused={e.key === focus} compose={compose} />
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

function Entry({ entry, focused, compose }: { entry: ReportEntry; focused: boolean; compose: boolean }) {
  const { open, setOpen, ref } = useFocusedItem<HTMLLIElement>(focused);
  return (
    <li ref={ref} class={focused ? 'entry focused' : 'entry'} data-entity={entry.entityId ?? ''}>
      <button class="entry-head" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span class="name">{entry.name}</span>
        <span class="count" aria-label={`${entry.count} mentions`}>{entry.count}</span>
      </button>
      {entry.description && <p class="description">{entry.description}</p>}
      {open && (
        <div class="details">
          <SourceList sources={entry.sources} />
          {entry.asOf && <p class="muted">As of {formatDate(entry.asOf)}</p>}
          {/* The entry's key is its note target: "entity:<id>" or "name:<…>" for a name the knowledge base lacks. */}
          <Notes target={entry.key} name={entry.name} api={notesApi} compose={focused && compose} />
        </div>
      )}
    </li>
  );
}
