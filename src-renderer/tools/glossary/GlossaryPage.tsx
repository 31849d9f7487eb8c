import { useTranslation } from 'react-i18next';
import { ToolPage } from '../ToolPage';
import { GlossaryBrowser } from './GlossaryBrowser';

/** "Lexique": the words of the internet, explained simply. */
export default function GlossaryPage() {
  const { t } = useTranslation('tools');
  return (
    <ToolPage tool="lexique" title={t('glossary.title')} intro={t('glossary.intro')}>
      <GlossaryBrowser />
    </ToolPage>
  );
}
