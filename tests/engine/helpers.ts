import { createSpotter, type FindOptions } from '../../lib/engine/spotter';
import type { EntityLite, Mention } from '../../lib/engine/types';
import { FIXTURE_ENTITIES } from './fixtures';

export const spotter = createSpotter(FIXTURE_ENTITIES);

/** [text, entityId] pairs, in order. */
export function pairs(text: string, opts?: FindOptions, entities?: EntityLite[]): [string, string | null][] {
  const s = entities ? createSpotter(entities) : spotter;
  return s.find(text, opts).map((m) => [m.text, m.entityId]);
}

export function linkedTo(mentions: Mention[], id: string): Mention[] {
  return mentions.filter((m) => m.entityId === id);
}
