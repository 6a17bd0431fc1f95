import { ATTRIBUTIONS } from '@/lib/kb/attributions';

/** Where the bundled knowledge comes from, and the licences it is used under. */
export function Attributions() {
  return (
    <section aria-label="Attributions">
      <h2>Attributions</h2>
      <p>
        The authored knowledge entries are written by the Backstory authors in their own words; each names its sources
        and the date it was last checked. Countries, cities and flags come from open data:
      </p>
      <ul class="attributions">
        {ATTRIBUTIONS.map((a) => (
          <li key={a.name}>
            <strong>{a.name}</strong> — {a.what}. {a.notice} Licence: <a href={a.file}>{a.license}</a>.
          </li>
        ))}
      </ul>
      <p class="muted">
        All notices: <a href="/licenses/THIRD_PARTY_NOTICES.md">THIRD_PARTY_NOTICES.md</a>, shipped with the extension.
      </p>
    </section>
  );
}
