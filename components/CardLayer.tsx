import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Claim } from '@/lib/claims/index';
import type { Context, Entity } from '@/lib/kb/types';
import type { Mention } from '@/lib/engine/types';
import type { EntitySummary } from '@/lib/protocol';
import { placeCard, type Box, type Placement } from '@/lib/content/place';
import { unknownTarget } from '@/lib/background/report';
import { ClaimCard } from './ClaimCard';
import { CorrectionPanel, type CorrectionHandlers } from './CorrectionPanel';
import { EntityCard } from './EntityCard';
import { UnknownNameCard } from './UnknownNameCard';

/** What an open card shows: a name (known or not) or a claim. */
export type CardContent =
  | { kind: 'name'; mention: Mention; entity: Entity | null; flagSvg?: string; candidates: EntitySummary[]; noteCount?: number }
  | { kind: 'claim'; claim: Claim; speaker: Entity | null; contexts: Context[]; target: string; noteCount?: number };

export interface OpenCard {
  content: CardContent;
  anchor: Box;
  theme: 'light' | 'dark';
}

type Props = {
  card: OpenCard | null;
  onEnter: () => void;
  onLeave: () => void;
  onClose: () => void;
  /** Shows an entity's card in place of the current one (a claim's speaker). */
  onOpenEntity?: (id: string) => void;
  /** Readers' corrections of a name's highlight. */
  corrections?: CorrectionHandlers;
  /** Opens the side panel on a note target ("entity:<id>", "claim:<key>"), with its note box when `note`. */
  onOpenPanel?: (target: string, note?: boolean) => void;
};

/** Positions the one open card next to its highlight, inside the viewport. */
export function CardLayer({ card, onEnter, onLeave, onClose, onOpenEntity, corrections, onOpenPanel }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<Placement | null>(null);
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
      style={
        pos
          ? { left: `${pos.left}px`, top: `${pos.top}px`, ...(pos.maxHeight ? { maxHeight: `${pos.maxHeight}px` } : {}) }
          : { left: '-9999px', top: '0px' }
      }
      onPointerEnter={onEnter}
      onPointerLeave={onLeave}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <button class="close" type="button" aria-label="Close" onClick={onClose}>
        ×
      </button>
      <Content content={card.content} onOpenEntity={onOpenEntity} onOpenPanel={onOpenPanel} />
      {card.content.kind === 'name' && corrections && (
        <CorrectionPanel
          key={`${card.content.mention.start}:${card.content.mention.text}`}
          surface={card.content.mention.text}
          currentId={card.content.mention.entityId}
          candidates={card.content.candidates}
          reason={card.content.mention.reason}
          {...corrections}
        />
      )}
    </div>
  );
}

function Content({ content, onOpenEntity, onOpenPanel }: { content: CardContent; onOpenEntity?: (id: string) => void; onOpenPanel?: (target: string, note?: boolean) => void }) {
  if (content.kind === 'claim')
    return (
      <ClaimCard
        claim={content.claim}
        speaker={content.speaker}
        contexts={content.contexts}
        onOpenEntity={onOpenEntity}
        noteCount={content.noteCount}
        onAddNote={onOpenPanel && (() => onOpenPanel(content.target, true))}
        onShowNotes={onOpenPanel && (() => onOpenPanel(content.target))}
      />
    );
  return content.entity ? (
    <EntityCard entity={content.entity} flagSvg={content.flagSvg} noteCount={content.noteCount} onOpenPanel={onOpenPanel} />
  ) : (
    <UnknownNameCard
      name={content.mention.text}
      type={content.mention.type}
      noteCount={content.noteCount}
      onAddNote={onOpenPanel && (() => onOpenPanel(unknownTarget(content.mention), true))}
      onShowNotes={onOpenPanel && (() => onOpenPanel(unknownTarget(content.mention)))}
    />
  );
}
