/**
 * A typed publish/subscribe hub. The services publish the API's push events here; each
 * transport (IPC, preview host) forwards them to its UI.
 */
export interface EventBus<Events extends object> {
  emit<Name extends keyof Events & string>(name: Name, payload: Events[Name]): void;
  on<Name extends keyof Events & string>(
    name: Name,
    listener: (payload: Events[Name]) => void,
  ): () => void;
  /** Every event, for transports that forward them all. */
  onAny(listener: (name: keyof Events & string, payload: Events[keyof Events]) => void): () => void;
}

export function createEventBus<Events extends object>(
  onListenerError: (error: unknown) => void = () => {},
): EventBus<Events> {
  type AnyListener = (name: keyof Events & string, payload: Events[keyof Events]) => void;
  const named = new Map<keyof Events, Set<(payload: never) => void>>();
  const any = new Set<AnyListener>();

  const safely = (call: () => void) => {
    try {
      call();
    } catch (error) {
      // One broken listener must not stop the others, nor the service that emitted.
      onListenerError(error);
    }
  };

  return {
    emit(name, payload) {
      for (const listener of named.get(name) ?? []) {
        safely(() => (listener as (value: typeof payload) => void)(payload));
      }
      for (const listener of any) safely(() => listener(name, payload));
    },
    on(name, listener) {
      const set = named.get(name) ?? new Set();
      set.add(listener);
      named.set(name, set);
      return () => set.delete(listener);
    },
    onAny(listener) {
      any.add(listener);
      return () => any.delete(listener);
    },
  };
}
