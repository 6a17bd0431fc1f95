// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import { entity } from '../helpers/kb';

describe('EntityCard', () => {
  it('shows the name, dated roles, summary, sources and the asOf date', () => {
    const el = document.createElement('div');
    render(
      <EntityCard
        entity={entity({
          facts: [
            { label: 'Countess of Lovelace', value: 'by marriage', since: '1838', role: true },
            { label: 'Born', value: '1815, London' },
          ],
          sources: [{ title: 'Ada Lovelace', url: 'https://en.wikipedia.org/wiki/Ada_Lovelace', publisher: 'Wikipedia' }],
        })}
      />,
      el,
    );
    expect(el.querySelector('h2')!.textContent).toBe('Ada Lovelace');
    expect(el.querySelector('.fact')!.textContent).toContain('since 1838');
    const link = el.querySelector('.sources a') as HTMLAnchorElement;
    expect(link.href).toBe('https://en.wikipedia.org/wiki/Ada_Lovelace');
    expect(link.rel).toBe('noopener noreferrer');
    expect(el.textContent).toContain('As of 30 Jun 2025');
    expect(el.querySelector('article')!.getAttribute('aria-label')).toBe('Background: Ada Lovelace');
  });
});
