/**
 * Versions of published content ("2026.11.3": year, month, publication of the month), as
 * the catalogue uses. Compared number by number, never as text ("2026.11.10" > "2026.11.9").
 */
export const CONTENT_VERSION_PATTERN = /^\d{4}\.\d{1,2}\.\d{1,3}$/;

export function compareContentVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
