import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, ROOT, type Launched } from '../../scripts/lib/browser';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve';

export interface Env {
  server: StaticServer;
  browser: Launched;
}

/**
 * For one `describe`: the fixture pages served from 127.0.0.1 and Chromium with the built
 * extension, started before its tests and closed after them.
 */
export function withExtension(opts: { extra?: Record<string, () => string>; hasTouch?: boolean } = {}): Env {
  const env = {} as Env;
  beforeAll(async () => {
    env.server = await serveStatic(join(ROOT, 'tests/fixtures'), opts.extra);
    env.browser = await launchWithExtension({ hasTouch: opts.hasTouch });
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
