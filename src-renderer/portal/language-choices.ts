/**
 * The offered languages, each followed by its shipped reading variants: "Français facile"
 * is a way of reading French, offered wherever French is (a centre may also list a
 * variant itself to place it elsewhere).
 */
export function languageChoices(
  offered: readonly string[],
  available: readonly string[],
): string[] {
  const choices: string[] = [];
  for (const code of offered) {
    if (!available.includes(code) || choices.includes(code)) continue;
    choices.push(code);
    for (const variant of available) {
      if (variant.startsWith(`${code}-x-`) && !offered.includes(variant)) choices.push(variant);
    }
  }
  return choices;
}
