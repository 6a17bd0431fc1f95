// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CardLayer, type CardContent } from '../../components/CardLayer';
import type { Claim } from '../../lib/claims/index';
import type { Mention } from '../../lib/engine/types';
import { entity } from '../helpers/kb';

const mention: Mention = { start: 0, end: 10, text: 'Yoan Valat', entityId: null, type: 'person', confidence: 0.6, reason: 'capitalized name', highlight: true };
const claim: Claim = { text: '“We will not.”', start: 0, end: 14, kind: 'quote', kinds: ['quote'], score: 0.4, speaker: { entityId: null, name: 'A. Speaker' }, numbers: [], source: null, contexts: [] };

const contents: [string, CardContent, string][] = [
  ['a known name', { kind: 'name', mention: { ...mention, entityId: 'ada-lovelace', text: 'Lovelace' }, entity: entity(), candidates: [] }, 'Ada Lovelace'],
  ['an unknown name', { kind: 'name', mention, entity: null, candidates: [] }, 'Yoan Valat'],
  ['a claim', { kind: 'claim', claim, speaker: null, contexts: [], target: 'claim:x' }, '“We will not.”'],
];

describe('CardLayer', () => {
  it.each(contents)('labels the dialog for %s by its heading', (_what, content, heading) => {
    const el = document.createElement('div');
    document.body.append(el);
    render(<CardLayer card={{ content, anchor: { left: 10, top: 10, width: 50, height: 16 }, theme: 'light' }} onEnter={() => {}} onLeave={() => {}} onClose={() => {}} />, el);
    const dialog = el.querySelector('[role="dialog"]')!;
    const labelledBy = dialog.getAttribute('aria-labelledby')!;
    expect(el.querySelector(`#${labelledBy}`)?.textContent).toBe(heading);
    expect(el.querySelector('button[aria-label="Close"]')).not.toBeNull();
    render(null, el);
  });
});
