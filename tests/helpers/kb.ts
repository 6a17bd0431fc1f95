import type { Entity, Pack } from '../../lib/kb/types';

/** A valid entity, with any field replaced. */
export function entity(over: Partial<Entity> = {}): Entity {
  return {
    id: 'ada-lovelace', wikidata: null, type: 'person', name: 'Ada Lovelace', aliases: ['Lovelace'],
    description: 'Mathematician', summary: 'Wrote about the Analytical Engine.',
    facts: [{ label: 'Born', value: '1815' }], related: [], prominence: 0.5,
    sources: [{ title: 'Ada Lovelace', url: 'https://en.wikipedia.org/wiki/Ada_Lovelace' }], asOf: '2025-06-30',
    ...over,
  };
}

/** A pack around the given entries. */
export function pack(entities: unknown[], over: Partial<Pack> = {}): Pack {
  return { format: 'backstory-pack/1', id: 'test', title: 'Test', version: '1', entities: entities as Entity[], contexts: [], ...over };
}

