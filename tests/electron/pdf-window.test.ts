import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_URL_LENGTH,
  PRINT_CONTENT_SECURITY_POLICY,
  paperSizeFor,
  printPageToPdf,
  printableDocument,
  printableDocumentUrl,
} from '../../electron/main/pdf-window';
import type { PrintablePage } from '@shared/ipc/contract';
import { PRINTABLE_BODY_MAX, PRINTABLE_STYLES_MAX, PRINTABLE_TITLE_MAX } from '@shared/ipc/schemas';
import type { FakeWebContents } from './fakes';

// Electron cannot run here, so Chromium never renders these PDFs: BrowserWindow is a recording fake, and
// these tests prove how the window is built, what it loads and that it is always closed. The hardening
// (security.ts) is the real code.

type FakePrintWindow = {
  options: BrowserWindowConstructorOptions;
  contents: FakeWebContents;
  loaded: string[];
  printed: PrintToPDFOptions[];
  destroyed: boolean;
  /** Whether navigation rules and the window-open handler were in place when the page started loading. */
  hardenedBeforeLoad?: boolean;
};

const fake = vi.hoisted(() => ({
  windows: [] as FakePrintWindow[],
  loadFails: false,
  printFails: false,
}));

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

vi.mock('electron', async () => {
  const { createFakeWebContents } = await import('./fakes');
  class BrowserWindow {
    readonly webContents;
    private readonly record: FakePrintWindow;
    constructor(options: BrowserWindowConstructorOptions) {
      const contents = createFakeWebContents();
      const record: FakePrintWindow = { options, contents, loaded: [], printed: [], destroyed: false };
      this.record = record;
      this.webContents = Object.assign(contents.contents, {
        printToPDF: async (printOptions: PrintToPDFOptions) => {
          record.printed.push(printOptions);
          if (fake.printFails) throw new Error('Printing failed');
          return PDF;
        },
      });
      fake.windows.push(record);
    }
    async loadURL(url: string): Promise<void> {
      this.record.hardenedBeforeLoad =
        this.record.contents.listeners.has('will-navigate') && this.record.contents.windowOpenHandler !== undefined;
      this.record.loaded.push(url);
      if (fake.loadFails) throw new Error('ERR_INVALID_URL');
    }
    destroy(): void {
      this.record.destroyed = true;
    }
  }
  return { BrowserWindow };
});

const PAGE: PrintablePage = {
  title: 'Offsite brief, 30 November 2026',
  styles: '.brief { color: black; }',
  body: '<section class="screen brief-screen"><h1>Offsite brief</h1><p>Dana &amp; Sam</p></section>',
};

function decode(url: string): string {
  const prefix = 'data:text/html;charset=utf-8;base64,';
  expect(url.startsWith(prefix)).toBe(true);
  return Buffer.from(url.slice(prefix.length), 'base64').toString('utf8');
}

function onlyWindow(): FakePrintWindow {
  expect(fake.windows).toHaveLength(1);
  const [window] = fake.windows;
  if (!window) throw new Error('no window');
  return window;
}

beforeEach(() => {
  fake.windows.length = 0;
  fake.loadFails = false;
  fake.printFails = false;
});

describe('paperSizeFor', () => {
  it.each([
    ['US', 'Letter'],
    ['ca', 'Letter'],
    ['MX', 'Letter'],
    ['GB', 'A4'],
    ['DE', 'A4'],
    ['', 'A4'],
  ])('lays a PDF out for %j on %s', (country, size) => {
    expect(paperSizeFor(country)).toBe(size);
  });
});

describe('the printed document', () => {
  it('allows inline styles and nothing else: no script, no request', () => {
    expect(PRINT_CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
  });

  it('puts the policy first in the head, before anything the page sent', () => {
    const html = printableDocument({
      ...PAGE,
      styles: '</style><meta http-equiv="Content-Security-Policy" content="script-src *">',
    });
    const policy = html.indexOf(
      `<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">`,
    );
    expect(policy).toBeGreaterThan(html.indexOf('<head>'));
    expect(policy).toBeLessThan(html.indexOf('<title>'));
    expect(policy).toBeLessThan(html.indexOf('script-src *'));
  });

  it('escapes the title and keeps the page’s styles and body', () => {
    const html = printableDocument({ ...PAGE, title: 'Brief <script>alert(1)</script> & "more"' });
    expect(html).toContain('<title>Brief &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;more&#34;</title>');
    expect(html).toContain(`<style>${PAGE.styles}</style>`);
    expect(html).toContain(`<body>${PAGE.body}</body>`);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
  });

  it('is loaded as a base64 data URL that decodes to the document, whatever its characters', () => {
    const page = { ...PAGE, body: '<p>Dana Ørsted — “budget” 予算 👍</p>' };
    expect(decode(printableDocumentUrl(page))).toBe(printableDocument(page));
  });

  it('fits Chromium’s URL limit with the longest page the schema lets through, when it is plain text', () => {
    const longest = {
      title: 't'.repeat(PRINTABLE_TITLE_MAX),
      styles: 's'.repeat(PRINTABLE_STYLES_MAX),
      body: 'b'.repeat(PRINTABLE_BODY_MAX),
    };
    expect(printableDocumentUrl(longest).length).toBeLessThanOrEqual(MAX_URL_LENGTH);
  });

  it('refuses a document too long for a URL with a message that says what to do', () => {
    // Three bytes per character in UTF-8.
    expect(() => printableDocumentUrl({ ...PAGE, body: '予'.repeat(600_000) })).toThrow(
      'This brief is too long to print as one PDF. Choose fewer people, or save it as Markdown.',
    );
  });
});

describe('printPageToPdf', () => {
  it('builds a hidden window with the app window’s hardened preferences, no preload and no JavaScript', async () => {
    await printPageToPdf(PAGE, 'A4');
    const window = onlyWindow();
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toEqual({
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
    });
  });

  it('hardens the window before loading the document, and loads only that document', async () => {
    await printPageToPdf(PAGE, 'A4');
    const window = onlyWindow();
    expect(window.hardenedBeforeLoad).toBe(true);
    expect(window.loaded).toHaveLength(1);
    expect(decode(window.loaded[0] ?? '')).toBe(printableDocument(PAGE));
    expect(window.contents.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(window.contents.emit('will-navigate', 'upstream://app/index.html#/brief')).toBe(false);
    expect(window.contents.emit('will-attach-webview', 'https://evil.example/')).toBe(true);
    expect(window.contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('prints on the paper given, with margins, background and an outline, and returns the PDF', async () => {
    await expect(printPageToPdf(PAGE, 'Letter')).resolves.toBe(PDF);
    expect(onlyWindow().printed).toEqual([
      {
        pageSize: 'Letter',
        printBackground: true,
        margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 },
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      },
    ]);
    expect(onlyWindow().destroyed).toBe(true);
  });

  it.each([
    ['the document cannot be loaded', 'loadFails', 'ERR_INVALID_URL'],
    ['printing fails', 'printFails', 'Printing failed'],
  ] as const)('closes the window when %s, and reports the failure', async (_case, failure, message) => {
    fake[failure] = true;
    await expect(printPageToPdf(PAGE, 'A4')).rejects.toThrow(message);
    expect(onlyWindow().destroyed).toBe(true);
  });

  it('opens no window at all for a document too long to load', async () => {
    await expect(printPageToPdf({ ...PAGE, body: '予'.repeat(600_000) }, 'A4')).rejects.toThrow('too long');
    expect(fake.windows).toEqual([]);
  });
});
