import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteStateDto, ViewArea } from '../../src-main/api/contract/namespaces/site';
import { api } from '../app/api';
import { RefusedPage } from './RefusedPage';
import { areaOf, sameArea } from './site-view-visibility';

/**
 * The room the UI leaves for the official site. Its rectangle is sent to the main side
 * whenever it changes (window, help panel, keyboard), or null while the view must hide.
 * Under the native view nothing of this shows; what shows here when the view hides is
 * the borne's own: the refused page, "the site does not answer", or (in the preview host,
 * where there is no native view) a stand-in that names the page the site is on.
 */
export function SiteArea({ state, visible }: { state: SiteStateDto; visible: boolean }) {
  const { t } = useTranslation('kiosk');
  const element = useSiteAreaLayout(visible);

  let content = null;
  if (state.refusal) {
    content = (
      <RefusedPage refusal={state.refusal} onBack={() => void api().site.acknowledgeRefusal()} />
    );
  } else if (state.status === 'load-failed') {
    content = (
      <section className="site-notice" aria-labelledby="site-failed-title">
        <h2 id="site-failed-title">{t('site.loadFailedTitle')}</h2>
        <p>{t('site.loadFailedText')}</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void api().site.retry()}
        >
          {t('site.retry')}
        </button>
      </section>
    );
  } else if (!visible) {
    content = <p className="site-hidden">{t('site.hidden')}</p>;
  } else if (state.view === 'represented') {
    content = (
      <section className="site-stand-in" aria-labelledby="site-stand-in-title">
        <h2 id="site-stand-in-title">{t('site.standInTitle')}</h2>
        {state.host && (
          <p className="site-stand-in-host">
            {t('site.standInHost')} <span dir="ltr">{state.host}</span>
          </p>
        )}
        <p className="site-stand-in-note">{t('site.standInNote')}</p>
      </section>
    );
  } else if (state.status === 'loading') {
    content = <p role="status">{t('site.loading')}</p>;
  }

  return (
    <div ref={element} className="site-area" aria-label={t('site.areaLabel')} role="region">
      {content}
    </div>
  );
}

/** Measures the area and tells the main side where the view goes (null: hidden). */
function useSiteAreaLayout(visible: boolean) {
  const element = useRef<HTMLDivElement>(null);
  const sent = useRef<ViewArea | null | undefined>(undefined);

  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    const send = () => {
      const area = visible ? areaOf(node.getBoundingClientRect()) : null;
      if (sent.current !== undefined && sameArea(sent.current, area)) return;
      sent.current = area;
      void api().site.setLayout({ area });
    };
    send();
    const observer = new ResizeObserver(send);
    observer.observe(node);
    window.addEventListener('resize', send);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', send);
    };
  }, [visible]);

  // Leaving the site screen (print, help sheet route, home): the view hides.
  useEffect(
    () => () => {
      sent.current = undefined;
      void api().site.setLayout({ area: null });
    },
    [],
  );
  return element;
}
