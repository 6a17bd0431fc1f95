import type { EntityLite } from '../../lib/engine/types';

/** A small hand-written entity list for the engine tests (not the real knowledge base). */
export const FIXTURE_ENTITIES: EntityLite[] = [
  {
    id: 'volodymyr-zelenskyy', type: 'person', name: 'Volodymyr Zelenskyy',
    aliases: ['Zelenskyy', 'Zelensky', 'Zelenskiy'], prominence: 0.9,
    cues: ['president', 'ukraine'], related: ['ukraine'],
  },
  {
    id: 'emmanuel-macron', type: 'person', name: 'Emmanuel Macron', aliases: ['Macron'],
    prominence: 0.85, cues: ['france', 'french'], related: ['france'],
  },
  { id: 'steve-witkoff', type: 'person', name: 'Steve Witkoff', aliases: [], prominence: 0.6, related: ['united-states'] },
  {
    id: 'nato', type: 'organization', name: 'North Atlantic Treaty Organization', aliases: ['NATO'],
    prominence: 0.9, cues: ['alliance', 'military'],
  },
  {
    id: 'russia', type: 'place', name: 'Russia', aliases: ['Russian Federation'], prominence: 0.95,
    linkOnly: ['Russian', 'Russians'], related: ['kremlin', 'moscow'],
  },
  {
    id: 'ukraine', type: 'place', name: 'Ukraine', aliases: [], prominence: 0.95, linkOnly: ['Ukrainian'],
    related: ['kyiv', 'volodymyr-zelenskyy'],
  },
  {
    id: 'paris', type: 'place', name: 'Paris', aliases: [], prominence: 0.8,
    cues: ['france', 'french', 'city', 'capital', 'summit'], related: ['france'],
  },
  {
    id: 'paris-hilton', type: 'person', name: 'Paris Hilton', aliases: ['Paris'], prominence: 0.2,
    cues: ['hotel', 'heiress', 'celebrity', 'reality', 'singer'],
  },
  { id: 'saudi-arabia', type: 'place', name: 'Saudi Arabia', aliases: [], prominence: 0.8 },
  { id: 'kremlin', type: 'organization', name: 'Kremlin', aliases: ['the Kremlin'], prominence: 0.8, related: ['russia'] },
  { id: 'moscow', type: 'place', name: 'Moscow', aliases: [], prominence: 0.85, related: ['russia'] },
  { id: 'kyiv', type: 'place', name: 'Kyiv', aliases: ['Kiev'], prominence: 0.85, related: ['ukraine'] },
  {
    id: 'united-states', type: 'place', name: 'United States',
    aliases: ['US', 'U.S.', 'United States of America', 'America'], prominence: 0.95, linkOnly: ['American'],
  },
  { id: 'europe', type: 'place', name: 'Europe', aliases: [], prominence: 0.8 },
  { id: 'france', type: 'place', name: 'France', aliases: [], prominence: 0.9, linkOnly: ['French'] },
];
