import { useState } from 'react';
import { ValidationError, describeWriteError } from '@renderer/db/write-errors';

export type SaveState = {
  saving: boolean;
  /** Why the last save failed, in words for the user; `null` when it did not. */
  saveError: string | null;
  clearSaveError(): void;
  /**
   * Runs one save. A failure keeps the form as it is: field errors go to `onFieldErrors`, and
   * `saveError` says what happened (a full disk included), so nothing typed is lost.
   */
  save(write: () => Promise<void>, onFieldErrors: (errors: Readonly<Record<string, string>>) => void): Promise<void>;
};

/** The saving flag and error message every form shows, and the one way they are set. */
export function useSave(): SaveState {
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  return {
    saving,
    saveError,
    clearSaveError: () => setSaveError(null),
    async save(write, onFieldErrors) {
      setSaving(true);
      try {
        await write();
      } catch (error) {
        if (error instanceof ValidationError) onFieldErrors(error.fieldErrors);
        setSaveError(describeWriteError(error));
      } finally {
        setSaving(false);
      }
    },
  };
}
