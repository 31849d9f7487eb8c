import type { ApiHandlers } from '../../api/contract';
import type { UpdatesStatusDto } from '../../api/contract/namespaces/updates';
import type { Services } from '../create-services';

export function createUpdatesHandlers(services: Services): ApiHandlers['updates'] {
  return {
    getStatus: () => updatesStatus(services),
    async checkNow() {
      services.appUpdates.requestCheck();
      await services.content.checkNow();
      return updatesStatus(services);
    },
  };
}

function updatesStatus(services: Services): UpdatesStatusDto {
  const { content, catalogue, config } = services;
  const settings = config.current.updates;
  const inForce = content.store.current;
  const lastCheck = content.sync.lastCheck;
  return {
    channel: settings.channel,
    server: settings.server,
    content: {
      url: content.url,
      trustedKeys: [...content.keyring.keys()],
      bundle: inForce
        ? {
            version: inForce.manifest.version,
            publishedAt: inForce.manifest.publishedAt,
            parts: [...inForce.parts.values()].map(({ name, version, checked }) => ({
              name,
              version,
              checked,
            })),
          }
        : null,
      catalogue: { version: catalogue.current.version, source: catalogue.source },
      lastCheck: lastCheck
        ? {
            at: lastCheck.at,
            outcome: lastCheck.result.outcome,
            ...('reason' in lastCheck.result ? { reason: lastCheck.result.reason } : {}),
            ...('detail' in lastCheck.result ? { detail: lastCheck.result.detail } : {}),
          }
        : null,
      lastChanges: content.changes.latest,
    },
    app: { version: services.appVersion, state: services.appUpdates.state },
  };
}
