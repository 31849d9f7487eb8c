/** "Maison du quartier (Lille)" → "maison-du-quartier-lille": an id from a name the referent typed. */
export function slugFrom(text: string, maxLength = 60): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
