import { PrintSystemError } from '../services/printing/print-system';

/** Awaits a print operation that must fail, and gives its PrintSystemError. */
export async function printSystemFailure(promise: Promise<unknown>): Promise<PrintSystemError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PrintSystemError) return error;
    throw error;
  }
  throw new Error('expected a PrintSystemError');
}
