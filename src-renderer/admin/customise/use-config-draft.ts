import { useCallback, useEffect, useRef, useState } from 'react';
import type { CentreConfig } from '../../../src-main/api/contract/config';
import type { CustomisePreviewDto } from '../../../src-main/api/contract/namespaces/customise';
import type { ValidationIssue } from '../../../src-main/api/contract/validation';
import { api, isApiFailure } from '../../app/api';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'undone' }
  | { kind: 'refused' }
  | { kind: 'failed'; reason?: string };

export interface ConfigDraft {
  draft: CentreConfig | null;
  /** Edits a copy of the draft; the preview and the field messages follow. */
  update(edit: (draft: CentreConfig) => void): void;
  preview: CustomisePreviewDto | null;
  /** Issues from the live preview or the last save, by field path. */
  issues: readonly ValidationIssue[];
  dirty: boolean;
  save(): Promise<void>;
  /** Puts back the version before the last saved change. */
  undo(): Promise<void>;
  state: SaveState;
}

const PREVIEW_DELAY_MS = 250;

/**
 * One page's working copy of the centre's config. Each change is checked by the main
 * side (customise.preview runs the very validation config.update applies) so each field
 * shows its message as the referent types; saving sends the whole config.
 */
export function useConfigDraft(): ConfigDraft {
  const [saved, setSaved] = useState<CentreConfig | null>(null);
  const [draft, setDraft] = useState<CentreConfig | null>(null);
  const [preview, setPreview] = useState<CustomisePreviewDto | null>(null);
  const [saveIssues, setSaveIssues] = useState<ValidationIssue[] | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const round = useRef(0);

  useEffect(() => {
    let current = true;
    api()
      .config.get()
      .then((config) => {
        if (!current) return;
        setSaved(config);
        setDraft(config);
      })
      .catch(() => setState({ kind: 'failed' }));
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!draft) return;
    const mine = (round.current += 1);
    const timer = setTimeout(() => {
      api()
        .customise.preview(draft)
        .then((result) => mine === round.current && setPreview(result))
        .catch(() => undefined);
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  const update = useCallback((edit: (draft: CentreConfig) => void) => {
    setDraft((current) => {
      if (!current) return current;
      const copy = structuredClone(current);
      edit(copy);
      return copy;
    });
    setSaveIssues(null);
    setState({ kind: 'idle' });
  }, []);

  async function save() {
    if (!draft) return;
    setState({ kind: 'saving' });
    try {
      const result = await api().config.update(draft);
      setSaved(result);
      setDraft(result);
      setSaveIssues(null);
      setState({ kind: 'saved' });
    } catch (error) {
      if (isApiFailure(error) && error.issues) {
        setSaveIssues(error.issues);
        setState({ kind: 'refused' });
      } else {
        setState({ kind: 'failed', ...(isApiFailure(error) ? { reason: error.reason } : {}) });
      }
    }
  }

  async function undo() {
    try {
      const result = await api().configHistory.undo();
      setSaved(result);
      setDraft(result);
      setState({ kind: 'undone' });
    } catch (error) {
      setState({ kind: 'failed', ...(isApiFailure(error) ? { reason: error.reason } : {}) });
    }
  }

  return {
    draft,
    update,
    preview,
    issues: saveIssues ?? preview?.issues ?? [],
    dirty: JSON.stringify(draft) !== JSON.stringify(saved),
    save,
    undo,
    state,
  };
}
