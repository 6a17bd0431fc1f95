import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Entity } from '@/lib/kb/types';
import type { Mention } from '@/lib/engine/types';
import { placeCard, type Box } from '@/lib/content/place';
import { EntityCard } from './EntityCard';
import { UnknownNameCard } from './UnknownNameCard';

export interface OpenCard {
  mention: Mention;
  entity: Entity | null;
  flagSvg?: string;
  anchor: Box;
  theme: 'light' | 'dark';
}

type Props = {
  card: OpenCard | null;
  onEnter: () => void;
  onLeave: () => void;
  onClose: () => void;
};

/** Positions the one open card next to its highlight, inside the viewport. */
export function CardLayer({ card, onEnter, onLeave, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!card || !el) return setPos(null);
    const size = { width: el.offsetWidth || 360, height: el.offsetHeight || 200 };
    setPos(placeCard(card.anchor, size, { width: window.innerWidth, height: window.innerHeight }));
  }, [card]);
  if (!card) return null;
  return (
    <div
      ref={ref}
      class={`layer ${card.theme}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby="bs-card-title"
      tabIndex={-1}
      style={pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { left: '-9999px', top: '0px' }}
      onPointerEnter={onEnter}
      onPointerLeave={onLeave}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <button class="close" type="button" aria-label="Close" onClick={onClose}>
        ×
      </button>
      {card.entity ? (
        <EntityCard entity={card.entity} reason={card.mention.reason} flagSvg={card.flagSvg} />
      ) : (
        <UnknownNameCard name={card.mention.text} type={card.mention.type} />
      )}
    </div>
  );
}
