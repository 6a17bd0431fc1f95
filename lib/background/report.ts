import type { Mention } from '../engine/types';
import type { Claim } from '../claims/index';
import { claimTarget } from '../claims/key';
import { shownClaims } from '../claims/shown';
import type { Context, Entity } from '../kb/types';
import type { ReportClaim, ReportEntry, TabReport } from '../protocol';

function reportClaim(c: Claim, entities: Readonly<Record<string, Entity>>, contexts: Readonly<Record<string, Context>>): ReportClaim {
  const speakerEntity = c.speaker?.entityId ? entities[c.speaker.entityId] : undefined;
  return {
    target: claimTarget(c.text),
    text: c.text,
    kind: c.kind,
    score: c.score,
    speaker: c.speaker ? { entityId: c.speaker.entityId, name: speakerEntity?.name ?? c.speaker.name } : null,
    numbers: c.numbers.map((n) => ({ text: n.text, ...(n.counted ? { counted: n.counted } : {}) })),
    source: c.source,
    contexts: c.contexts.flatMap((id) => (contexts[id] ? [{ id, title: contexts[id].title }] : [])),
  };
}

/** The note target (and report key) of a name the knowledge base does not hold: its variants share it. */
export function unknownTarget(m: Pick<Mention, 'groupKey' | 'text'>): string {
  return `name:${m.groupKey ?? m.text}`;
}

/** Groups an article's mentions into the side panel's list: one entry per entity or unknown name. */
export function buildReport(
  tab: { tabId: number; url: string; title: string },
  mentions: readonly Mention[],
  entities: Readonly<Record<string, Entity>>,
  claims: readonly Claim[] = [],
  contexts: Readonly<Record<string, Context>> = {},
  now = Date.now(),
): TabReport {
  const entries = new Map<string, ReportEntry>();
  for (const m of mentions) {
    const e = m.entityId ? entities[m.entityId] : undefined;
    const key = e ? `entity:${e.id}` : unknownTarget(m);
    const prior = entries.get(key);
    if (prior) {
      prior.count++;
      continue;
    }
    if (!m.highlight && !e) continue;
    entries.set(key, {
      key,
      entityId: e?.id ?? null,
      name: e?.name ?? m.text,
      type: e?.type ?? m.type,
      count: 1,
      description: e?.description ?? null,
      sources: e?.sources ?? [],
      asOf: e?.asOf ?? null,
    });
  }
  const list = [...entries.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return {
    ...tab,
    at: now,
    entries: list,
    mentionCount: mentions.length,
    claims: shownClaims(claims).map((c) => reportClaim(c, entities, contexts)),
  };
}
