import type { Source } from '@/lib/kb/types';
import { hostOf } from '@/lib/ui/format';

type Props = { sources: readonly Source[] };

/** A knowledge entry's sources, as links that open in a new tab without a referrer. */
export function SourceList({ sources }: Props) {
  if (!sources.length) return null;
  return (
    <section class="sources" aria-label="Sources">
      <h3>Sources</h3>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>{' '}
            <span class="publisher">{s.publisher ?? hostOf(s.url)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
