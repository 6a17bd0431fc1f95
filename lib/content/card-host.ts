import { h, render } from 'preact';
import { CardLayer, type OpenCard } from '@/components/CardLayer';
import cardCss from '@/components/card.css?inline';
import type { CorrectionHandlers } from '@/components/CorrectionPanel';
import { OWNED_ATTR } from './owned';

export interface CardHost {
  show(card: OpenCard | null): void;
  /** True when the event's target is inside the card. */
  owns(target: EventTarget | null): boolean;
  focus(): void;
  destroy(): void;
}

/**
 * A fixed, zero-size host at the end of <html> with a closed shadow root: the page's CSS
 * cannot reach the card, the card's CSS cannot reach the page, page scripts cannot walk
 * into it, and nothing in the page's layout moves.
 */
export function createCardHost(
  doc: Document,
  handlers: { onEnter(): void; onLeave(): void; onClose(): void; onOpenEntity?(id: string): void; onOpenPanel?(target: string, note?: boolean): void; corrections?: CorrectionHandlers },
): CardHost {
  const host = doc.createElement('backstory-card');
  host.setAttribute(OWNED_ATTR, '');
  host.setAttribute('style', 'position:fixed;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;z-index:2147483647;display:block;');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(host);
  let current: OpenCard | null = null;
  const paint = () => render(h(CardLayer, { card: current, ...handlers }), mount);
  return {
    show(card) {
      current = card;
      paint();
    },
    owns(target) {
      return target === host;
    },
    focus() {
      (shadow.querySelector('.layer') as HTMLElement | null)?.focus();
    },
    destroy() {
      render(null, mount);
      host.remove();
    },
  };
}
