import { useTranslation } from 'react-i18next';
import type { CentreConfig } from '../../../src-main/api/contract/config';
import type { ThemeEntryDto } from '../../../src-main/api/contract/namespaces/customise';
import type { ValidationIssue } from '../../../src-main/api/contract/validation';
import { Field, TextField, WordListField } from './fields';
import { slugFrom } from './keywords';
import { localized } from './localized';

type CustomLink = CentreConfig['portal']['customLinks'][number];

interface CustomLinksEditorProps {
  links: readonly CustomLink[];
  themes: readonly ThemeEntryDto[];
  issues: readonly ValidationIssue[];
  onChange(edit: (links: CustomLink[]) => void): void;
}

/** The centre's own links (mairie, CCAS, associations), each with the sites it may open. */
export function CustomLinksEditor({ links, themes, issues, onChange }: CustomLinksEditorProps) {
  const { t, i18n } = useTranslation('admin');
  const set = (index: number, change: (link: CustomLink) => void) =>
    onChange((draft) => {
      const link = draft[index];
      if (link) change(link);
    });

  return (
    <section className="custom-links" aria-labelledby="custom-links-title">
      <h3 id="custom-links-title">{t('links.title')}</h3>
      <p>{t('links.intro')}</p>
      {links.map((link, index) => {
        const path = `portal.customLinks.${index}`;
        return (
          <fieldset key={index} className="custom-link">
            <legend>{link.title || t('links.newLink')}</legend>
            <TextField
              label={t('links.linkTitle')}
              path={`${path}.title`}
              issues={retarget(issues, `${path}.id`, `${path}.title`)}
              value={link.title}
              onChange={(value) =>
                set(index, (draft) => {
                  draft.title = value;
                  draft.id = uniqueId(slugFrom(value) || 'lien', links, index);
                })
              }
            />
            <TextField
              label={t('links.url')}
              hint={t('links.urlHint')}
              type="url"
              dir="ltr"
              path={`${path}.url`}
              issues={issues}
              value={link.url}
              onChange={(value) => set(index, (draft) => void (draft.url = value))}
            />
            <WordListField
              label={t('links.domains')}
              hint={t('links.domainsHint')}
              dir="ltr"
              path={`${path}.domains`}
              issues={retarget(issues, `${path}.domains.`, `${path}.domains`)}
              words={link.domains}
              onChange={(words) =>
                set(
                  index,
                  (draft) => void (draft.domains = words.map((word) => word.toLowerCase())),
                )
              }
            />
            <Field label={t('links.theme')} path={`${path}.themeId`} issues={issues}>
              {({ id, describedBy, invalid }) => (
                <select
                  id={id}
                  value={link.themeId}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) =>
                    set(index, (draft) => void (draft.themeId = event.target.value))
                  }
                >
                  {themes.map((theme) => (
                    <option key={theme.id} value={theme.id}>
                      {theme.label ?? localized(theme.title, i18n.language)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField
              label={t('links.summary')}
              path={`${path}.summary`}
              issues={issues}
              value={link.summary ?? ''}
              onChange={(value) =>
                set(index, (draft) => {
                  if (value === '') delete draft.summary;
                  else draft.summary = value;
                })
              }
            />
            <WordListField
              label={t('links.keywords')}
              hint={t('demarches.keywordsHint')}
              path={`${path}.keywords`}
              issues={issues}
              words={link.keywords}
              onChange={(words) => set(index, (draft) => void (draft.keywords = words))}
            />
            <button
              type="button"
              className="button button-secondary"
              onClick={() => onChange((draft) => void draft.splice(index, 1))}
            >
              {t('links.remove', { name: link.title })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          onChange((draft) =>
            draft.push({
              id: uniqueId('lien', links, links.length),
              themeId: themes[0]?.id ?? '',
              title: '',
              url: '',
              domains: [],
              keywords: [],
            }),
          )
        }
      >
        {t('links.add')}
      </button>
    </section>
  );
}

/**
 * Shows issues of a field without its own input beside another one: the identifier's
 * beside the title it is made from, each domain's beside the domains field.
 */
function retarget(
  issues: readonly ValidationIssue[],
  fromPrefix: string,
  to: string,
): ValidationIssue[] {
  return issues.map((issue) =>
    issue.path.startsWith(fromPrefix) ? { ...issue, path: to } : issue,
  );
}

/** "lien", "lien-2"…: the first identifier no other link of the list has. */
function uniqueId(base: string, links: readonly CustomLink[], self: number): string {
  const taken = new Set(links.filter((_, index) => index !== self).map((link) => link.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
