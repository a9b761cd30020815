import { lazy, Suspense } from 'react';

/** A note as the user typed it: what shows while the Markdown renderer loads, or if it cannot load. */
function PlainText({ text }: { text: string }) {
  return <p className="prose">{text}</p>;
}

// The renderer (micromark) is fetched with the first note a screen shows, never with the start-up
// JavaScript (SPEC §9: under 150 KB gzip), so only this small wrapper may be imported statically.
// React.lazy keeps the loaded module: every later note renders at once, without the plain-text step.
const RenderedMarkdown = lazy(() =>
  import('./MarkdownContent').then(
    (module) => ({ default: module.MarkdownContent }),
    () => ({ default: PlainText }),
  ),
);

/**
 * A note written in Markdown (SPEC §3): raw HTML shows as the characters typed, links open only
 * through the external-link confirmation, and images are never fetched.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <Suspense fallback={<PlainText text={text} />}>
      <RenderedMarkdown text={text} />
    </Suspense>
  );
}
