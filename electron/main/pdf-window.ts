import { BrowserWindow } from 'electron';
import type { PrintablePage } from '@shared/ipc/contract';
import { hardenWebContents } from './security';

// Printing the offsite brief to PDF. The page sends the brief's markup and stylesheet; main writes them
// into a document of its own and loads it, as a data URL, into a hidden window that can run nothing and
// fetch nothing: JavaScript off, sandboxed like the app window, a Content-Security-Policy that allows
// inline styles and nothing else, and the hardening of every window (no navigation, no new windows). The
// session's request filter, which cancels every request outside the app, still applies.

/** Inline styles only: no script, no image, font or frame, no request of any kind. */
export const PRINT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Chromium refuses to load a URL longer than this (url::kMaxURLChars). */
export const MAX_URL_LENGTH = 2 * 1024 * 1024;

export type PaperSize = 'A4' | 'Letter';

/** Where Letter is the usual paper (North America); A4 everywhere else. */
const LETTER_COUNTRIES: readonly string[] = ['US', 'CA', 'MX'];

/** The paper a PDF is laid out on, from the system's country (`app.getLocaleCountryCode()`). */
export function paperSizeFor(countryCode: string): PaperSize {
  return LETTER_COUNTRIES.includes(countryCode.toUpperCase()) ? 'Letter' : 'A4';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The document that is printed. The policy comes first in the head, before anything the page sent: a
 * policy in a `<meta>` applies from where it is parsed, and a second one added by the markup could only
 * narrow it, never widen it. The styles and the body are the page's markup as sent, not escaped: whatever
 * they hold, the policy and the window let nothing in them run or load.
 */
export function printableDocument(page: PrintablePage): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    `<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">`,
    '<meta charset="utf-8">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${page.styles}</style>`,
    '</head>',
    `<body>${page.body}</body>`,
    '</html>',
  ].join('\n');
}

/** The document as a data URL; throws when it is too long for Chromium to load. */
export function printableDocumentUrl(page: PrintablePage): string {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(printableDocument(page), 'utf8').toString('base64')}`;
  if (url.length > MAX_URL_LENGTH) {
    throw new Error('This brief is too long to print as one PDF. Choose fewer people, or save it as Markdown.');
  }
  return url;
}

/** Inches of margin on every side of each page (about 15 mm). */
const MARGIN_INCHES = 0.6;

/** Renders `page` in a hidden, locked-down window and returns the PDF's bytes; the window is always closed. */
export async function printPageToPdf(page: PrintablePage, paperSize: PaperSize): Promise<Uint8Array> {
  const url = printableDocumentUrl(page);
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    // Written out literally (no spread) so security scanners can read every setting. The app window's
    // preferences, without a preload (this page talks to no one) and with JavaScript off.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      javascript: false,
    },
  });
  try {
    // No one can click in a hidden window, so a link in it has nowhere to go: links open nothing.
    hardenWebContents(window.webContents, {}, () => undefined);
    await window.loadURL(url);
    return await window.webContents.printToPDF({
      pageSize: paperSize,
      printBackground: true,
      margins: { top: MARGIN_INCHES, bottom: MARGIN_INCHES, left: MARGIN_INCHES, right: MARGIN_INCHES },
      // Each heading becomes a bookmark, so a long brief can be read person by person.
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    });
  } finally {
    window.destroy();
  }
}
