import type { Entity } from '@/lib/kb/types';
import { formatDate, formatSpan, hostOf, orderFacts, TYPE_LABEL } from '@/lib/ui/format';
import { NotesLine } from './NotesLine';
import { SourceList } from './SourceList';

type Props = {
  entity: Entity;
  flagSvg?: string;
  /** How many notes the reader has on this entity (the text stays in the side panel). */
  noteCount?: number;
  /** Opens the side panel on a note target ("entity:<id>"), with its note box when `note`. */
  onOpenPanel?: (target: string, note?: boolean) => void;
};

/** The background card for a known name: who or what it is, dated facts, summary and sources. */
export function EntityCard({ entity, flagSvg, noteCount = 0, onOpenPanel }: Props) {
  const facts = orderFacts(entity.facts).slice(0, 6);
  return (
    <article class="card" aria-label={`Background: ${entity.name}`}>
      <header>
        {flagSvg && (
          // A bundled flag-icons SVG, inlined so the page's CSP and fingerprinting of extension URLs do not apply.
          <span class="flag" role="img" aria-label={`Flag of ${entity.name}`} dangerouslySetInnerHTML={{ __html: flagSvg }} />
        )}
        <span class={`badge badge-${entity.type}`}>{TYPE_LABEL[entity.type]}</span>
        <h2 id="bs-card-title">{entity.name}</h2>
        <p class="description">{entity.description}</p>
      </header>
      {facts.length > 0 && (
        <dl class="facts">
          {facts.map((f, i) => (
            <div key={i} class={f.until ? 'fact past' : 'fact'}>
              <dt>{f.label}</dt>
              <dd>
                {f.value !== entity.name && f.value}
                {formatSpan(f) && <span class="span">{f.value !== entity.name ? ' · ' : ''}{formatSpan(f)}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p class="summary">{entity.summary}</p>
      <SourceList sources={entity.sources} />
      {onOpenPanel && (
        <NotesLine noteCount={noteCount} onShow={() => onOpenPanel(`entity:${entity.id}`)} onAdd={() => onOpenPanel(`entity:${entity.id}`, true)} />
      )}
      <footer>
        <span>As of {formatDate(entity.asOf)}</span>
        {entity.sources[0] && <span> · {hostOf(entity.sources[0].url)}</span>}
        {onOpenPanel && (
          <>
            {' · '}
            <button type="button" class="link" onClick={() => onOpenPanel(`entity:${entity.id}`)}>Open in side panel</button>
          </>
        )}
      </footer>
    </article>
  );
}
