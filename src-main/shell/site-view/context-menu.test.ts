import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { contentsPort, FakeWebContents } from '../testing/fake-electron-site';
import { contextMenuActions, guardContextMenu, type MenuContents } from './context-menu';

const flags = {
  canCut: true,
  canCopy: true,
  canPaste: true,
  canSelectAll: true,
  canUndo: true,
  canRedo: true,
  canDelete: true,
  canEditRichly: true,
};
const labels = { cut: 'Couper', copy: 'Copier', paste: 'Coller', selectAll: 'Tout sélectionner' };

describe('context menu', () => {
  it('offers copy and paste only, as the spot allows', () => {
    expect(
      contextMenuActions({
        isEditable: true,
        selectionText: '',
        editFlags: { ...flags, canCut: false, canCopy: false },
      }),
    ).toEqual([
      { action: 'cut', enabled: false },
      { action: 'copy', enabled: false },
      { action: 'paste', enabled: true },
      { action: 'selectAll', enabled: true },
    ]);
    expect(
      contextMenuActions({ isEditable: false, selectionText: 'numéro 1234', editFlags: flags }),
    ).toEqual([{ action: 'copy', enabled: true }]);
    expect(contextMenuActions({ isEditable: false, selectionText: ' ', editFlags: flags })).toEqual(
      [],
    );
  });

  it("replaces Chromium's menu: no inspect, no save, no open link; the items act on the page", () => {
    const contents = new FakeWebContents();
    const shown: MenuItemConstructorOptions[][] = [];
    guardContextMenu(
      contentsPort<MenuContents>(contents),
      () => labels,
      (template) => shown.push(template),
    );
    expect(
      contents.fire(
        'context-menu',
        {},
        {
          isEditable: false,
          selectionText: '',
          editFlags: flags,
          linkURL: 'https://evil.example/',
        },
      ),
    ).toBe(true);
    expect(shown).toEqual([]);
    contents.fire('context-menu', {}, { isEditable: true, selectionText: 'x', editFlags: flags });
    expect(shown[0]?.map((item) => item.label)).toEqual([
      'Couper',
      'Copier',
      'Coller',
      'Tout sélectionner',
    ]);
    const paste = shown[0]?.[2]?.click as (() => void) | undefined;
    paste?.();
    expect(contents.calls).toEqual(['paste']);
  });
});
