/** Offers back what was typed before a reload, a crash or a closed window. */
export function DraftOffer({
  label,
  message,
  restoreLabel,
  discardLabel,
  onRestore,
  onDiscard,
}: {
  /** The region's accessible name, e.g. "Unsaved draft". */
  label: string;
  message: string;
  restoreLabel: string;
  discardLabel: string;
  onRestore(): void;
  onDiscard(): void;
}) {
  return (
    <div className="draft-offer" role="region" aria-label={label}>
      <p>{message}</p>
      <button type="button" className="primary" onClick={onRestore}>
        {restoreLabel}
      </button>
      <button type="button" onClick={onDiscard}>
        {discardLabel}
      </button>
    </div>
  );
}
