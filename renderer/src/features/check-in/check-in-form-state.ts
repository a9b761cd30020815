import * as z from 'zod/mini';
import { CBI_PERSONAL, CBI_WORK, UCLA3 } from '@shared/domain/check-in-instruments';
import type { CheckInInput } from '@shared/domain/check-in-input';
import type { CheckIn, IsoWeek, ItemAnswer } from '@shared/domain/types';

/**
 * One item in the form: an option index, `skipped` when the user chose "Skip", or `null` when not
 * answered yet. Both of the last two are stored as `null`; the form keeps them apart only so a chosen
 * "Skip" stays visibly chosen.
 */
export type FormAnswer = number | 'skipped' | null;

/** What the check-in form holds; also the shape of its draft. */
export type CheckInFormState = {
  cbiWork: FormAnswer[];
  cbiPersonal: FormAnswer[];
  ucla3: FormAnswer[];
  /** 1–5, `skipped` or `null`. */
  energy: FormAnswer;
  leanedOn: string[];
  win: string;
  drain: string;
  reflection: string;
};

export type AnswerListKey = 'cbiWork' | 'cbiPersonal' | 'ucla3';

const formAnswerSchema = z.union([z.number().check(z.int(), z.gte(0)), z.literal('skipped'), z.null()]);

// Drafts may come from an older version of the app, so a stored draft is checked against today's shape
// (including each instrument's number of items) before it is offered back.
const formStateSchema = z.object({
  cbiWork: z.array(formAnswerSchema).check(z.length(CBI_WORK.items.length)),
  cbiPersonal: z.array(formAnswerSchema).check(z.length(CBI_PERSONAL.items.length)),
  ucla3: z.array(formAnswerSchema).check(z.length(UCLA3.items.length)),
  energy: formAnswerSchema,
  leanedOn: z.array(z.string()),
  win: z.string(),
  drain: z.string(),
  reflection: z.string(),
});

export function isCheckInFormState(value: unknown): value is CheckInFormState {
  return formStateSchema.safeParse(value).success;
}

export function emptyCheckInForm(): CheckInFormState {
  return {
    cbiWork: CBI_WORK.items.map(() => null),
    cbiPersonal: CBI_PERSONAL.items.map(() => null),
    ucla3: UCLA3.items.map(() => null),
    energy: null,
    leanedOn: [],
    win: '',
    drain: '',
    reflection: '',
  };
}

/** A saved check-in, back in the form for editing. */
export function checkInToForm(checkIn: CheckIn): CheckInFormState {
  const empty = emptyCheckInForm();
  return {
    cbiWork: checkIn.cbiWork,
    cbiPersonal: checkIn.cbiPersonal ?? empty.cbiPersonal,
    ucla3: checkIn.ucla3,
    energy: checkIn.energy ?? null,
    leanedOn: checkIn.leanedOn,
    win: checkIn.win ?? '',
    drain: checkIn.drain ?? '',
    reflection: checkIn.reflection ?? '',
  };
}

/** What the form submits. The personal scale is left out when the form did not ask it. */
export function formToCheckInInput(form: CheckInFormState, week: IsoWeek, includePersonal: boolean): CheckInInput {
  const energy = stored(form.energy);
  return {
    week,
    cbiWork: form.cbiWork.map(stored),
    ...(includePersonal ? { cbiPersonal: form.cbiPersonal.map(stored) } : {}),
    ucla3: form.ucla3.map(stored),
    ...(energy === null ? {} : { energy }),
    leanedOn: form.leanedOn,
    win: form.win,
    drain: form.drain,
    reflection: form.reflection,
  };
}

/** Whether two form states hold the same answers and text ("Skip" and unanswered count as the same). */
export function sameCheckInForm(a: CheckInFormState, b: CheckInFormState): boolean {
  const normal = (form: CheckInFormState) =>
    JSON.stringify({
      ...form,
      cbiWork: form.cbiWork.map(stored),
      cbiPersonal: form.cbiPersonal.map(stored),
      ucla3: form.ucla3.map(stored),
      energy: stored(form.energy),
      leanedOn: [...form.leanedOn].sort(),
    });
  return normal(a) === normal(b);
}

function stored(answer: FormAnswer): ItemAnswer {
  return answer === 'skipped' ? null : answer;
}
