/** Moves the item with that id one place up (-1) or down (+1) in a list; ends stay put. */
export function moveById(list: { id: string }[], id: string, step: -1 | 1): void {
  const from = list.findIndex((item) => item.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= list.length) return;
  const [item] = list.splice(from, 1);
  if (item) list.splice(to, 0, item);
}
