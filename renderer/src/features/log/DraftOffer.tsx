/** Offers back what was typed before a reload, crash or closed window. */
export function DraftOffer({ onRestore, onDiscard }: { onRestore(): void; onDiscard(): void }) {
  return (
    <div className="draft-offer" role="region" aria-label="Unsaved draft">
      <p>You have an unsaved draft of this conversation.</p>
      <button type="button" className="primary" onClick={onRestore}>
        Restore draft
      </button>
      <button type="button" onClick={onDiscard}>
        Discard draft
      </button>
    </div>
  );
}
