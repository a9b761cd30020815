import { describe, expect, it } from 'vitest';
import { emptyPersonInput, splitEmails, validatePersonInput, type PersonInput } from '@shared/domain/person';

const valid: PersonInput = {
  ...emptyPersonInput(),
  name: 'Dana Whitfield',
  title: 'Chief Financial Officer',
  emails: ['dana@example.com'],
  function: 'finance',
};

describe('validatePersonInput', () => {
  it('accepts a complete person and trims text', () => {
    const result = validatePersonInput({ ...valid, name: '  Dana Whitfield  ' });
    expect(result).toEqual({ ok: true, value: { ...valid, name: 'Dana Whitfield' } });
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name', 'A name is required.'],
    ['a 121-character name', { name: 'x'.repeat(121) }, 'name', 'A name can be at most 120 characters.'],
    ['an invalid email', { emails: ['dana@'] }, 'emails', 'Use an address like name@company.com.'],
    ['influence 0', { influence: 0 }, 'influence', 'Influence is at least 1.'],
    ['influence 6', { influence: 6 }, 'influence', 'Influence is at most 5.'],
    ['influence 2.5', { influence: 2.5 }, 'influence', 'Influence is a whole number from 1 to 5.'],
    ['an empty cadence', { cadenceDays: Number.NaN }, 'cadenceDays', 'Cadence is a number of days.'],
    ['a cadence of 0', { cadenceDays: 0 }, 'cadenceDays', 'Cadence is at least 1 day.'],
    ['an unknown stance', { stance: 'hostile' }, 'stance', 'Choose a stance.'],
    ['an unknown relationship', { relationship: 'friend' }, 'relationship', 'Choose a relationship.'],
  ])('rejects %s with a message for that field', (_case, change, field, message) => {
    const result = validatePersonInput({ ...valid, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual({ [field]: message });
  });

  it('accepts the 120-character name at the limit', () => {
    expect(validatePersonInput({ ...valid, name: 'x'.repeat(120) }).ok).toBe(true);
  });

  it('rejects input that is not an object at all', () => {
    expect(validatePersonInput(null).ok).toBe(false);
    expect(validatePersonInput('Dana').ok).toBe(false);
  });

  it('keeps HTML as text: validation does not strip or interpret it', () => {
    const result = validatePersonInput({ ...valid, notes: '<script>alert(1)</script>' });
    expect(result.ok && result.value.notes).toBe('<script>alert(1)</script>');
  });
});

describe('splitEmails', () => {
  it('splits on commas, semicolons and white space and drops blanks', () => {
    expect(splitEmails(' a@x.com, b@y.org;c@z.io\n\n ')).toEqual(['a@x.com', 'b@y.org', 'c@z.io']);
    expect(splitEmails('')).toEqual([]);
  });
});
