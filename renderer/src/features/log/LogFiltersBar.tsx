import { useShallow } from 'zustand/react/shallow';
import { KIND_LABELS } from '@shared/domain/labels';
import { CONVERSATION_KINDS, type ConversationKind, type Person } from '@shared/domain/types';
import { useUiStore } from '@renderer/state/ui-store';
import { ChoiceSelect } from '@renderer/components/ChoiceSelect';
import { PersonFilter } from './PersonFilter';
import { useTags } from '@renderer/hooks/use-conversations';

const KIND_FILTER_CHOICES: readonly (ConversationKind | '')[] = ['', ...CONVERSATION_KINDS];
const KIND_FILTER_LABELS: Record<ConversationKind | '', string> = { '': 'Any', ...KIND_LABELS };

/** The Log's filters; `people` is everyone, by name. */
export function LogFiltersBar({ people }: { people: readonly Person[] }) {
  const tags = useTags();
  const { filters, setFilters, clear } = useUiStore(
    useShallow((state) => ({
      filters: state.logFilters,
      setFilters: state.setLogFilters,
      clear: state.clearLogFilters,
    })),
  );
  const active = Object.values(filters).some((value) => value !== '');
  return (
    <div className="toolbar" role="group" aria-label="Filter conversations">
      <PersonFilter people={people} value={filters.personId} onChange={(personId) => setFilters({ personId })} />
      <label>
        Kind{' '}
        <ChoiceSelect
          choices={KIND_FILTER_CHOICES}
          labels={KIND_FILTER_LABELS}
          value={filters.kind}
          onChange={(kind) => setFilters({ kind })}
        />
      </label>
      <label>
        Tag{' '}
        <select value={filters.tag} onChange={(event) => setFilters({ tag: event.target.value })}>
          <option value="">Any</option>
          {(tags ?? []).map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        From <input type="date" value={filters.from} onChange={(event) => setFilters({ from: event.target.value })} />
      </label>
      <label>
        To <input type="date" value={filters.to} onChange={(event) => setFilters({ to: event.target.value })} />
      </label>
      {active && (
        <button type="button" onClick={clear}>
          Clear filters
        </button>
      )}
    </div>
  );
}
