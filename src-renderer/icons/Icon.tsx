import type { IconName } from './icon-set';

/**
 * One icon of the inline sprite (see icon-set.ts). Decorative: the text beside it says
 * what it means. It takes the text colour, so high contrast recolours it.
 */
export function Icon({ name, className = '' }: { name: IconName; className?: string }) {
  return (
    <svg className={`icon icon-${name} ${className}`} aria-hidden="true" focusable="false">
      <use href={`#icon-${name}`} />
    </svg>
  );
}
