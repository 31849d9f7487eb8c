import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../tools.css';
import { useToolNamespaces } from '../use-namespaces';
import { GlossaryBrowser } from './GlossaryBrowser';

/** The glossary over any screen, in a modal dialog (focus trapped, Escape closes). */
function GlossaryDialog({ termId, onClose }: { termId: string | null; onClose(): void }) {
  const { t } = useTranslation('tools');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="glossary-dialog"
      aria-labelledby="glossary-dialog-title"
      onClose={onClose}
    >
      <header className="glossary-dialog-header">
        <h2 id="glossary-dialog-title">{t('glossary.title')}</h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <GlossaryBrowser initialTermId={termId} />
    </dialog>
  );
}

/**
 * The "Lexique" button, for any header or toolbar of the portal: opens the glossary
 * dialog. Self-contained, so a screen adds it in one line.
 */
export function GlossaryButton() {
  const { t } = useTranslation('tools');
  const ready = useToolNamespaces();
  const [open, setOpen] = useState(false);
  if (!ready) return null;
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('glossary.open')}
      </button>
      {open ? <GlossaryDialog termId={null} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/**
 * What a help sheet renders for [mot](lexique:identifiant): the word as a link that
 * opens the glossary at that term.
 */
export function GlossaryLink({ termId, children }: { termId: string; children: ReactNode }) {
  const ready = useToolNamespaces();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="glossary-link" onClick={() => setOpen(true)}>
        {children}
      </button>
      {open && ready ? <GlossaryDialog termId={termId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
