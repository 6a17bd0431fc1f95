/** Where the bundled knowledge comes from, and the licences it is used under. */
export function Attributions() {
  return (
    <section aria-label="Attributions">
      <h2>Attributions</h2>
      <p>
        The knowledge entries are written by the Backstory authors in their own words; each names its sources and the date it
        was last checked. Every source link opens the original publisher's page.
      </p>
      <p class="muted">Licences of bundled data and code are listed in THIRD_PARTY_NOTICES.md, shipped with the extension as <code>licenses/</code>.</p>
    </section>
  );
}
