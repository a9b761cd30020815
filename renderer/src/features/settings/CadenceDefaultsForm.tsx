import { fieldErrorsFrom } from '@shared/domain/field-errors';
import { useState, type FormEvent } from 'react';
import { cadenceDefaultsSchema } from '@shared/domain/settings';
import type { CadenceDefaults } from '@shared/domain/types';
import { Field } from '@renderer/components/Field';

const CADENCE_FIELDS: { key: keyof CadenceDefaults; label: string }[] = [
  { key: 'manager', label: 'Your manager' },
  { key: 'productPeer', label: 'Peers in product' },
  { key: 'otherPeer', label: 'Other peers' },
  { key: 'board', label: 'Board members' },
  { key: 'other', label: 'Everyone else' },
];

/** How often to talk, by relationship: the default cadence of each new person. */
export function CadenceDefaultsForm({
  initial,
  onSave,
}: {
  initial: CadenceDefaults;
  onSave(defaults: CadenceDefaults): Promise<void>;
}) {
  const [values, setValues] = useState<Record<keyof CadenceDefaults, string>>(() => ({
    manager: String(initial.manager),
    productPeer: String(initial.productPeer),
    otherPeer: String(initial.otherPeer),
    board: String(initial.board),
    other: String(initial.other),
  }));
  const [errors, setErrors] = useState<Partial<Record<keyof CadenceDefaults, string>>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = Object.fromEntries(
      CADENCE_FIELDS.map(({ key }) => [key, values[key].trim() === '' ? Number.NaN : Number(values[key])]),
    );
    const parsed = cadenceDefaultsSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(
        fieldErrorsFrom<keyof CadenceDefaults>(
          parsed.error.issues,
          CADENCE_FIELDS.map((field) => field.key),
        ),
      );
      return;
    }
    setErrors({});
    await onSave(parsed.data);
  }

  return (
    <form className="settings-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>Default cadence (days between conversations)</legend>
        <div className="field-row">
          {CADENCE_FIELDS.map(({ key, label }) => (
            <Field key={key} label={label} error={errors[key]}>
              <input
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                value={values[key]}
                onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
              />
            </Field>
          ))}
        </div>
        <button type="submit">Save cadence defaults</button>
      </fieldset>
    </form>
  );
}
