import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Background on the names and claims in the news you read, from a knowledge base that lives on your own machine.',
    // Minimal permissions: storage for settings, tabs to know the active tab's URL in the
    // side panel/popup, sidePanel for Chrome's side panel. No host permissions beyond the
    // content script's match patterns; no network access is ever needed.
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'",
    },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Turn highlights on or off on this site',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
