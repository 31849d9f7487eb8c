import { apiContract, type ApiHandlers } from './contract';
import { createDispatcher, type Dispatcher } from './dispatcher';

export interface BorneDispatcherOptions {
  handlers: ApiHandlers;
  /** True while admin mode is unlocked (and refreshes its idle timer). */
  isAdminUnlocked(): boolean;
  onInternalError(method: string, error: unknown): void;
}

/** The borne's dispatcher: the contract, its handlers, and the admin gate. */
export function createBorneDispatcher(options: BorneDispatcherOptions): Dispatcher {
  return createDispatcher({
    contract: apiContract,
    handlers: options.handlers,
    authorize: (access) => access === 'public' || options.isAdminUnlocked(),
    onInternalError: options.onInternalError,
  });
}
