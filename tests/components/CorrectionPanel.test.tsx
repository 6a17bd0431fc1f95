// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CorrectionPanel } from '../../components/CorrectionPanel';
import { CorrectionsList } from '../../components/CorrectionsList';
import type { CorrectionRequest, EntitySummary } from '../../lib/protocol';

const flush = () => new Promise((ok) => setTimeout(ok, 20));
const hilton: EntitySummary = { id: 'paris-hilton', name: 'Paris Hilton', type: 'person', description: 'Media personality' };

function mount(candidates: EntitySummary[] = [hilton]) {
  const el = document.createElement('div');
  const calls: (CorrectionRequest | string)[] = [];
  render(
    <CorrectionPanel
      surface="Paris"
      currentId="city-paris"
      candidates={[{ id: 'city-paris', name: 'Paris', type: 'place', description: 'Capital of France' }, ...candidates]}
      reason='alias "Paris"; beat paris-hilton'
      onCorrect={async (c) => void calls.push(c)}
      onUndo={async (s) => void calls.push(`undo ${s}`)}
      onSearch={async (q) => (q.startsWith('Paris H') ? [hilton] : [])}
    />,
    el,
  );
  return { el, calls };
}

const button = (el: Element, text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent!.includes(text)) as HTMLButtonElement;

describe('CorrectionPanel', () => {
  it('offers "not a name" and the other candidates (not the current one), and says why it linked', async () => {
    const { el, calls } = mount();
    expect(el.textContent).toContain('beat paris-hilton');
    expect([...el.querySelectorAll('.chip')].map((b) => b.textContent)).toEqual(['“Paris” is not a name here', 'Paris Hilton · Person']);
    button(el, 'Paris Hilton').click();
    await flush();
    expect(calls).toEqual([{ surface: 'Paris', action: 'relink', entityId: 'paris-hilton' }]);
    expect(el.textContent).toContain('now links to Paris Hilton');
    button(el, 'Undo').click();
    await flush();
    expect(calls.at(-1)).toBe('undo Paris');
  });

  it('searches the knowledge base and relinks to a result', async () => {
    const { el, calls } = mount([]);
    const input = el.querySelector('input')!;
    input.value = 'Paris H';
    input.dispatchEvent(new Event('input'));
    await flush();
    button(el, 'Paris Hilton').click();
    await flush();
    expect(calls).toEqual([{ surface: 'Paris', action: 'relink', entityId: 'paris-hilton' }]);
  });
});

describe('CorrectionsList', () => {
  it('lists corrections and undoes one', async () => {
    let rows = [
      { surface: 'Paris', action: 'relink' as const, entityId: 'paris-hilton', entityName: 'Paris Hilton', createdAt: 2 },
      { surface: 'Nice', action: 'reject' as const, entityId: null, entityName: null, createdAt: 1 },
    ];
    const el = document.createElement('div');
    render(<CorrectionsList load={async () => rows} undo={async (s) => void (rows = rows.filter((r) => r.surface !== s))} />, el);
    await flush();
    expect([...el.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['“Paris” links to Paris Hilton Undo', '“Nice” is not highlighted Undo']);
    button(el, 'Undo').click();
    await flush();
    await flush();
    expect(el.querySelectorAll('li')).toHaveLength(1);
  });
});
