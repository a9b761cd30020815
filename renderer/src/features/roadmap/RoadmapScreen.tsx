import { format } from 'date-fns';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { LEFT_OUT_PATTERN_EXPLANATION, leftOutPattern } from '@shared/domain/left-out-pattern';
import { quarterOf, quarterRange, type DateRange } from '@shared/domain/local-calendar';
import { roadmapWarnings } from '@shared/domain/roadmap-warnings';
import { NEW_MOMENT_KEYS } from '@shared/domain/shortcuts';
import {
  AREA_LABELS,
  INVOLVEMENT_FORM_ORDER,
  INVOLVEMENT_LABELS,
  TECH_IMPACT_LABELS,
} from '@shared/domain/strategy-moment';
import {
  UPSTREAM_SCORE_EXPLANATION,
  formatUpstreamScore,
  momentsIn,
  rollingWindow,
  upstreamByQuarter,
  upstreamSummary,
} from '@shared/domain/upstream-score';
import {
  STRATEGY_AREAS,
  TECH_IMPACTS,
  type Involvement,
  type Person,
  type StrategyArea,
  type StrategyMoment,
  type TechImpact,
} from '@shared/domain/types';
import { InvolvementCounts } from '@renderer/components/InvolvementCounts';
import { LineChart } from '@renderer/components/charts/LineChart';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { WarningList } from '@renderer/components/WarningList';
import { useNow } from '@renderer/hooks/use-now';
import { usePeople } from '@renderer/hooks/use-people';
import { useStrategyMoments } from '@renderer/hooks/use-strategy-moments';
import { shortcut } from '@renderer/platform/keyboard';

const NEW_MOMENT_SHORTCUT = shortcut(NEW_MOMENT_KEYS);
/** How many quarters the chart shows, ending with the current one. */
const CHART_QUARTERS = 8;

/** `all`, `90d` or a quarter like `2026-Q3`. */
type Period = string;

function periodRange(period: Period, now: Date): DateRange | null {
  if (period === 'all') return null;
  if (period === '90d') return rollingWindow(now);
  return quarterRange(period);
}

function scoreText(score: number | null): string {
  return score === null ? 'no score (no moments)' : `${formatUpstreamScore(score)} of 100`;
}

function HowComputed({ children }: { children: string }) {
  return (
    <details className="how-computed">
      <summary>How is this computed?</summary>
      <p>{children}</p>
    </details>
  );
}

function namesOf(ids: readonly string[], people: readonly Person[] | undefined): string {
  const names = ids.map((id) => people?.find((person) => person.id === id)?.name ?? 'someone no longer listed');
  return names.length === 0 ? 'no one named' : names.join(', ');
}

type Filters = { area: StrategyArea | ''; involvement: Involvement | ''; impact: TechImpact | '' };

/**
 * The roadmap room (SPEC §4, §5): was I in the room when strategy was decided? The upstream score by
 * quarter and for the rolling 90 days, where I stood in each decision, what blindsided me, and which
 * areas and people keep deciding without me.
 */
export function RoadmapScreen() {
  const moments = useStrategyMoments();
  const people = usePeople();
  const now = useNow();
  const [period, setPeriod] = useState<Period>('90d');
  const [filters, setFilters] = useState<Filters>({ area: '', involvement: '', impact: '' });

  const quarters = useMemo(() => (moments ? upstreamByQuarter(moments, now, CHART_QUARTERS) : []), [moments, now]);
  const warnings = useMemo(() => (moments ? roadmapWarnings({ moments, now }) : []), [moments, now]);
  const range = periodRange(period, now);
  const inPeriod = useMemo(() => (moments && range ? momentsIn(moments, range) : (moments ?? [])), [moments, range]);
  const summary = useMemo(() => upstreamSummary(inPeriod), [inPeriod]);
  const pattern = useMemo(() => leftOutPattern(inPeriod), [inPeriod]);
  const periodQuarters = useMemo(
    () => [...new Set((moments ?? []).map((moment) => quarterOf(moment.occurredOn)))].sort().reverse(),
    [moments],
  );

  // Drawn once the names are here too, so a driver never flashes as "someone no longer listed".
  if (!moments || !people) return null;
  const listed = inPeriod.filter(
    (moment) =>
      (filters.area === '' || moment.area === filters.area) &&
      (filters.involvement === '' || moment.involvement === filters.involvement) &&
      (filters.impact === '' || moment.techImpact === filters.impact),
  );
  const periodName = period === 'all' ? 'all time' : period === '90d' ? 'the last 90 days' : period;

  return (
    <section className="screen roadmap">
      <ScreenHeading>Roadmap room</ScreenHeading>
      <p>
        <Link href="/roadmap/new" className="button primary" aria-keyshortcuts={NEW_MOMENT_SHORTCUT.aria}>
          Record a strategy moment <kbd aria-hidden="true">{NEW_MOMENT_SHORTCUT.label}</kbd>
        </Link>
      </p>
      {moments.length === 0 ? (
        <div className="empty-state">
          <p>
            No strategy moments yet. Each time strategy is decided — a roadmap, a budget, an acquisition, a reorg —
            record it here with how involved you were: shaped, consulted, present, informed or blindsided.
          </p>
          <p>
            Over a few months this shows whether you are upstream, shaping decisions, or told afterwards, and which
            areas and people decide without you. From the quick log, tick “This conversation revealed a decision” to
            record one straight from a conversation.
          </p>
        </div>
      ) : (
        <>
          {warnings.length > 0 && <WarningList warnings={warnings} />}

          <section aria-labelledby="upstream-score-heading">
            <h2 id="upstream-score-heading">Upstream score</h2>
            <p>
              Last 90 days: <strong>{scoreText(upstreamSummary(momentsIn(moments, rollingWindow(now))).score)}</strong>
            </p>
            <LineChart
              title="Upstream score by quarter (0–100)"
              xLabels={quarters.map((entry) => entry.quarter)}
              series={[
                {
                  label: 'Upstream score',
                  values: quarters.map((entry) => entry.summary.score),
                  color: 'var(--accent)',
                },
              ]}
              yRange={[0, 100]}
              formatValue={formatUpstreamScore}
            />
            <HowComputed>{UPSTREAM_SCORE_EXPLANATION}</HowComputed>
          </section>

          <div className="filters" role="group" aria-label="Filter strategy moments">
            <label>
              Period{' '}
              <select value={period} onChange={(event) => setPeriod(event.target.value)}>
                <option value="90d">Last 90 days</option>
                <option value="all">All time</option>
                {periodQuarters.map((quarter) => (
                  <option key={quarter} value={quarter}>
                    {quarter}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Area{' '}
              <select
                value={filters.area}
                onChange={(event) => setFilters({ ...filters, area: event.target.value as Filters['area'] })}
              >
                <option value="">All areas</option>
                {STRATEGY_AREAS.map((area) => (
                  <option key={area} value={area}>
                    {AREA_LABELS[area]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Involvement{' '}
              <select
                value={filters.involvement}
                onChange={(event) =>
                  setFilters({ ...filters, involvement: event.target.value as Filters['involvement'] })
                }
              >
                <option value="">Any involvement</option>
                {INVOLVEMENT_FORM_ORDER.map((involvement) => (
                  <option key={involvement} value={involvement}>
                    {INVOLVEMENT_LABELS[involvement]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Impact{' '}
              <select
                value={filters.impact}
                onChange={(event) => setFilters({ ...filters, impact: event.target.value as Filters['impact'] })}
              >
                <option value="">Any impact</option>
                {TECH_IMPACTS.map((impact) => (
                  <option key={impact} value={impact}>
                    {TECH_IMPACT_LABELS[impact]}
                  </option>
                ))}
              </select>
            </label>
          </div>

          <section aria-labelledby="period-heading">
            <h2 id="period-heading">In {periodName}</h2>
            <p>
              {summary.moments} {summary.moments === 1 ? 'moment' : 'moments'}, upstream score{' '}
              {scoreText(summary.score)}.
            </p>
            <InvolvementCounts counts={summary.counts} />
            <p>
              Consulted on what matters:{' '}
              {summary.consultedOnHighImpact.share === null
                ? 'no medium- or high-impact moments'
                : `${summary.consultedOnHighImpact.consulted} of ${summary.consultedOnHighImpact.total} medium- and high-impact moments (${Math.round(summary.consultedOnHighImpact.share * 100)}%)`}
              .
            </p>
            <HowComputed>{UPSTREAM_SCORE_EXPLANATION}</HowComputed>

            <h3 id="blindsided-heading">Blindsided</h3>
            {summary.blindsided.length === 0 ? (
              <p>Not blindsided in {periodName}.</p>
            ) : (
              <ul aria-labelledby="blindsided-heading">
                {summary.blindsided.map((moment) => (
                  <li key={moment.id}>
                    <Link href={`/roadmap/${moment.id}`}>{moment.title}</Link> ({moment.occurredOn},{' '}
                    {AREA_LABELS[moment.area]}, driven by {namesOf(moment.drivenBy, people)})
                  </li>
                ))}
              </ul>
            )}

            <h3 id="left-out-heading">Left out: what keeps being decided without you</h3>
            {pattern.leftOut === 0 ? (
              <p>No moment in {periodName} where you were only informed or blindsided.</p>
            ) : (
              <div className="left-out">
                <p>
                  {pattern.leftOut} {pattern.leftOut === 1 ? 'moment' : 'moments'} where you were only informed or
                  blindsided.
                </p>
                <ul aria-label="Areas decided without you">
                  {pattern.areas.map((entry) => (
                    <li key={entry.area}>
                      {AREA_LABELS[entry.area]}: {entry.count}, last on {entry.lastOn}
                      {entry.recurs && <strong> (recurs)</strong>}
                    </li>
                  ))}
                </ul>
                <ul aria-label="People who decided without you">
                  {pattern.drivers.map((entry) => (
                    <li key={entry.personId}>
                      {namesOf([entry.personId], people)}: {entry.count}, last on {entry.lastOn}
                      {entry.recurs && <strong> (recurs)</strong>}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <HowComputed>{LEFT_OUT_PATTERN_EXPLANATION}</HowComputed>
          </section>

          <section aria-labelledby="moments-heading">
            <h2 id="moments-heading">
              Strategy moments in {periodName} ({listed.length})
            </h2>
            {listed.length === 0 ? (
              <p>No moment matches these filters.</p>
            ) : (
              <ul className="moment-list" aria-labelledby="moments-heading">
                {listed.map((moment) => (
                  <MomentEntry key={moment.id} moment={moment} people={people} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}

function MomentEntry({ moment, people }: { moment: StrategyMoment; people: readonly Person[] | undefined }) {
  return (
    <li className="moment-entry">
      <p>
        <time dateTime={moment.occurredOn}>{format(new Date(`${moment.occurredOn}T00:00`), 'd MMM yyyy')}</time>{' '}
        <Link href={`/roadmap/${moment.id}`}>{moment.title}</Link>
      </p>
      <p className="subtle">
        {AREA_LABELS[moment.area]} · {INVOLVEMENT_LABELS[moment.involvement]} · impact{' '}
        {TECH_IMPACT_LABELS[moment.techImpact].toLowerCase()} · driven by {namesOf(moment.drivenBy, people)}
      </p>
    </li>
  );
}
