import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import type { SiteStateDto } from '../../src-main/api/contract/namespaces/site';
import { api } from '../app/api';
import { HelpSheetPanel } from '../sheets/HelpSheetPanel';
import { FileChooserDialog } from './FileChooserDialog';
import { FinishDialog } from './FinishDialog';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import { useAnyOverlayOpen } from './overlay-store';
import { SiteArea } from './SiteArea';
import { SiteToolbar } from './SiteToolbar';
import { siteViewVisible } from './site-view-visibility';
import { useKioskNamespace } from './use-kiosk-namespace';
import './kiosk.css';

/** /site/:demarcheId — the official site under the borne's toolbar, the help beside it. */
export default function SiteScreen() {
  const { demarcheId } = useParams<{ demarcheId: string }>();
  const ready = useKioskNamespace();
  if (!ready) return null;
  return <SiteOpener key={demarcheId} demarcheId={demarcheId} />;
}

/** Opens the démarche's site (once per démarche) and follows its state. */
function SiteOpener({ demarcheId }: { demarcheId: string }) {
  const { t, i18n } = useTranslation('kiosk');
  const [state, setState] = useState<SiteStateDto | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    const off = api().on('siteChanged', (next) => {
      if (current) setState(next);
    });
    api()
      .site.open({ demarcheId, language: i18n.language })
      .then(
        (opened) => current && setState(opened),
        () => current && setFailed(true),
      );
    return () => {
      current = false;
      off();
    };
    // The language only names the context menu; a change does not reopen the site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [demarcheId]);

  if (failed) {
    return (
      <p role="alert" className="page">
        {t('site.unavailable')}
      </p>
    );
  }
  if (!state) {
    return (
      <p role="status" className="page">
        {t('site.loading')}
      </p>
    );
  }
  return <SiteLayout state={state} />;
}

function SiteLayout({ state }: { state: SiteStateDto }) {
  const { i18n } = useTranslation('kiosk');
  const [, navigate] = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  const [keyboardOpen, setKeyboardOpen] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const overlayOpen = useAnyOverlayOpen();
  const visible = siteViewVisible({
    status: state.status,
    refused: state.refusal !== null,
    overlayOpen,
  });
  const title = state.title ? (state.title[i18n.language] ?? state.title.fr ?? '') : '';

  const goHome = async () => {
    await api().site.home();
    navigate('/');
  };
  const goBack = async () => {
    const { wentBack } = await api().site.back();
    if (!wentBack) {
      if (window.history.length > 1) window.history.back();
      else navigate('/');
    }
  };
  const finish = async () => {
    await api().session.end();
    navigate('/fin');
  };

  return (
    <div className="site-screen">
      <SiteToolbar
        title={title}
        helpOpen={helpOpen}
        keyboardAvailable={state.keyboardLayouts.length > 0}
        keyboardOpen={keyboardOpen}
        onHome={() => void goHome()}
        onBack={() => void goBack()}
        onPrint={() => navigate('/print/page')}
        onHelp={() => setHelpOpen(!helpOpen)}
        onKeyboard={() => setKeyboardOpen(!keyboardOpen)}
        onFinish={() => setFinishing(true)}
      />
      <div className="site-body">
        <SiteArea state={state} visible={visible} />
        {helpOpen && state.sheetId && (
          <aside className="site-help">
            <HelpSheetPanel sheetId={state.sheetId} onClose={() => setHelpOpen(false)} />
          </aside>
        )}
      </div>
      {keyboardOpen && state.keyboardLayouts.length > 0 && (
        <OnScreenKeyboard layouts={state.keyboardLayouts} onClose={() => setKeyboardOpen(false)} />
      )}
      {finishing && (
        <FinishDialog onConfirm={() => void finish()} onCancel={() => setFinishing(false)} />
      )}
      {state.fileChooser && <FileChooserDialog chooser={state.fileChooser} />}
    </div>
  );
}
