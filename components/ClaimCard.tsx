import type { Claim } from '@/lib/claims/index';
import type { Context, Entity } from '@/lib/kb/types';
import { formatDate } from '@/lib/ui/format';
import { SourceList } from './SourceList';
import { NotesLine } from './NotesLine';

const KIND_LABEL: Record<Claim['kind'], string> = {
  statistic: 'Statistic',
  quote: 'Quote',
  attributed: 'Attributed statement',
  comparison: 'Comparison',
  prediction: 'Prediction',
};

type Props = {
  claim: Claim;
  speaker: Entity | null;
  contexts: readonly Context[];
  onOpenEntity?: (id: string) => void;
  /** How many notes the reader has on this claim (the text stays in the side panel). */
  noteCount?: number;
  onAddNote?: () => void;
  onShowNotes?: () => void;
};

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The card for a claim: what is claimed, who says so, the numbers, the stated source and what is known. */
export function ClaimCard({ claim, speaker, contexts, onOpenEntity, noteCount = 0, onAddNote, onShowNotes }: Props) {
  const who = speaker?.name ?? claim.speaker?.name ?? null;
  return (
    <article class="card claim" aria-label={`${KIND_LABEL[claim.kind]}${who ? ` by ${who}` : ''}`}>
      <header>
        <span class="badge badge-claim">{KIND_LABEL[claim.kind]}</span>
        <h2 id="bs-card-title" class="claim-text">{clip(claim.text, 280)}</h2>
      </header>
      <dl class="facts">
        {who && (
          <div class="fact">
            <dt>{claim.kind === 'quote' ? 'Said by' : 'Attributed to'}</dt>
            <dd>
              {speaker && onOpenEntity ? (
                <button type="button" class="link" onClick={() => onOpenEntity(speaker.id)}>{who}</button>
              ) : (
                who
              )}
              {!speaker && <span class="span"> · not in your knowledge base</span>}
            </dd>
          </div>
        )}
        {claim.numbers.length > 0 && (
          <div class="fact">
            <dt>Numbers</dt>
            <dd>{claim.numbers.map((n) => (n.counted ? `${n.text} ${n.counted}` : n.text)).join('; ')}</dd>
          </div>
        )}
        <div class="fact">
          <dt>Stated source</dt>
          <dd>{claim.source ?? <span class="span">none given in the article</span>}</dd>
        </div>
        <div class="fact">
          <dt>Check-worthiness</dt>
          <dd>{Math.round(claim.score * 100)} / 100</dd>
        </div>
      </dl>
      {contexts.length > 0 ? (
        contexts.slice(0, 2).map((c) => (
          <section key={c.id} class="context" aria-label={`What is known: ${c.title}`}>
            <h3>What is known: {c.title}</h3>
            <p class="summary">{c.summary}</p>
            {c.facts.length > 0 && (
              <ul class="context-facts">
                {c.facts.slice(0, 4).map((f, i) => (
                  <li key={i}>
                    {f.label}: {f.value}
                  </li>
                ))}
              </ul>
            )}
            <SourceList sources={c.sources} />
            <p class="span">As of {formatDate(c.asOf)}</p>
          </section>
        ))
      ) : (
        <p class="span">No background in your knowledge base for this claim yet.</p>
      )}
      {onAddNote && onShowNotes && <NotesLine noteCount={noteCount} onShow={onShowNotes} onAdd={onAddNote} />}
    </article>
  );
}
