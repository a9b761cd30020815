import { micromark } from 'micromark';
import { createElement, Fragment, useMemo, type MouseEvent, type ReactNode } from 'react';
import { externalUrlSchema } from '@shared/ipc/external-url';
import { usePlatform } from '@renderer/platform/platform-context';
import { useUiStore } from '@renderer/state/ui-store';

// Loaded lazily by Markdown.tsx: import that component, never this module, or micromark joins the
// start-up JavaScript.
//
// How a note becomes elements:
// 1. micromark turns the Markdown into HTML. With its safe defaults, spelled out below, raw HTML in the
//    note is escaped (a typed `<b>` stays the characters `<b>`) and links or images with a dangerous
//    protocol (`javascript:` and the like) get an empty address.
// 2. DOMParser reads that HTML into a document of its own, which runs no script and loads no image.
// 3. That document is walked into React elements from a short list. Nothing is ever put into the page
//    as HTML, links open only through the platform's confirmation, and images become links to click.

/** Elements micromark writes for CommonMark that are shown as they are, without their attributes. */
const KEPT_ELEMENTS = new Set(['p', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'hr', 'br']);

const HEADING = /^h[1-6]$/;

const parser = new DOMParser();

// The notes turned into elements lately, by their text, the least recently shown dropped first: a screen
// shown again (a dossier revisited, the Log's rows scrolled back into view) draws its notes without
// parsing them again. React elements are plain descriptions, so one may be drawn any number of times.
const NOTES_KEPT = 500;
const renderedNotes = new Map<string, ReactNode[]>();

function renderedNote(text: string): ReactNode[] {
  const kept = renderedNotes.get(text);
  if (kept) {
    // Map keeps insertion order: moving the note to the end marks it as the most recently shown.
    renderedNotes.delete(text);
    renderedNotes.set(text, kept);
    return kept;
  }
  const html = micromark(text, { allowDangerousHtml: false, allowDangerousProtocol: false });
  const body = parser.parseFromString(html, 'text/html').body;
  const content = Array.from(body.childNodes, (node, index) => topLevelNode(node, index));
  renderedNotes.set(text, content);
  if (renderedNotes.size > NOTES_KEPT) renderedNotes.delete(renderedNotes.keys().next().value as string);
  return content;
}

/** The elements for one note's Markdown. */
export function MarkdownContent({ text }: { text: string }) {
  const content = useMemo(() => renderedNote(text), [text]);
  return <div className="markdown">{content}</div>;
}

/**
 * A block of the note. Raw HTML blocks come out of micromark as bare escaped text, outside any
 * paragraph, so such text becomes a paragraph of its own; the line breaks between blocks are dropped.
 */
function topLevelNode(node: ChildNode, key: number): ReactNode {
  if (node.nodeType !== Node.TEXT_NODE) return convertNode(node, key, false);
  const text = node.textContent?.trim();
  return text ? <p key={key}>{text}</p> : null;
}

function convertChildren(parent: Node, insideLink: boolean): ReactNode[] {
  return Array.from(parent.childNodes, (node, index) => convertNode(node, index, insideLink));
}

/** One node: text as text, known elements rebuilt, links and images replaced, anything else reduced to its text. */
function convertNode(node: ChildNode, key: number, insideLink: boolean): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.localName;
  if (tag === 'a') {
    const url = externalUrl(element.getAttribute('href'));
    const children = convertChildren(element, true);
    // Only http(s) links are offered; any other address (relative, mailto:, emptied by micromark) is plain text.
    return url ? (
      <ExternalLink key={key} url={url}>
        {children}
      </ExternalLink>
    ) : (
      <Fragment key={key}>{children}</Fragment>
    );
  }
  if (tag === 'img') {
    return (
      <ImageAsLink
        key={key}
        alt={element.getAttribute('alt') ?? ''}
        src={element.getAttribute('src')}
        insideLink={insideLink}
      />
    );
  }
  // A note's headings are bold paragraphs, not headings: the screen's own headings stay the page's outline.
  if (HEADING.test(tag)) {
    return (
      <p key={key}>
        <strong>{convertChildren(element, insideLink)}</strong>
      </p>
    );
  }
  if (tag === 'ol') {
    // micromark writes `start` only for a list that does not begin at 1.
    const start = element.getAttribute('start');
    return (
      <ol key={key} start={start === null ? undefined : Number(start)}>
        {convertChildren(element, insideLink)}
      </ol>
    );
  }
  if (KEPT_ELEMENTS.has(tag)) return createElement(tag, { key }, ...convertChildren(element, insideLink));
  // micromark writes no other element for CommonMark; should one appear, only its text is shown.
  return <Fragment key={key}>{convertChildren(element, insideLink)}</Fragment>;
}

/** The address when it is one that may leave the app (http or https, SPEC §6), else `null`. */
function externalUrl(address: string | null): string | null {
  const parsed = externalUrlSchema.safeParse(address);
  return parsed.success ? parsed.data : null;
}

/**
 * An image, never fetched (the CSP's img-src allows only the app's own images anyway): its alt text
 * and address, as a link when the address may be opened, as text inside another link or otherwise.
 */
function ImageAsLink({ alt, src, insideLink }: { alt: string; src: string | null; insideLink: boolean }) {
  const url = externalUrl(src);
  const described = [alt, url].filter(Boolean).join(' — ');
  const label = described ? `Image: ${described}` : 'Image';
  if (!url || insideLink) return <span className="markdown-image">{label}</span>;
  return (
    <ExternalLink url={url}>
      <span className="markdown-image">{label}</span>
    </ExternalLink>
  );
}

/**
 * A link that the page never follows itself: a click (or a middle click) asks the platform, which
 * confirms with the user (a dialog on the desktop, the browser's confirm()) before opening it outside
 * the app. The address stays in `href` so the user can see where it leads.
 */
function ExternalLink({ url, children }: { url: string; children: ReactNode }) {
  const platform = usePlatform();
  const showNotice = useUiStore((state) => state.showNotice);

  function open(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    void platform.openExternalLink(url).then((result) => {
      if (!result.ok) showNotice({ message: `The link could not be opened: ${result.error}`, tone: 'error' });
    });
  }

  return (
    <a
      href={url}
      onClick={open}
      onAuxClick={(event) => {
        if (event.button === 1) open(event);
      }}
    >
      {children}
    </a>
  );
}
