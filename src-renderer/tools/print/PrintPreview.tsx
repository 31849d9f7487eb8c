import { useTranslation } from 'react-i18next';
import type {
  OrientationSlipContent,
  ReminderTicketContent,
} from '../../../src-main/api/contract/print-content';

/**
 * What will come out of the printer, drawn from the same content object the printing
 * service receives: the resident checks it before printing.
 */
export function PrintPreview({
  content,
}: {
  content: ReminderTicketContent | OrientationSlipContent;
}) {
  const { t } = useTranslation('tools');
  return (
    <figure className="print-preview" aria-label={t('print.previewLabel')}>
      <div className="print-paper" lang={content.language} dir={content.direction}>
        <p className="print-heading">{content.heading}</p>
        {content.kind === 'reminder-ticket' ? (
          <TicketBody ticket={content} />
        ) : (
          <SlipBody slip={content} />
        )}
        {content.qr ? (
          <p className="print-qr">
            <span className="print-qr-box" aria-hidden="true">
              QR
            </span>
            <span>
              {content.qr.caption}
              <br />
              <span dir="ltr">{content.qr.url}</span>
            </span>
          </p>
        ) : null}
        <p className="print-footer">{content.footer}</p>
      </div>
    </figure>
  );
}

function TicketBody({ ticket }: { ticket: ReminderTicketContent }) {
  return (
    <>
      <p className="print-title">{ticket.demarche}</p>
      <p className="print-deadline">{ticket.deadline.text}</p>
      {ticket.details.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {[ticket.bring, ticket.help].map((block) => (
        <div key={block.heading} className="print-block">
          <p className="print-block-heading">{block.heading}</p>
          <ul>
            {block.lines.map((line) => (
              <li key={line} dir="auto">
                {line}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function SlipBody({ slip }: { slip: OrientationSlipContent }) {
  return (
    <>
      <p className="print-title" dir="auto">
        {slip.structure.name}
      </p>
      {slip.structure.description ? <p dir="auto">{slip.structure.description}</p> : null}
      <ul className="print-block">
        {slip.structure.lines.map((line) => (
          <li key={line} dir="auto">
            {line}
          </li>
        ))}
      </ul>
    </>
  );
}
