/**
 * Why a print failed, from what the print system says, and what each person is told: the
 * resident gets a plain sentence ("L'imprimante ne répond pas, demandez à l'accueil"), the
 * referent gets the cause and the print system's own words. Pure: the CUPS and Windows
 * adapters hand their messages here (CUPS tools run with LANG=C, so the text is English).
 */
export const PRINT_FAILURE_CAUSES = [
  /** The configured queue does not exist (renamed, removed, typo). */
  'printer-unknown',
  /** No printer chosen and the system has no default one. */
  'no-printer',
  /** The print system itself does not answer (CUPS stopped, spooler down). */
  'print-system-down',
  /** The printer does not answer (switched off, cable, network). */
  'printer-offline',
  'out-of-paper',
  /** The queue is stopped or paused (jam, door open, stopped by hand, after an error). */
  'queue-stopped',
  /** The queue refuses new jobs, or refused this one. */
  'job-refused',
  /** Accepted, but not printed in the time allowed. */
  'job-stuck',
  /** A print command did not answer in time. */
  'timeout',
  /** The print tools are not installed, or cannot do this on this system. */
  'not-supported',
  'unknown',
] as const;
export type PrintFailureCause = (typeof PRINT_FAILURE_CAUSES)[number];

/** The two sentences a resident may see; everything else is for the referent. */
export type ResidentPrintMessage = 'printer-unavailable' | 'out-of-paper';

export function residentMessageFor(cause: PrintFailureCause): ResidentPrintMessage {
  return cause === 'out-of-paper' ? 'out-of-paper' : 'printer-unavailable';
}

const MESSAGE_RULES: readonly [RegExp, PrintFailureCause][] = [
  [
    /printer or class does not exist|invalid destination name|unknown printer|invalid printer name/i,
    'printer-unknown',
  ],
  [/no default destination/i, 'no-printer'],
  [
    /scheduler is not running|unable to connect to server|bad file descriptor|connection refused|no such file or directory|server-error-service-unavailable/i,
    'print-system-down',
  ],
  [/not accepting jobs|rejecting jobs|too many (active )?jobs|quota/i, 'job-refused'],
  [
    /document-format|too large|forbidden|not-authorized|client-error|unsupported|request entity/i,
    'job-refused',
  ],
  [/media-(empty|needed)|out of paper|paper out/i, 'out-of-paper'],
  [
    /not responding|unable to locate printer|offline|connecting-to-device|timed-out|host is down|is busy/i,
    'printer-offline',
  ],
  [/paused|disabled|stopped|media-jam|door-open|marker-supply-empty/i, 'queue-stopped'],
];

/** A print command's error text (stderr) → the cause. */
export function classifyPrintMessage(text: string): PrintFailureCause {
  for (const [pattern, cause] of MESSAGE_RULES) if (pattern.test(text)) return cause;
  return 'unknown';
}

export interface PrinterCondition {
  /** The queue prints jobs (CUPS "enabled"); false when stopped or paused. */
  enabled: boolean;
  accepting: boolean;
  /** IPP printer-state-reasons ("media-empty-error", "offline-report"…). */
  reasons: readonly string[];
  /** The printer's own status line, if any ("The printer is not responding."). */
  message: string;
}

/**
 * Is this queue able to print now? A reason only counts as a fault in its "-error" or
 * bare form (and "offline-report", which CUPS uses for an absent device); "-warning"
 * (toner low) never stops a print.
 */
export function printerFault(condition: PrinterCondition): PrintFailureCause | null {
  const faults = condition.reasons.filter(
    (reason) => reason !== 'none' && !reason.endsWith('-warning') && !isHarmlessReport(reason),
  );
  if (faults.some((reason) => /^media-(empty|needed)/.test(reason))) return 'out-of-paper';
  if (faults.some((reason) => /^(offline|connecting-to-device|timed-out)/.test(reason))) {
    return 'printer-offline';
  }
  if (!condition.enabled) {
    const fromMessage = classifyPrintMessage(condition.message);
    return fromMessage === 'unknown' || fromMessage === 'job-refused'
      ? 'queue-stopped'
      : fromMessage;
  }
  if (!condition.accepting) return 'job-refused';
  if (faults.some((reason) => reason !== 'paused' && reason.endsWith('-error'))) {
    return 'queue-stopped';
  }
  return null;
}

function isHarmlessReport(reason: string): boolean {
  return reason.endsWith('-report') && !reason.startsWith('offline');
}
