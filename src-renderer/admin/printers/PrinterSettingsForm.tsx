import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  PrintSettingsDto,
  SystemPrinterDto,
} from '../../../src-main/api/contract/namespaces/print';
import { api, isApiFailure } from '../../app/api';

type TicketKind = PrintSettingsDto['ticketPrinter']['kind'];

/** The borne's printer choices and quotas, saved into the centre's config. */
export function PrinterSettingsForm({
  settings,
  printers,
  onSaved,
}: {
  settings: PrintSettingsDto;
  printers: SystemPrinterDto[];
  onSaved(): void;
}) {
  const { t } = useTranslation('print');
  const id = useId();
  const [form, setForm] = useState(settings);
  const [ticketKind, setTicketKind] = useState<TicketKind>(settings.ticketPrinter.kind);
  const [host, setHost] = useState(
    settings.ticketPrinter.kind === 'tcp' ? settings.ticketPrinter.host : '',
  );
  const [port, setPort] = useState(
    settings.ticketPrinter.kind === 'tcp' ? settings.ticketPrinter.port : 9100,
  );
  const [queue, setQueue] = useState(
    settings.ticketPrinter.kind === 'system' ? settings.ticketPrinter.name : '',
  );
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  const ticketPrinter = (): PrintSettingsDto['ticketPrinter'] =>
    ticketKind === 'tcp'
      ? { kind: 'tcp', host, port }
      : ticketKind === 'system'
        ? { kind: 'system', name: queue }
        : { kind: 'none' };

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    try {
      setForm(await api().print.saveSettings({ ...form, ticketPrinter: ticketPrinter() }));
      setMessage({ ok: true, text: t('admin.saved') });
      onSaved();
    } catch (error) {
      const reason = isApiFailure(error)
        ? (error.issues?.map((issue) => issue.path).join(', ') ?? error.message)
        : '';
      setMessage({ ok: false, text: t('admin.saveFailed', { reason }) });
    }
  }

  const names = printers.map((printer) => printer.name);
  return (
    <form className="printer-settings" onSubmit={(event) => void save(event)}>
      <h3>{t('admin.choices')}</h3>
      <label htmlFor={`${id}-page`}>{t('admin.pagePrinter')}</label>
      <select
        id={`${id}-page`}
        value={form.pagePrinter ?? ''}
        onChange={(event) => setForm({ ...form, pagePrinter: event.target.value || null })}
      >
        <option value="">{t('admin.systemDefault')}</option>
        {withCurrent(names, form.pagePrinter).map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>

      <h3>{t('admin.ticketPrinter')}</h3>
      <fieldset>
        <legend className="visually-hidden">{t('admin.ticketPrinter')}</legend>
        {(['none', 'tcp', 'system'] as const).map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name={`${id}-ticket`}
              checked={ticketKind === kind}
              onChange={() => setTicketKind(kind)}
            />
            {t(
              kind === 'none'
                ? 'admin.ticketNone'
                : kind === 'tcp'
                  ? 'admin.ticketNetwork'
                  : 'admin.ticketSystem',
            )}
          </label>
        ))}
      </fieldset>
      {ticketKind === 'tcp' ? (
        <div className="field-row">
          <label>
            {t('admin.host')}{' '}
            <input
              value={host}
              onChange={(event) => setHost(event.target.value.trim())}
              dir="ltr"
            />
          </label>
          <label>
            {t('admin.port')}{' '}
            <input
              type="number"
              min={1}
              max={65535}
              value={port}
              onChange={(event) => setPort(Number(event.target.value))}
            />
          </label>
        </div>
      ) : null}
      {ticketKind === 'system' ? (
        <label>
          {t('admin.ticketQueue')}{' '}
          <select value={queue} onChange={(event) => setQueue(event.target.value)}>
            <option value="" disabled>
              —
            </option>
            {withCurrent(names, queue || null).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="field-row">
        <label>
          {t('admin.paperWidth')}{' '}
          <select
            value={form.ticketPaperWidthMm}
            onChange={(event) =>
              setForm({ ...form, ticketPaperWidthMm: event.target.value === '58' ? 58 : 80 })
            }
          >
            <option value="58">{t('admin.paper58')}</option>
            <option value="80">{t('admin.paper80')}</option>
          </select>
        </label>
        <label>
          {t('admin.codePage')}{' '}
          <select
            value={form.ticketCodePage}
            onChange={(event) =>
              setForm({
                ...form,
                ticketCodePage: event.target.value === 'WPC1252' ? 'WPC1252' : 'PC858_EURO',
              })
            }
          >
            <option value="PC858_EURO">PC858 (€)</option>
            <option value="WPC1252">Windows-1252</option>
          </select>
        </label>
      </div>

      <h3>{t('admin.quotas')}</h3>
      <div className="field-row">
        <NumberField
          label={t('admin.pagesPerSession')}
          max={500}
          value={form.quotas.pagesPerSession}
          onChange={(pagesPerSession) =>
            setForm({ ...form, quotas: { ...form.quotas, pagesPerSession } })
          }
        />
        <NumberField
          label={t('admin.pagesPerDay')}
          max={10000}
          value={form.quotas.pagesPerDay}
          onChange={(pagesPerDay) => setForm({ ...form, quotas: { ...form.quotas, pagesPerDay } })}
        />
      </div>
      <button type="submit" className="button button-primary">
        {t('admin.save')}
      </button>
      {message ? (
        <p
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? 'form-message form-ok' : 'form-message form-error'}
        >
          {message.text}
        </p>
      ) : null}
    </form>
  );
}

function NumberField(props: {
  label: string;
  max: number;
  value: number;
  onChange(value: number): void;
}) {
  return (
    <label>
      {props.label}{' '}
      <input
        type="number"
        min={1}
        max={props.max}
        value={props.value}
        onChange={(event) => props.onChange(Number(event.target.value))}
      />
    </label>
  );
}

/** The configured name stays selectable even when the system no longer lists it. */
function withCurrent(names: string[], current: string | null): string[] {
  return current && !names.includes(current) ? [current, ...names] : names;
}
