import type { AppUpdateStateDto } from '../../api/contract/namespaces/updates';

export type AppUpdateState = AppUpdateStateDto;

/**
 * What the app updater (in the shell, Electron only) is doing, for admin mode; and the
 * way admin mode asks it to check now. The preview host has no updater: it stays
 * "unsupported".
 */
export class AppUpdateStatus {
  private value: AppUpdateState = { phase: 'unsupported', reason: 'preview' };
  private checkRequester: (() => void) | null = null;
  private readonly listeners = new Set<(state: AppUpdateState) => void>();

  get state(): AppUpdateState {
    return this.value;
  }

  set(state: AppUpdateState): void {
    this.value = state;
    for (const listener of this.listeners) listener(state);
  }

  onChange(listener: (state: AppUpdateState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The shell's updater registers how to start a check. */
  handleCheckRequests(requester: () => void): void {
    this.checkRequester = requester;
  }

  requestCheck(): void {
    this.checkRequester?.();
  }
}
