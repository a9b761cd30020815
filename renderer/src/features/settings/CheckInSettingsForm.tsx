import { fieldErrorsFrom } from '@shared/domain/field-errors';
import { useState, type FormEvent } from 'react';
import { settingsPatchSchema } from '@shared/domain/settings';
import type { Settings } from '@shared/domain/types';
import { useUiStore } from '@renderer/state/ui-store';
import { Field } from '@renderer/components/Field';
import { updateSettings } from '@renderer/db/settings-repository';
import { ValidationError, describeWriteError } from '@renderer/db/write-errors';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

type CheckInSettingsField = 'checkInWeekday' | 'checkInTime' | 'includeCbiPersonal';
type CheckInSettings = Pick<Settings, CheckInSettingsField>;

/** When the weekly check-in is due, and whether it asks the personal burnout questions. */
export function CheckInSettingsForm({ initial }: { initial: CheckInSettings }) {
  const [weekday, setWeekday] = useState(String(initial.checkInWeekday));
  const [time, setTime] = useState(initial.checkInTime);
  const [includePersonal, setIncludePersonal] = useState(initial.includeCbiPersonal);
  const [errors, setErrors] = useState<Partial<Record<CheckInSettingsField, string>>>({});
  const showNotice = useUiStore((state) => state.showNotice);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = settingsPatchSchema.safeParse({
      checkInWeekday: Number(weekday),
      checkInTime: time,
      includeCbiPersonal: includePersonal,
    });
    if (!parsed.success) {
      setErrors(
        fieldErrorsFrom<CheckInSettingsField>(parsed.error.issues, [
          'checkInWeekday',
          'checkInTime',
          'includeCbiPersonal',
        ]),
      );
      return;
    }
    setErrors({});
    try {
      await updateSettings(parsed.data);
      showNotice({ message: 'Check-in settings saved.', tone: 'info' });
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.fieldErrors);
      showNotice({ message: describeWriteError(error), tone: 'error' });
    }
  }

  return (
    <form className="settings-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>Weekly check-in</legend>
        <div className="field-row">
          <Field label="Check-in day" error={errors.checkInWeekday}>
            <select value={weekday} onChange={(event) => setWeekday(event.target.value)}>
              {WEEKDAYS.map((name, index) => (
                <option key={name} value={index + 1}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Reminder time" error={errors.checkInTime} hint="The reminder comes at this time on that day.">
            <input type="time" value={time} onChange={(event) => setTime(event.target.value)} />
          </Field>
        </div>
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includePersonal}
              onChange={(event) => setIncludePersonal(event.target.checked)}
              aria-describedby="include-personal-hint"
            />
            Include the personal burnout questions
          </label>
          <p className="field-hint" id="include-personal-hint">
            The six personal questions of the Copenhagen Burnout Inventory, asked after the work questions.
          </p>
          {errors.includeCbiPersonal && <p className="field-error">{errors.includeCbiPersonal}</p>}
        </div>
        <button type="submit">Save check-in settings</button>
      </fieldset>
    </form>
  );
}
