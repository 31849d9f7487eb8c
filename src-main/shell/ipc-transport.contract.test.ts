import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/client';
import { runContractSuite } from '../api/contract-suite';
import { createIpcRendererTransport } from '../api/ipc/ipc-renderer-transport';
import { createFakeIpc } from './testing/fake-electron-ipc';
import { createTestBorne } from '../test-support/test-services';
import { APP_ORIGIN } from './app-protocol';
import { forwardEventsToUi, isUiSender, registerIpcTransport } from './ipc-transport';

const UI = { id: 7, frameUrl: `${APP_ORIGIN}/index.html` };

runContractSuite('Electron IPC (typed ipcMain/ipcRenderer double)', ({ services, dispatcher }) => {
  const ipc = createFakeIpc(UI);
  const unregister = registerIpcTransport({
    ipcMain: ipc.ipcMain,
    dispatcher,
    isTrustedSender: (event) => isUiSender(event, ipc.uiContents, [APP_ORIGIN]),
  });
  const stopEvents = forwardEventsToUi(
    (listener) => services.bus.onAny(listener),
    () => ipc.uiContents,
  );
  const transport = createIpcRendererTransport(ipc.ipcRenderer);
  return Promise.resolve({
    api: createApiClient(transport),
    transport,
    close: () => {
      stopEvents();
      unregister();
      return Promise.resolve();
    },
  });
});

describe('IPC transport: sender check', () => {
  it('answers only the UI webContents on the app:// origin', async () => {
    const { services, dispatcher } = createTestBorne();
    const ipc = createFakeIpc(UI);
    registerIpcTransport({
      ipcMain: ipc.ipcMain,
      dispatcher,
      isTrustedSender: (event) => isUiSender(event, ipc.uiContents, [APP_ORIGIN]),
    });
    expect(ipc.handlerCount()).toBe(dispatcher.methods.length);
    const api = createApiClient(createIpcRendererTransport(ipc.ipcRenderer));
    expect((await api.centre.get()).name).toBe('Centre social Les Marronniers');

    ipc.impersonate({ id: 8, frameUrl: UI.frameUrl });
    await expect(api.centre.get()).rejects.toMatchObject({ code: 'forbidden', reason: 'sender' });
    ipc.impersonate({ id: UI.id, frameUrl: 'https://www.caf.fr/' });
    await expect(api.centre.get()).rejects.toMatchObject({ code: 'forbidden', reason: 'sender' });
    services.close();
  });
});
