/**
 * Worker-thread entry of the pipeline bench, bundled and minified together with the engine (scripts/lib/shipped.ts):
 * builds the spotter from the entities it is sent and times names and claims on the pages (time-engine.ts), in a
 * thread whose heap and compiled code hold nothing but the engine as the extension ships it — as the extension's
 * background worker does, and unlike the bench's main thread, which has parsed every page and runs the sources too.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { findClaims } from '../../lib/claims/index';
import { createSpotter } from '../../lib/engine/spotter';
import type { EntityLite } from '../../lib/engine/types';
import type { Context } from '../../lib/kb/types';
import { timeEngine, type PageText } from './time-engine';

const { entities, contexts, pages, rounds } = workerData as { entities: EntityLite[]; contexts: Context[]; pages: PageText[]; rounds: number };
parentPort!.postMessage(timeEngine(createSpotter(entities), findClaims, contexts, pages, rounds));
