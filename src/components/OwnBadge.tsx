/** The mark on everything an analyst loaded themselves: words, not colour alone, so it reads on a projector. */
export function OwnBadge({ label, title }: { label: string; title?: string }) {
  return (
    <span className="own-badge" title={title}>
      {label}
    </span>
  );
}
