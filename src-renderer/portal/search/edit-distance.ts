/**
 * Edit distance counting a swap of two neighbouring letters as one typo ("vitlae" →
 * "vitale"), as people type (optimal string alignment). Stops as soon as the distance
 * must exceed `max`, and then returns max + 1: the search only asks "within one or two?".
 * Rows are reused between calls: the search calls this for many words per keystroke.
 */
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  if (b.length + 1 > rows[0].length) {
    const size = 2 * (b.length + 1);
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const charB = b.charCodeAt(j - 1);
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (charA === charB ? 0 : 1),
      );
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[b.length] as number;
  return distance > max ? max + 1 : distance;
}

/**
 * Which letters a word contains, folded into 32 bits. One typo changes at most two bits,
 * so two words whose masks differ in more than 2 × max bits cannot be within `max` typos:
 * a cheap test that spares most of the distance computations.
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let index = 0; index < word.length; index += 1) {
    mask |= 1 << (word.charCodeAt(index) & 31);
  }
  return mask;
}

export function bitCount(value: number): number {
  let count = 0;
  let rest = value >>> 0;
  while (rest !== 0) {
    rest &= rest - 1;
    count += 1;
  }
  return count;
}
