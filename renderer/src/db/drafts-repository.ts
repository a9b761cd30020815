import type { Draft } from '@shared/domain/types';
import { nowIso } from './records';
import { readDraft, removeDraft, writeDraft } from './tables/other-tables';

// Drafts keep what a form holds before it is saved, so a reload, a crash or a closed window loses
// nothing. Keys name the form and the record: `conversation:new`, `conversation:<id>`, `check-in:2026-W47`.

export async function saveDraft(formKey: string, value: unknown): Promise<void> {
  await writeDraft({ formKey, value, updatedAt: nowIso() });
}

export async function getDraft(formKey: string): Promise<Draft | undefined> {
  await recoverStashedDraft(formKey);
  return readDraft(formKey);
}

export async function deleteDraft(formKey: string): Promise<void> {
  dropStash(formKey);
  await removeDraft(formKey);
}

// An IndexedDB write started while the page is being hidden (reload, closing the window) may be
// cut off with the page. The last keystrokes are therefore also stashed synchronously in
// localStorage, on this machine, and moved into the drafts table the next time the form opens.
const STASH_PREFIX = 'upstream-draft:';

/** Synchronous: safe to call while the page unloads. */
export function stashDraft(formKey: string, value: unknown): void {
  try {
    localStorage.setItem(STASH_PREFIX + formKey, JSON.stringify({ value, updatedAt: nowIso() }));
  } catch {
    // Storage full or disabled: the IndexedDB write that is also under way is all there is.
  }
}

function dropStash(formKey: string): void {
  try {
    localStorage.removeItem(STASH_PREFIX + formKey);
  } catch {
    // Nothing stashed can be read either.
  }
}

function readStash(formKey: string): string | null {
  try {
    return localStorage.getItem(STASH_PREFIX + formKey);
  } catch {
    return null;
  }
}

async function recoverStashedDraft(formKey: string): Promise<void> {
  const text = readStash(formKey);
  if (text === null) return;
  try {
    const stashed: unknown = JSON.parse(text);
    if (typeof stashed === 'object' && stashed !== null && 'value' in stashed) {
      // Only a stash newer than the stored draft is recovered: an older one (its removal lost when
      // the browser closed) must never overwrite what was written since.
      const stashedAt = 'updatedAt' in stashed && typeof stashed.updatedAt === 'string' ? stashed.updatedAt : '';
      const stored = await readDraft(formKey);
      if (!stored || stored.updatedAt < stashedAt) await saveDraft(formKey, stashed.value);
    }
  } catch {
    // A damaged stash is dropped; the drafts table keeps what it had.
  }
  dropStash(formKey);
}
