import type { ReactNode } from 'react';

/** The title bar of every admin page: its heading, and its buttons at the other end. */
export function AdminPageHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <header className="admin-header">
      <h1>{title}</h1>
      <div className="admin-actions">{children}</div>
    </header>
  );
}
