import { describe, expect, it } from 'vitest';
import { keyAction, step } from '../../lib/content/keys';

const key = (over: Partial<KeyboardEvent>) => ({ key: '', code: '', altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...over });

describe('keyboard', () => {
  it('maps Alt+Shift+N/P to moving between highlights and Escape to closing an open card', () => {
    expect(keyAction(key({ code: 'KeyN', key: 'N', altKey: true, shiftKey: true }), false)).toBe('next');
    expect(keyAction(key({ code: 'KeyP', key: '∏', altKey: true, shiftKey: true }), false)).toBe('previous');
    expect(keyAction(key({ code: 'KeyN', key: 'n' }), false)).toBeNull();
    expect(keyAction(key({ code: 'KeyN', altKey: true, shiftKey: true, ctrlKey: true }), false)).toBeNull();
    expect(keyAction(key({ key: 'Escape' }), true)).toBe('close');
    expect(keyAction(key({ key: 'Escape' }), false)).toBeNull(); // the page keeps its own Escape
  });
  it('steps through highlights and wraps around', () => {
    expect(step(-1, 3, 'next')).toBe(0);
    expect(step(-1, 3, 'previous')).toBe(2);
    expect(step(2, 3, 'next')).toBe(0);
    expect(step(0, 3, 'previous')).toBe(2);
    expect(step(-1, 0, 'next')).toBe(-1);
  });
});
