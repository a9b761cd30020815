import { localDateOf } from '@shared/domain/dates';
import type { StrategyMomentInput } from '@shared/domain/strategy-moment';
import type { LocalDate, StrategyMoment } from '@shared/domain/types';
import { newRecord, nextUpdatedAt } from './records';
import {
  readStrategyMoment,
  readStrategyMoments,
  readStrategyMomentsBetween,
  readStrategyMomentsDrivenBy,
  readHasStrategyMoments,
} from './tables/other-tables';
import { basedOn, put, remove, transact } from './tables/write';
import { ValidationError } from './write-errors';

// Strategy moments (SPEC §3): each decision that mattered, and how involved I was when it was made.

/** Every moment, newest first. */
export function listStrategyMoments(): Promise<StrategyMoment[]> {
  return readStrategyMoments();
}

export function getStrategyMoment(id: string): Promise<StrategyMoment | undefined> {
  return readStrategyMoment(id);
}

/** Whether any moment was ever recorded (Today teaches the roadmap room until one is). */
export function hasStrategyMoments(): Promise<boolean> {
  return readHasStrategyMoments();
}

/** The moments dated from `from` to `to` (local days, both included), newest first: a range of the day index. */
export function listStrategyMomentsBetween(from: LocalDate, to: LocalDate): Promise<StrategyMoment[]> {
  return readStrategyMomentsBetween(from, to);
}

/** The moments a person drove, newest first. */
export function listMomentsDrivenBy(personId: string): Promise<StrategyMoment[]> {
  return readStrategyMomentsDrivenBy(personId);
}

async function parse(input: StrategyMomentInput, now: Date): Promise<StrategyMomentInput> {
  // The rules load with the first save (the form has them already): Today reads moments, it never writes one.
  const { validateStrategyMomentInput } = await import('@shared/domain/strategy-moment');
  const result = validateStrategyMomentInput(input, localDateOf(now));
  if (!result.ok) throw new ValidationError(result.errors);
  return result.value;
}

/** Records a new moment, or saves an edit of moment `id`. Checked whole first: bad input writes nothing. */
export async function saveStrategyMoment(input: StrategyMomentInput, id?: string, now = new Date()) {
  const fields = await parse(input, now);
  return transact(async () => {
    const existing = id === undefined ? undefined : await readStrategyMoment(id);
    if (id !== undefined && !existing) throw new Error('This strategy moment no longer exists.');
    const { conversationId, ...rest } = fields;
    const own = { ...rest, ...(conversationId ? { conversationId } : {}) };
    const moment: StrategyMoment = existing
      ? { ...own, id: existing.id, createdAt: existing.createdAt, updatedAt: nextUpdatedAt(existing.updatedAt) }
      : newRecord(own);
    return {
      ops: [put('strategyMoments', moment)],
      preconditions: [basedOn('strategyMoments', moment.id, existing ?? null)],
      result: moment,
    };
  });
}

/** Deletes a moment and returns it, for Undo. */
export async function deleteStrategyMoment(id: string): Promise<StrategyMoment> {
  return transact(async () => {
    const moment = await readStrategyMoment(id);
    if (!moment) throw new Error('This strategy moment no longer exists.');
    return {
      ops: [remove('strategyMoments', id)],
      preconditions: [basedOn('strategyMoments', id, moment)],
      result: moment,
    };
  });
}

/** Undo of a delete: the moment comes back as it was. */
export async function restoreStrategyMoment(moment: StrategyMoment): Promise<void> {
  await transact(async () => ({
    ops: [put('strategyMoments', moment)],
    preconditions: [basedOn('strategyMoments', moment.id, null)],
    result: undefined,
  }));
}
