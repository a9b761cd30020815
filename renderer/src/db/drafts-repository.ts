import type { Draft } from '../../../shared/domain/types';
import { db } from './database';
import { nowIso } from './records';

// Drafts keep what a form holds before it is saved, so a reload, a crash or a closed window loses
// nothing. Keys name the form and the record: `conversation:new`, `conversation:<id>`, `check-in:2026-W47`.

export async function saveDraft(formKey: string, value: unknown): Promise<void> {
  await db.drafts.put({ formKey, value, updatedAt: nowIso() });
}

export function getDraft(formKey: string): Promise<Draft | undefined> {
  return db.drafts.get(formKey);
}

export async function deleteDraft(formKey: string): Promise<void> {
  await db.drafts.delete(formKey);
}
