type Props = { name: string; type: string };

/** The card for a name the knowledge base does not hold. */
export function UnknownNameCard({ name, type }: Props) {
  return (
    <article class="card" aria-label={`Name not in your knowledge base: ${name}`}>
      <header>
        <span class="badge badge-other">{type === 'other' ? 'Name' : type}</span>
        <h2 id="bs-card-title">{name}</h2>
        <p class="description">Not in your knowledge base yet.</p>
      </header>
      <p class="summary">Backstory spotted this name but has no background on it. You can add a knowledge pack that covers it from the options page.</p>
    </article>
  );
}
