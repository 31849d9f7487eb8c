import type { z } from 'zod';

/** Who may call a method: anyone at the borne, or only a referent who unlocked admin mode. */
export type Access = 'public' | 'admin';

/** One API method: its access level, its argument tuple and its result, as zod schemas. */
export interface MethodSpec<
  Args extends z.ZodTuple = z.ZodTuple,
  Result extends z.ZodType = z.ZodType,
> {
  readonly access: Access;
  readonly args: Args;
  readonly result: Result;
}

export function publicMethod<Args extends z.ZodTuple, Result extends z.ZodType>(
  args: Args,
  result: Result,
): MethodSpec<Args, Result> {
  return { access: 'public', args, result };
}

export function adminMethod<Args extends z.ZodTuple, Result extends z.ZodType>(
  args: Args,
  result: Result,
): MethodSpec<Args, Result> {
  return { access: 'admin', args, result };
}

export type NamespaceSpec = Readonly<Record<string, MethodSpec>>;
export type ContractSpec = Readonly<Record<string, NamespaceSpec>>;

/** The renderer's view of a method: validated-input types in, output types out. */
export type ClientMethod<Spec> =
  Spec extends MethodSpec<infer Args, infer Result>
    ? (...args: z.input<Args>) => Promise<z.output<Result>>
    : never;

/** The main side's view: arguments already parsed (defaults applied). */
export type HandlerMethod<Spec> =
  Spec extends MethodSpec<infer Args, infer Result>
    ? (...args: z.output<Args>) => z.input<Result> | Promise<z.input<Result>>
    : never;

export type ClientOf<Contract extends ContractSpec> = {
  readonly [Ns in keyof Contract]: {
    readonly [Method in keyof Contract[Ns]]: ClientMethod<Contract[Ns][Method]>;
  };
};

export type HandlersOf<Contract extends ContractSpec> = {
  readonly [Ns in keyof Contract]: {
    readonly [Method in keyof Contract[Ns]]: HandlerMethod<Contract[Ns][Method]>;
  };
};
