/** Why a new PIN is refused; the admin UI says it in plain French. */
export type PinProblem = 'pin-digits-only' | 'pin-length' | 'pin-too-simple';

export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;

/**
 * A PIN is 6 to 12 digits (typed on a numeric pad) and not one a stranger tries first:
 * one repeated digit, a straight run up or down, or a short block repeated ("121212").
 */
export function checkNewPin(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'pin-digits-only';
  if (pin.length < PIN_MIN_LENGTH || pin.length > PIN_MAX_LENGTH) return 'pin-length';
  if (isStraightRun(pin) || isRepeatedBlock(pin)) return 'pin-too-simple';
  return null;
}

function isStraightRun(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = new Set(
    digits.slice(1).map((digit, index) => (digit - (digits[index] ?? 0) + 10) % 10),
  );
  return steps.size === 1 && (steps.has(0) || steps.has(1) || steps.has(9));
}

function isRepeatedBlock(pin: string): boolean {
  for (let size = 1; size <= pin.length / 2; size += 1) {
    if (pin.length % size === 0 && pin.slice(0, size).repeat(pin.length / size) === pin)
      return true;
  }
  return false;
}
