import { Fragment, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CalloutBlock,
  InlineRun,
  SheetBlock,
  SheetStep,
  SimpleBlock,
  StepBlock,
} from '../../src-main/api/contract/sheet';
import { Icon } from '../icons/Icon';

export interface StepControls {
  ticked: ReadonlySet<number>;
  onTick(step: number, done: boolean): void;
  /** Present when a voice can read the sheet's language. */
  onListen?: (step: SheetStep) => void;
}

/**
 * A help sheet's document tree as React elements. Text is always text: nothing in a
 * sheet becomes markup, so a sheet cannot run script or leave the portal.
 */
export function SheetDocument({
  blocks,
  steps,
}: {
  blocks: readonly SheetBlock[];
  steps: StepControls;
}) {
  return (
    <>
      {blocks.map((block, index) => (
        <Block key={index} block={block} steps={steps} />
      ))}
    </>
  );
}

function Block({ block, steps }: { block: SheetBlock; steps: StepControls }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? (
        <h3 className="sheet-heading">
          <Runs runs={block.content} />
        </h3>
      ) : (
        <h4 className="sheet-heading">
          <Runs runs={block.content} />
        </h4>
      );
    case 'steps':
      return (
        <ol className="sheet-steps">
          {block.steps.map((step) => (
            <Step key={step.number} step={step} controls={steps} />
          ))}
        </ol>
      );
    case 'callout':
      return <Callout block={block} />;
    default:
      return <Simple block={block} />;
  }
}

function Step({ step, controls }: { step: SheetStep; controls: StepControls }) {
  const { t } = useTranslation('sheets');
  const id = useId();
  const done = controls.ticked.has(step.number);
  return (
    <li className="sheet-step" data-done={done}>
      <div className="sheet-step-head">
        <input
          id={`${id}-box`}
          type="checkbox"
          className="sheet-step-box"
          checked={done}
          aria-describedby={`${id}-text`}
          onChange={(event) => controls.onTick(step.number, event.currentTarget.checked)}
        />
        <label htmlFor={`${id}-box`} className="sheet-step-label">
          {t('step', { number: step.number })}
          {done ? <span className="sheet-step-done"> · {t('done')}</span> : null}
        </label>
        {controls.onListen ? (
          <button
            type="button"
            className="button button-quiet sheet-listen"
            onClick={() => controls.onListen?.(step)}
          >
            <Icon name="listen" />
            <span className="visually-hidden">{t('readStep', { number: step.number })}</span>
          </button>
        ) : null}
      </div>
      <div id={`${id}-text`} className="sheet-step-text">
        {step.blocks.map((block, index) => (
          <StepPart key={index} block={block} />
        ))}
      </div>
    </li>
  );
}

function StepPart({ block }: { block: StepBlock }) {
  return block.kind === 'callout' ? <Callout block={block} /> : <Simple block={block} />;
}

function Callout({ block }: { block: CalloutBlock }) {
  const { t } = useTranslation('sheets');
  return (
    <div className={`sheet-callout sheet-callout-${block.tone}`} role="note">
      <p className="sheet-callout-title">
        <Icon name={block.tone} />
        {t(`callout.${block.tone}`)}
      </p>
      {block.blocks.map((part, index) => (
        <Simple key={index} block={part} />
      ))}
    </div>
  );
}

function Simple({ block }: { block: SimpleBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.content} />
        </p>
      );
    case 'bullets':
      return (
        <ul className="sheet-bullets">
          {block.items.map((item, index) => (
            <li key={index}>
              <Runs runs={item} />
            </li>
          ))}
        </ul>
      );
    case 'image':
      // The contract allows data: images only; checked again here, where it would matter.
      return block.src.startsWith('data:image/') ? (
        <img className="sheet-image" src={block.src} alt={block.alt} />
      ) : null;
  }
}

function Runs({ runs }: { runs: readonly InlineRun[] }) {
  return (
    <>
      {runs.map((run, index) => {
        if (run.kind === 'break') return <br key={index} />;
        let content: ReactNode = run.text;
        if (run.em) content = <em>{content}</em>;
        if (run.strong) content = <strong>{content}</strong>;
        return <Fragment key={index}>{content}</Fragment>;
      })}
    </>
  );
}
