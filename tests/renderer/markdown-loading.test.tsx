import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Markdown } from '@renderer/components/Markdown';

// A file of its own: each test file gets fresh modules, so here the lazily loaded renderer is not yet
// loaded when the note first renders (in markdown.test.tsx an earlier test may already have loaded it).
it('shows a note as plain text while the Markdown renderer loads, then rendered', async () => {
  const { container } = render(<Markdown text="**Cloud** spend" />);
  expect(screen.getByText('**Cloud** spend')).toBeInTheDocument();
  expect(await screen.findByText('Cloud', { selector: 'strong' })).toBeInTheDocument();
  expect(container).toHaveTextContent(/^Cloud spend$/);
});
