import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../app/api';
import './tools.css';
import { GlossaryButton } from './glossary/GlossaryDialog';

interface ToolPageProps {
  /** The tool's id in the statistics ("tool.open"). */
  tool: 'pense-bete' | 'annuaire' | 'lexique';
  title: string;
  intro: string;
  children: ReactNode;
}

/** The frame of a resident tool: back to the portal, the title, the "Lexique" button. */
export function ToolPage({ tool, title, intro, children }: ToolPageProps) {
  const { t } = useTranslation('tools');
  useEffect(() => {
    void api()
      .usage.record({ type: 'tool.open', tool })
      .catch(() => undefined);
  }, [tool]);
  return (
    <div className="page page-tool">
      <header className="tool-header">
        <Link href="~/" className="button button-secondary">
          {t('home')}
        </Link>
        {tool === 'lexique' ? null : <GlossaryButton />}
      </header>
      <main>
        <h1>{title}</h1>
        <p className="tool-intro">{intro}</p>
        {children}
      </main>
    </div>
  );
}
