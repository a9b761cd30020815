import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import { CONTENT_SECURITY_POLICY } from '@shared/security/content-security-policy';
import { Markdown } from '@renderer/components/Markdown';
import { saveConversation } from '@renderer/db/conversations-repository';
import { createPerson } from '@renderer/db/people-repository';
import { createBrowserPlatform } from '@renderer/platform/browser-platform';
import type { Platform } from '@renderer/platform/platform';
import { PlatformProvider } from '@renderer/platform/platform-context';
import { useUiStore } from '@renderer/state/ui-store';
import { conversationInput } from './fixtures';
import { createMemoryPlatform, renderApp } from './render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Renders one note and waits for the Markdown renderer, which loads lazily: until then the note
 * shows as plain text, so the rendered container is what tells that it has arrived.
 */
async function renderNote(text: string, platform: Platform = createMemoryPlatform()) {
  const view = render(
    <PlatformProvider platform={platform}>
      <Markdown text={text} />
    </PlatformProvider>,
  );
  await waitFor(() => expect(view.container.querySelector('.markdown')).not.toBeNull());
  return view;
}

describe('Markdown notes', () => {
  it('renders bold, italic, lists and code as elements', async () => {
    const { container } = await renderNote(
      [
        '**Cloud** spend is her _worry_, see `cost.csv`.',
        '',
        '- send the breakdown',
        '- book a review',
        '',
        '3. third',
        '4. fourth',
        '',
        '> she said so',
        '',
        '```',
        'total = a + b',
        '```',
      ].join('\n'),
    );
    expect(screen.getByText('Cloud', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('worry', { selector: 'em' })).toBeInTheDocument();
    expect(screen.getByText('cost.csv', { selector: 'code' })).toBeInTheDocument();
    expect(screen.getAllByRole('list').map((list) => list.tagName)).toEqual(['UL', 'OL']);
    const [bullets, numbered] = screen.getAllByRole('list') as [HTMLElement, HTMLElement];
    expect(
      within(bullets)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['send the breakdown', 'book a review']);
    expect(numbered).toHaveAttribute('start', '3');
    expect(screen.getByText('she said so').closest('blockquote')).not.toBeNull();
    expect(container.querySelector('pre code')).toHaveTextContent('total = a + b');
    expect(container).not.toHaveTextContent('**');
  });

  it('shows headings as bold paragraphs, leaving the page outline to the screen', async () => {
    await renderNote('# Next steps\n\n### Later\n\nBudget first.');
    expect(screen.queryAllByRole('heading')).toEqual([]);
    expect(screen.getByText('Next steps', { selector: 'p > strong' })).toBeInTheDocument();
    expect(screen.getByText('Later', { selector: 'p > strong' })).toBeInTheDocument();
  });

  it('keeps the line breaks typed inside a paragraph', async () => {
    await renderNote('First line\nsecond line');
    expect(screen.getByText(/First line/).textContent).toBe('First line\nsecond line');
  });

  describe('hostile input', () => {
    it('shows an inline <b> as the characters typed', async () => {
      const { container } = await renderNote('Q3 budget review. <b>Cloud</b> spend is her worry.');
      expect(screen.getByText('Q3 budget review. <b>Cloud</b> spend is her worry.')).toBeInTheDocument();
      expect(container.querySelector('b')).toBeNull();
    });

    it('decodes character references to text, never to markup', async () => {
      const { container } = await renderNote('&lt;img src=x onerror=alert(1)&gt; &amp; &copy;');
      expect(screen.getByText('<img src=x onerror=alert(1)> & ©')).toBeInTheDocument();
      expect(container.querySelector('img')).toBeNull();
    });

    it('shows <img onerror> as text, with no image element', async () => {
      const { container } = await renderNote('<img src=x onerror=alert(1)>');
      expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
      expect(container.querySelector('img, [onerror]')).toBeNull();
    });

    it('shows a <script> block as text and runs nothing', async () => {
      const { container } = await renderNote('<script>window.hacked = true</script>');
      expect(screen.getByText('<script>window.hacked = true</script>')).toBeInTheDocument();
      expect(container.querySelector('script')).toBeNull();
      expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
    });

    it('shows a raw HTML block as its characters, line by line', async () => {
      const block = '<div onclick="alert(1)">\n<iframe src="https://example.com"></iframe>\n</div>';
      const { container } = await renderNote(`${block}\n\nAfter the block.`);
      expect(container.querySelector('.markdown div, iframe, [onclick]')).toBeNull();
      expect(screen.getByText(/<iframe/).textContent).toBe(block);
      expect(screen.getByText('After the block.')).toBeInTheDocument();
    });

    it('turns a javascript: link into plain text that opens nothing', async () => {
      const openExternalLink = vi.fn<Platform['openExternalLink']>();
      const { container } = await renderNote('[x](javascript:alert(1))', createMemoryPlatform({ openExternalLink }));
      expect(screen.queryByRole('link')).toBeNull();
      await userEvent.click(screen.getByText('x'));
      expect(openExternalLink).not.toHaveBeenCalled();
      expect(container.innerHTML).not.toContain('javascript');
    });

    it('offers only http(s) links: mailto: and relative addresses are plain text', async () => {
      await renderNote('[mail](mailto:dana@example.com) and [log](/log) and [web](https://example.com/a)');
      expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['web']);
      expect(screen.getByText(/mail and log and/)).toBeInTheDocument();
    });

    it('never fetches a remote image: it is a link to click, not an <img>', async () => {
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      const { container } = await renderNote(
        '![](http://example.com/a.png) and ![chart](https://example.com/b.png) and ![local](data:image/png;base64,AAAA)',
      );
      expect(container.querySelector('img')).toBeNull();
      expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
        'Image: http://example.com/a.png',
        'Image: chart — https://example.com/b.png',
      ]);
      // micromark empties the data: address, so that image is only named.
      expect(screen.getByText('Image: local')).toBeInTheDocument();
      expect(fetchSpy).not.toHaveBeenCalled();
      // And should one ever be written, the page may load images only from the app itself.
      expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data: blob:;");
    });

    it('shows an image inside a link as text, so the link stays one link', async () => {
      const { container } = await renderNote('[![logo](https://example.com/logo.png)](https://example.com)');
      expect(container.querySelector('img')).toBeNull();
      const link = screen.getByRole('link');
      expect(link).toHaveTextContent('Image: logo — https://example.com/logo.png');
      expect(link).toHaveAttribute('href', 'https://example.com');
    });
  });

  describe('links', () => {
    it('opens an autolink only through the platform, never by navigating', async () => {
      const openExternalLink = vi.fn<Platform['openExternalLink']>(async () => ({ ok: true, value: 'cancelled' }));
      await renderNote('See <https://example.com>.', createMemoryPlatform({ openExternalLink }));
      const link = screen.getByRole('link', { name: 'https://example.com' });
      await userEvent.click(link);
      expect(openExternalLink).toHaveBeenCalledExactlyOnceWith('https://example.com');
      // fireEvent answers false when a handler prevented the default, here the browser's own navigation.
      expect(fireEvent.click(link)).toBe(false);
      expect(fireEvent(link, new MouseEvent('auxclick', { button: 1, bubbles: true, cancelable: true }))).toBe(false);
      expect(openExternalLink).toHaveBeenCalledTimes(3);
    });

    it('asks for confirmation before a browser opens the link', async () => {
      const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      await renderNote('<https://example.com/page>', createBrowserPlatform());
      const link = screen.getByRole('link', { name: 'https://example.com/page' });

      await userEvent.click(link);
      await waitFor(() => expect(confirm).toHaveBeenCalledOnce());
      expect(confirm.mock.calls[0]?.[0]).toContain('https://example.com/page');
      expect(open).not.toHaveBeenCalled();

      confirm.mockReturnValue(true);
      await userEvent.click(link);
      await waitFor(() =>
        expect(open).toHaveBeenCalledExactlyOnceWith('https://example.com/page', '_blank', 'noopener,noreferrer'),
      );
    });

    it('draws a note shown again, soon or after 600 others, the same, its link asking the platform of now', async () => {
      const note = '**Pricing** first, see <https://example.com/deck>.';
      const before = vi.fn<Platform['openExternalLink']>(async () => ({ ok: true, value: 'cancelled' }));
      const first = (await renderNote(note, createMemoryPlatform({ openExternalLink: before }))).container.innerHTML;
      cleanup();

      const others = Array.from({ length: 600 }, (_, index) => `Note _${index}_`);
      const many = render(
        <PlatformProvider platform={createMemoryPlatform()}>
          {others.map((text) => (
            <Markdown key={text} text={text} />
          ))}
        </PlatformProvider>,
      );
      await waitFor(() => expect(many.container.querySelectorAll('.markdown')).toHaveLength(600));
      expect(many.container.querySelector('.markdown:last-child em')).toHaveTextContent('599');
      cleanup();

      for (const shownAgain of ['after 600 others', 'at once']) {
        const after = vi.fn<Platform['openExternalLink']>(async () => ({ ok: true, value: 'cancelled' }));
        const { container } = await renderNote(note, createMemoryPlatform({ openExternalLink: after }));
        expect(container.innerHTML, shownAgain).toBe(first);
        await userEvent.click(screen.getByRole('link', { name: 'https://example.com/deck' }));
        expect(after, shownAgain).toHaveBeenCalledExactlyOnceWith('https://example.com/deck');
        cleanup();
      }
      expect(before).not.toHaveBeenCalled();
    });

    it('tells the user when the platform refuses a link', async () => {
      const openExternalLink = vi.fn<Platform['openExternalLink']>(async () => ({
        ok: false,
        error: 'That link is too long.',
      }));
      await renderNote('<https://example.com>', createMemoryPlatform({ openExternalLink }));
      await userEvent.click(screen.getByRole('link'));
      await waitFor(() =>
        expect(useUiStore.getState().notice).toMatchObject({
          message: 'The link could not be opened: That link is too long.',
          tone: 'error',
        }),
      );
    });
  });

  describe('on the screens', () => {
    beforeEach(() => {
      // Once idle, the app fetches every other screen (app/lazy-screens.ts). These tests are over sooner
      // than that takes under load, and a screen still loading when the file ends fails the run; the
      // notes need none of those screens, so here the app is never idle.
      vi.stubGlobal('requestIdleCallback', () => 0);
      vi.stubGlobal('cancelIdleCallback', () => undefined);
    });
    afterEach(() => {
      // Unmounted first: the app cancels its idle callback as it goes.
      cleanup();
      vi.unstubAllGlobals();
    });

    it('renders conversation notes in the Log, with the characters of any HTML', async () => {
      const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana' });
      await saveConversation(
        conversationInput([dana.id], new Date().toISOString(), {
          title: 'Budget',
          notes: '# Recap\n\n**Cloud** spend is her worry. <b>Cloud</b> stays text.',
        }),
      );
      const { container } = renderApp('/log');
      const entry = await screen.findByRole('article', { name: 'Budget — Dana' });
      expect(await within(entry).findByText('Cloud', { selector: 'strong' })).toBeInTheDocument();
      expect(within(entry).getByText(/<b>Cloud<\/b> stays text\./)).toBeInTheDocument();
      expect(container.querySelector('article b')).toBeNull();
      // The entry's own heading is its only one: the note's "# Recap" is a bold paragraph.
      expect(
        within(entry)
          .getAllByRole('heading')
          .map((heading) => heading.textContent),
      ).toEqual([expect.stringContaining('Budget — Dana')]);
    });

    it("renders a person's notes in the dossier", async () => {
      const dana = await createPerson({
        ...emptyPersonInput(),
        name: 'Dana',
        notes: 'Prefers:\n\n- email before *ten*\n- <b>short</b> decks',
      });
      renderApp(`/people/${dana.id}`);
      const notes = await screen.findByRole('region', { name: 'Notes' });
      const items = await within(notes).findAllByRole('listitem');
      expect(items.map((item) => item.textContent)).toEqual(['email before ten', '<b>short</b> decks']);
      expect(within(notes).getByText('ten', { selector: 'em' })).toBeInTheDocument();
    });
  });
});
