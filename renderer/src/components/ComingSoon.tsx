import type { ReactNode } from 'react';
import { ScreenHeading } from './ScreenHeading';

/** A screen whose feature is not built yet: it says plainly what will be here. */
export function ComingSoon({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="screen">
      <ScreenHeading>{title}</ScreenHeading>
      <div className="empty-state">{children}</div>
    </section>
  );
}
