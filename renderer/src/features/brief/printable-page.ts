import type { PrintablePage } from '@shared/ipc/contract';
import briefStyles from './brief.css?raw';

/** What the print styles hide (styles.css, "Printing"): the screen's controls. */
const HIDDEN_IN_PRINT = '.print-hidden';

/**
 * The brief screen as the desktop prints it to PDF: the screen's markup without its controls, as the
 * browser's print shows it, with the brief's own stylesheet (the app's is not sent: the printed page has
 * no navigation or theme to style). React has already escaped every text in the markup.
 */
export function printablePage(screen: HTMLElement, title: string): PrintablePage {
  const copy = screen.cloneNode(true);
  if (!(copy instanceof HTMLElement)) throw new TypeError('The brief could not be copied for printing.');
  for (const control of copy.querySelectorAll(HIDDEN_IN_PRINT)) control.remove();
  return { title, styles: briefStyles, body: copy.outerHTML };
}
