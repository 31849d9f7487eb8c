/**
 * The printing shell adapters, bundled on their own (CommonJS, 'electron' left external)
 * so an Electron-level spec can load them into the real main process and drive them
 * against real webContents and a real session.
 */
export { handlePdfDownload } from '../../../src-main/shell/pdf-download-handler';
export { createPageSource, PAGE_PDF_OPTIONS } from '../../../src-main/shell/page-printer';
