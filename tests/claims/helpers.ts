/**
 * What the claims rule tests ask of the engine, in one place: the claim holding a part of the text, and the
 * speaker of a quotation. Speakers are read as the extension reads them, with a spotter's mentions (by default
 * a spotter with an empty knowledge base, so only the names it finds outside it); `unspotted` reads with no
 * mentions at all, as the engine's oldest tests did.
 */
import { findClaims } from '../../lib/claims/index';
import { createSpotter, type Spotter } from '../../lib/engine/spotter';

/** A spotter whose knowledge base is empty: it finds names the text introduces, and links none. */
export const spotter = createSpotter([]);

/** The first claim whose text holds `part`, read with `s`'s mentions (or none, given null). */
export const claimAt = (text: string, part: string, s: Spotter | null = spotter) => findClaims(text, s ? s.find(text) : []).find((c) => c.text.includes(part));

/** The speaker's name of the first quotation holding `quoted`, or null. */
export const quoteSpeaker = (text: string, quoted: string, s: Spotter | null = spotter) =>
  findClaims(text, s ? s.find(text) : []).find((c) => c.kind === 'quote' && c.text.includes(quoted))?.speaker?.name ?? null;

/** The speaker's name of the first quotation holding `quoted`, read with no mentions. */
export const unspottedSpeaker = (text: string, quoted: string) => quoteSpeaker(text, quoted, null);
