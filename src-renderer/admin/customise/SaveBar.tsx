import { useTranslation } from 'react-i18next';
import type { ConfigDraft } from './use-config-draft';

/** Save, undo the last saved change, and say plainly what happened. */
export function SaveBar({ draft }: { draft: ConfigDraft }) {
  const { t } = useTranslation('admin');
  const { state, dirty, issues } = draft;
  const message =
    state.kind === 'saved'
      ? t('save.saved')
      : state.kind === 'undone'
        ? t('save.undone')
        : state.kind === 'refused'
          ? t('save.refused')
          : state.kind === 'failed'
            ? t(`save.failed`, { context: state.reason })
            : dirty && issues.length > 0
              ? t('save.hasIssues', { count: issues.length })
              : dirty
                ? t('save.unsaved')
                : '';
  return (
    <div className="save-bar">
      <button
        type="button"
        className="button button-primary"
        disabled={!dirty || state.kind === 'saving'}
        onClick={() => void draft.save()}
      >
        {t('save.save')}
      </button>
      <button type="button" className="button button-secondary" onClick={() => void draft.undo()}>
        {t('save.undo')}
      </button>
      <p
        className={`save-message${state.kind === 'refused' || state.kind === 'failed' ? ' save-message-error' : ''}`}
        role="status"
      >
        {message}
      </p>
    </div>
  );
}
