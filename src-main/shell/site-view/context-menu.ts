import type { ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron';

export type ContextMenuAction = 'cut' | 'copy' | 'paste' | 'selectAll';
export type ContextMenuLabels = Record<ContextMenuAction, string>;

/**
 * The only context menu of the site view: cut, copy, paste, select all, as the spot
 * allows. No "Inspect", no "Save as", no "Open link in new window", no "Search with…",
 * no spelling suggestions. Nothing editable and nothing selected: no menu at all.
 */
export function contextMenuActions(
  params: Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags'>,
): { action: ContextMenuAction; enabled: boolean }[] {
  const flags = params.editFlags;
  if (params.isEditable) {
    return [
      { action: 'cut', enabled: flags.canCut },
      { action: 'copy', enabled: flags.canCopy },
      { action: 'paste', enabled: flags.canPaste },
      { action: 'selectAll', enabled: flags.canSelectAll },
    ];
  }
  return params.selectionText.trim() !== '' ? [{ action: 'copy', enabled: flags.canCopy }] : [];
}

export type MenuContents = Pick<WebContents, 'on' | ContextMenuAction>;

/** Replaces Chromium's context menu (which Electron does not show anyway) with ours. */
export function guardContextMenu(
  contents: MenuContents,
  labels: () => ContextMenuLabels,
  popup: (template: MenuItemConstructorOptions[]) => void,
): void {
  contents.on('context-menu', (event, params) => {
    event.preventDefault();
    const actions = contextMenuActions(params);
    if (actions.length === 0) return;
    const text = labels();
    popup(
      actions.map(({ action, enabled }) => ({
        label: text[action],
        enabled,
        click: () => contents[action](),
      })),
    );
  });
}
