import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen scrolls inside this box, not the page. The box takes the
 * keyboard focus (tabIndex 0) so that it can be scrolled with the arrow keys, and has a name.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ overflowX: 'auto', maxWidth: '100%' }}
    >
      {children}
    </div>
  );
}
