import type { ReportClaim } from '@/lib/protocol';
import { numberClaims, quotesBySpeaker } from '@/lib/ui/claims-view';

type Props = { claims: readonly ReportClaim[] };

/** The side panel's "Who said what" and "Numbers in this article". */
export function ClaimsSection({ claims }: Props) {
  const speakers = quotesBySpeaker(claims);
  const numbers = numberClaims(claims);
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
                {s.quotes.map((q, i) => (
                  <li key={i} class={q.kind === 'quote' ? 'quote' : 'reported'}>
                    {q.kind === 'quote' ? q.text : <>Reported: {q.text}</>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {numbers.length > 0 && (
        <section aria-label="Numbers in this article">
          <h2>Numbers in this article</h2>
          <ul class="numbers">
            {numbers.map((c, i) => (
              <li key={i} class="number">
                <strong>{c.numbers.map((n) => (n.counted ? `${n.text} ${n.counted}` : n.text)).join('; ')}</strong>
                <span class="muted"> — {c.source ? `source: ${c.source}` : 'no source stated'}</span>
                {c.contexts.length > 0 && <div class="context-link">Background: {c.contexts.map((x) => x.title).join('; ')}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
