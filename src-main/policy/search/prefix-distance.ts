/**
 * The smallest edit distance (insertions, deletions, substitutions and swaps of two
 * neighbours) between `query` and any beginning of `word`, or `limit + 1` as soon as it
 * cannot be within `limit`. A beginning, because people search while they type:
 * "emau" finds "emmaus".
 */
export function prefixDistance(query: string, word: string, limit: number): number {
  const rows = query.length;
  const columns = Math.min(word.length, rows + limit);
  if (columns < rows - limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: columns + 1 }, (_, index) => index);
  for (let row = 1; row <= rows; row += 1) {
    const current = [row];
    let rowMinimum = row;
    for (let column = 1; column <= columns; column += 1) {
      const cost = query.charCodeAt(row - 1) === word.charCodeAt(column - 1) ? 0 : 1;
      let value = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
      if (
        row > 1 &&
        column > 1 &&
        query.charCodeAt(row - 1) === word.charCodeAt(column - 2) &&
        query.charCodeAt(row - 2) === word.charCodeAt(column - 1)
      ) {
        value = Math.min(value, (beforePrevious[column - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  let best = limit + 1;
  for (let column = Math.max(0, rows - limit); column <= columns; column += 1) {
    best = Math.min(best, previous[column] ?? best);
  }
  return best;
}

/** How many typing mistakes a word of this length may carry and still match. */
export function typoAllowance(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}
