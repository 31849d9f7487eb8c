import type { ValidationIssue } from './validation';

/**
 * Why a call failed. The renderer translates the code; `message` is English, for logs.
 * - unknown-method: no such method in the contract
 * - invalid-argument: the arguments do not match the contract (see `issues`)
 * - forbidden: admin mode is locked, or the sender is not the borne's own UI
 * - not-found, conflict: the request names something absent, or clashes with the state
 * - rate-limited: try again after `retryInSeconds`
 * - unavailable: a part of the borne (disk, printer, network) cannot serve it now
 * - internal: a bug; logged on the main side
 */
export const API_ERROR_CODES = [
  'unknown-method',
  'invalid-argument',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorDto {
  code: ApiErrorCode;
  message: string;
  /** A stable reason within the code, e.g. "disk-full", "pin-too-simple". */
  reason?: string;
  issues?: ValidationIssue[];
  retryInSeconds?: number;
}

/** What travels on both transports for every call. */
export type ApiEnvelope = { ok: true; result: unknown } | { ok: false; error: ApiErrorDto };

/**
 * What a failed call rejects with in the renderer. A plain object rather than an Error:
 * contextBridge copies plain objects whole but strips an Error's own fields.
 */
export interface BorneApiFailure extends ApiErrorDto {
  name: 'BorneApiError';
  method: string;
}

/** Thrown by handlers on the main side; the dispatcher turns it into an envelope. */
export class ApiFailure extends Error {
  readonly code: ApiErrorCode;
  readonly details: Omit<ApiErrorDto, 'code' | 'message'>;

  constructor(
    code: ApiErrorCode,
    message: string,
    details: Omit<ApiErrorDto, 'code' | 'message'> = {},
  ) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.details = details;
  }

  toDto(): ApiErrorDto {
    return { code: this.code, message: this.message, ...this.details };
  }
}
