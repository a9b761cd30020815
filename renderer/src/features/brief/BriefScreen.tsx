import { parseISO } from 'date-fns';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { localDateOf } from '@shared/domain/dates';
import {
  DEFAULT_BRIEF_PERIOD_KEY,
  briefFileName,
  briefPeriodByKey,
  briefPeriods,
  defaultBriefPeople,
  type OffsiteBrief,
} from '@shared/domain/offsite-brief';
import { briefAsMarkdown, formatBriefDay } from '@shared/domain/offsite-brief-text';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { useRelationships } from '@renderer/features/people/relationships-context';
import { useNow } from '@renderer/hooks/use-now';
import { usePlatform } from '@renderer/platform/platform-context';
import { useUiStore } from '@renderer/state/ui-store';
import { BriefDocument } from './BriefDocument';
import { BriefPeoplePicker } from './BriefPeoplePicker';
import { printablePage } from './printable-page';
import { useOffsiteBrief } from './use-offsite-brief';
import './brief.css';

/**
 * The offsite brief (SPEC §5): choose people and a period, read a section per person and my upstream
 * summary, then print it (a PDF on the desktop, the print dialog in a browser) or save it as Markdown.
 */
export function BriefScreen() {
  const relationships = useRelationships();
  const platform = usePlatform();
  const showNotice = useUiStore((state) => state.showNotice);
  const now = useNow();
  // `null` until the user changes the choice: until then the brief follows the default (influence 3 or
  // more), so a person added meanwhile is in it.
  const [chosen, setChosen] = useState<readonly string[] | null>(null);
  const [periodKey, setPeriodKey] = useState(DEFAULT_BRIEF_PERIOD_KEY);
  const [saving, setSaving] = useState(false);
  const screenRef = useRef<HTMLElement>(null);

  // The periods depend on the day alone: they are rebuilt at midnight, not at each tick of the clock.
  const today = localDateOf(now);
  const periods = useMemo(() => briefPeriods(parseISO(today)), [today]);
  const period = useMemo(() => briefPeriodByKey(periodKey, parseISO(today)), [periodKey, today]);
  const candidates = useMemo(() => (relationships?.people ?? []).filter((person) => !person.archived), [relationships]);
  const chosenIds = useMemo(() => chosen ?? defaultBriefPeople(candidates), [chosen, candidates]);
  const brief = useOffsiteBrief(chosenIds, period.range, now);

  /** Runs one save, with the buttons off meanwhile so a second click cannot start another. */
  async function save(action: (ready: OffsiteBrief) => Promise<void>) {
    if (!brief) return;
    setSaving(true);
    try {
      await action(brief);
    } catch (error) {
      // A failure on this side of the bridge (copying the page, building the file), not a Result from it.
      const detail = error instanceof Error ? error.message : String(error);
      showNotice({ message: `The brief could not be saved: ${detail}`, tone: 'error' });
    } finally {
      setSaving(false);
    }
  }

  const onPrint = () =>
    save(async (ready) => {
      const screen = screenRef.current;
      if (!screen) return;
      const page = printablePage(screen, `Offsite brief, ${formatBriefDay(ready.today)}`);
      const result = await platform.printToPdf(briefFileName(ready, 'pdf'), page);
      if (!result.ok) showNotice({ message: `The brief could not be saved: ${result.error}`, tone: 'error' });
      else if (result.value === 'saved') showNotice({ message: 'Brief saved as a PDF.', tone: 'info' });
    });

  const onSaveMarkdown = () =>
    save(async (ready) => {
      const markdown = new Blob([briefAsMarkdown(ready)], { type: 'text/markdown' });
      const result = await platform.saveTextFile(briefFileName(ready, 'md'), markdown);
      if (!result.ok) showNotice({ message: `The brief could not be saved: ${result.error}`, tone: 'error' });
      else if (result.value === 'saved') showNotice({ message: 'Brief saved as Markdown.', tone: 'info' });
    });

  if (!relationships) return null;
  return (
    <section className="screen brief-screen" ref={screenRef}>
      <ScreenHeading>Offsite brief</ScreenHeading>
      <div className="brief-controls print-hidden">
        {candidates.length === 0 ? (
          <div className="empty-state">
            <p>
              No one to brief on yet. <Link href="/people/new">Add the people you work with</Link>, log your
              conversations, and the brief fills in.
            </p>
          </div>
        ) : (
          <BriefPeoplePicker people={candidates} chosenIds={chosenIds} onChange={setChosen} />
        )}
        <div className="brief-actions">
          <label className="field">
            Period
            <select value={period.key} onChange={(event) => setPeriodKey(event.target.value)}>
              {periods.map((option) => (
                <option key={option.key} value={option.key}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" disabled={!brief || saving} onClick={() => void onPrint()}>
            {platform.kind === 'desktop' ? 'Save as PDF' : 'Print'}
          </button>
          <button type="button" disabled={!brief || saving} onClick={() => void onSaveMarkdown()}>
            Save as Markdown
          </button>
          {platform.kind === 'browser' && (
            <p className="field-hint">The print dialog can also save the brief as a PDF.</p>
          )}
        </div>
      </div>
      {brief && <BriefDocument brief={brief} />}
    </section>
  );
}
