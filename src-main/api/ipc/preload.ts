/**
 * The UI window's preload. It runs sandboxed, so it is bundled into one CommonJS file
 * whose only import left is 'electron'. It exposes `window.borne`: named methods built
 * from the contract's method list, never ipcRenderer itself. Site views get no preload.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createApiClient } from '../client';
import { createIpcRendererTransport } from './ipc-renderer-transport';

contextBridge.exposeInMainWorld('borne', createApiClient(createIpcRendererTransport(ipcRenderer)));
