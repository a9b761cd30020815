import { INSTRUMENT_VERSION } from '@shared/domain/check-in-instruments';
import type { CheckInInput } from '@shared/domain/check-in-input';
import { isoWeekOf } from '@shared/domain/iso-week';
import type { CheckIn, IsoWeek } from '@shared/domain/types';
import { newRecord, nextUpdatedAt } from './records';
import { readCheckInOfWeek, readCheckInsBetween, readRecentCheckIns } from './tables/other-tables';
import { basedOn, put, transact } from './tables/write';
import { ValidationError } from './write-errors';

// The weekly check-ins: at most one per ISO week (the `&week` index is unique). Every read goes through
// the week index and is bounded, so the check-in screen stays instant after ten years of weeks.
// `YYYY-Www` strings sort in week order, so index order is calendar order.

/**
 * Saves the check-in of `input.week`. A week that already has one is updated in place: same id,
 * `createdAt` and `completedAt` (when it was first completed), new answers and `updatedAt`, and the
 * current instrument version, since the answers were given to today's wording.
 */
export async function saveCheckIn(input: CheckInInput): Promise<CheckIn> {
  const currentWeek = isoWeekOf(new Date());
  // The rules (zod) load with the first save (the check-in form has them already): the shell reads check-ins
  // for the reminder and Today's card, it never writes one, so the rules stay out of the start-up JavaScript.
  const { validateCheckInInput } = await import('@shared/domain/check-in-input');
  const result = validateCheckInInput(input, currentWeek);
  if (!result.ok) throw new ValidationError(result.errors);
  const fields = result.value;
  return transact(async () => {
    const existing = await readCheckInOfWeek(fields.week);
    // Built from the new fields only, so an answer or text cleared in the form is cleared in the record.
    const record: CheckIn = existing
      ? {
          ...fields,
          id: existing.id,
          createdAt: existing.createdAt,
          updatedAt: nextUpdatedAt(existing.updatedAt),
          completedAt: existing.completedAt,
          instrumentVersion: INSTRUMENT_VERSION,
        }
      : completed(newRecord(fields));
    return {
      ops: [put('checkIns', record)],
      preconditions: [basedOn('checkIns', record.id, existing)],
      result: record,
    };
  });
}

function completed<T extends { createdAt: string }>(record: T): T & Pick<CheckIn, 'completedAt' | 'instrumentVersion'> {
  return { ...record, completedAt: record.createdAt, instrumentVersion: INSTRUMENT_VERSION };
}

export function getCheckIn(week: IsoWeek): Promise<CheckIn | undefined> {
  return readCheckInOfWeek(week);
}

/** The `limit` latest check-ins, newest week first. */
export function listRecentCheckIns(limit: number): Promise<CheckIn[]> {
  return readRecentCheckIns(limit);
}

/** The check-ins from `fromWeek` to `toWeek`, both included, oldest first. */
export function listCheckInsBetween(fromWeek: IsoWeek, toWeek: IsoWeek): Promise<CheckIn[]> {
  return readCheckInsBetween(fromWeek, toWeek);
}

/** The week of the latest check-in, or `null` before the first. */
export async function latestCheckInWeek(): Promise<IsoWeek | null> {
  const [latest] = await readRecentCheckIns(1);
  return latest?.week ?? null;
}
