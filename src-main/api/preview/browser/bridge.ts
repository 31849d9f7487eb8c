import { isAdminShortcut } from '../../../policy/admin-shortcut';
import type { ApiTransport } from '../../client';
import { createApiClient } from '../../client';
import { createHttpTransport } from '../http-transport';

/**
 * Loaded by the preview host before the UI's own script: gives the page the same
 * `window.borne` the Electron preload gives, over HTTP (the session cookie set when the
 * page was opened with its token authenticates the calls). It also stands in for the
 * shell's keyboard watch: the hidden admin combination raises `adminRequested`.
 */
function withAdminShortcut(transport: ApiTransport): ApiTransport {
  return {
    call: (method, args) => transport.call(method, args),
    subscribe(listener) {
      const onKey = (event: KeyboardEvent) => {
        const press = {
          code: event.code,
          control: event.ctrlKey,
          alt: event.altKey,
          shift: event.shiftKey,
          meta: event.metaKey,
        };
        if (!isAdminShortcut(press)) return;
        event.preventDefault();
        listener('adminRequested', {});
      };
      window.addEventListener('keydown', onKey, true);
      const stop = transport.subscribe(listener);
      return () => {
        window.removeEventListener('keydown', onKey, true);
        stop();
      };
    },
  };
}

const target = window as unknown as { borne?: unknown };
target.borne = createApiClient(withAdminShortcut(createHttpTransport({ baseUrl: '' })));
