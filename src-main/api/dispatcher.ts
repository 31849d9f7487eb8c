import type { Access, ContractSpec, HandlersOf, MethodSpec } from './contract/define';
import {
  ApiFailure,
  type ApiEnvelope,
  type ApiErrorCode,
  type ApiErrorDto,
} from './contract/errors';
import { toValidationIssues } from './contract/validation';

export interface DispatcherOptions<Contract extends ContractSpec> {
  contract: Contract;
  handlers: HandlersOf<Contract>;
  /** Whether a call of this access level may run now (admin mode unlocked…). */
  authorize(access: Access, method: string): boolean;
  /** A handler threw something other than an ApiFailure: a bug to log. */
  onInternalError(method: string, error: unknown): void;
}

/** Runs one call from any transport: checks the method, the access, the arguments and the result. */
export interface Dispatcher {
  dispatch(method: string, args: unknown): Promise<ApiEnvelope>;
  readonly methods: readonly string[];
}

type RuntimeHandler = (...args: unknown[]) => unknown;
interface Entry {
  spec: MethodSpec;
  handler: RuntimeHandler;
  arity: number;
}

export function createDispatcher<Contract extends ContractSpec>(
  options: DispatcherOptions<Contract>,
): Dispatcher {
  const table = buildTable(options.contract, options.handlers);
  return {
    methods: [...table.keys()],
    async dispatch(method, args) {
      const entry = table.get(method);
      if (!entry) return fail('unknown-method', `no method "${method}"`);
      if (!options.authorize(entry.spec.access, method)) {
        return fail('forbidden', `${method} needs admin mode`, { reason: 'admin-locked' });
      }
      const parsed = entry.spec.args.safeParse(args, { reportInput: true });
      if (!parsed.success) {
        // With a single argument, paths are relative to it ("centre.name", not "0.centre.name").
        const issues = toValidationIssues(parsed.error).map((issue) =>
          entry.arity === 1 ? { ...issue, path: issue.path.replace(/^0\.?/, '') } : issue,
        );
        return fail('invalid-argument', `arguments of ${method} do not match the contract`, {
          issues,
        });
      }
      return run(method, entry, parsed.data as unknown[], options.onInternalError);
    },
  };
}

async function run(
  method: string,
  entry: Entry,
  args: unknown[],
  onInternalError: (method: string, error: unknown) => void,
): Promise<ApiEnvelope> {
  let value: unknown;
  try {
    value = await entry.handler(...args);
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, error: error.toDto() };
    onInternalError(method, error);
    return fail('internal', `${method} failed`);
  }
  // The result is parsed too: unknown fields are dropped, so nothing internal leaks by mistake.
  const result = entry.spec.result.safeParse(value);
  if (!result.success) {
    onInternalError(
      method,
      new Error(`result does not match the contract: ${result.error.message}`),
    );
    return fail('internal', `${method} returned an invalid result`);
  }
  return { ok: true, result: result.data };
}

function buildTable(contract: ContractSpec, handlers: object): Map<string, Entry> {
  const table = new Map<string, Entry>();
  for (const [namespace, methods] of Object.entries(contract)) {
    const group = (handlers as Record<string, Record<string, unknown> | undefined>)[namespace];
    for (const [name, spec] of Object.entries(methods)) {
      const handler = group?.[name];
      if (typeof handler !== 'function') throw new Error(`no handler for ${namespace}.${name}`);
      table.set(`${namespace}.${name}`, {
        spec,
        handler: handler.bind(group) as RuntimeHandler,
        arity: spec.args.def.items.length,
      });
    }
  }
  return table;
}

function fail(
  code: ApiErrorCode,
  message: string,
  details: Omit<ApiErrorDto, 'code' | 'message'> = {},
): ApiEnvelope {
  return { ok: false, error: { code, message, ...details } };
}
