import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useOverlay } from './overlay-store';

export interface KioskDialogProps {
  title: string;
  children: ReactNode;
  /** The buttons, the first one gets the focus. */
  actions: ReactNode;
  /** "alertdialog" for what needs an answer now (the idle countdown). */
  role?: 'dialog' | 'alertdialog';
  onEscape?(): void;
}

/**
 * A modal dialog of the borne: a native <dialog> (focus kept inside, the page behind
 * inert), registered as open so the site view hides while it shows.
 */
export function KioskDialog({
  title,
  children,
  actions,
  role = 'dialog',
  onEscape,
}: KioskDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useOverlay(true);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('.kiosk-dialog-actions button')?.focus();
    return () => dialog.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="kiosk-dialog"
      role={role}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onEscape?.();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="kiosk-dialog-actions">{actions}</div>
    </dialog>
  );
}
