import type { ReportClaim } from '@/lib/protocol';
import { numberClaims, quotesBySpeaker } from '@/lib/ui/claims-view';
import { useFocusedItem } from '@/lib/ui/use-focused-item';
import { Notes, type NotesApi } from './Notes';

type Props = {
  claims: readonly ReportClaim[];
  /** The note target a card asked to bring into view ("claim:<key>"), if any. */
  focus?: string | null;
  compose?: boolean;
  notes?: NotesApi;
};

/** The side panel's "Who said what" and "Numbers in this article", each claim with the reader's notes. */
export function ClaimsSection({ claims, focus = null, compose = false, notes }: Props) {
  const speakers = quotesBySpeaker(claims);
  const numbers = numberClaims(claims);
  const item = (c: ReportClaim, i: number, body: preact.ComponentChildren, cls: string) => (
    <ClaimItem key={`${c.target}:${i}`} claim={c} cls={cls} focused={focus === c.target} compose={compose} notes={notes}>
      {body}
    </ClaimItem>
  );
  return (
    <>
      {speakers.length > 0 && (
        <section aria-label="Who said what">
          <h2>Who said what</h2>
          {speakers.map((s) => (
            <div key={s.key} class="speaker" data-speaker={s.entityId ?? ''}>
              <h3 class="speaker-name">
                {s.name} <span class="count">{s.quotes.length}</span>
              </h3>
              <ul class="quotes">
                {s.quotes.map((q, i) => item(q, i, q.kind === 'quote' ? q.text : <>Reported: {q.text}</>, q.kind === 'quote' ? 'quote' : 'reported'))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {numbers.length > 0 && (
        <section aria-label="Numbers in this article">
          <h2>Numbers in this article</h2>
          <ul class="numbers">
            {numbers.map((c, i) =>
              item(
                c,
                i,
                <>
                  <strong>{c.numbers.map((n) => (n.counted ? `${n.text} ${n.counted}` : n.text)).join('; ')}</strong>
                  <span class="muted"> — {c.source ? `source: ${c.source}` : 'no source stated'}</span>
                  {c.contexts.length > 0 && <div class="context-link">Background: {c.contexts.map((x) => x.title).join('; ')}</div>}
                </>,
                'number',
              ),
            )}
          </ul>
        </section>
      )}
    </>
  );
}

function ClaimItem({ claim, cls, focused, compose, notes, children }: { claim: ReportClaim; cls: string; focused: boolean; compose: boolean; notes?: NotesApi; children: preact.ComponentChildren }) {
  const { open, setOpen, ref } = useFocusedItem<HTMLLIElement>(focused);
  return (
    <li ref={ref} class={focused ? `${cls} focused` : cls} data-claim={claim.target}>
      {children}
      {notes && (
        <>
          {' '}
          <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>Notes</button>
          {open && <Notes target={claim.target} name="this claim" api={notes} compose={focused && compose} />}
        </>
      )}
    </li>
  );
}
