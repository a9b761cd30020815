import { fc, test } from '@fast-check/vitest';
import { addDays, addHours } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_ROTATION,
  BACKUPS_ALWAYS_KEPT,
  backupFileName,
  backupsToDelete,
  backupsToKeep,
  buildJournalMarker,
  describeRecordCounts,
  countsStillDescribe,
  isDailyBackupDue,
  judgeAgainstMarker,
  needsRecordCounts,
  parseBackupFileName,
  parseJournalMarker,
  type JournalState,
} from '@shared/domain/backups';

const counts = (people: number, conversations = 0) => ({
  people,
  stanceChanges: 0,
  conversations,
  commitments: 0,
  checkIns: 0,
  strategyMoments: 0,
  settings: 0,
});

describe('backup file names', () => {
  it('say when and why, and read back exactly', () => {
    const takenAt = new Date('2026-12-02T03:15:00.123Z');
    const name = backupFileName(takenAt, 'before-restore');
    expect(name).toBe('upstream-backup-20261202T031500123Z-before-restore.json');
    expect(parseBackupFileName(name)).toEqual({ takenAt: takenAt.toISOString(), reason: 'before-restore' });
  });

  it.each([
    ['a path', '../upstream-backup-20261202T031500123Z-daily.json'],
    ['a folder', 'backups/upstream-backup-20261202T031500123Z-daily.json'],
    ['an unknown reason', 'upstream-backup-20261202T031500123Z-weekly.json'],
    ['an impossible date', 'upstream-backup-20261332T031500123Z-daily.json'],
    ['another extension', 'upstream-backup-20261202T031500123Z-daily.json.exe'],
    ['another file', 'journal-marker.json'],
    ['a very long name', `upstream-backup-20261202T031500123Z-daily${'x'.repeat(500)}.json`],
  ])('refuse %s', (_what, name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });

  test.prop([fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('9999-12-31') })])(
    'read back any time they were made from',
    (date) => {
      expect(parseBackupFileName(backupFileName(date, 'daily'))?.takenAt).toBe(date.toISOString());
    },
  );
});

/** One backup a day at noon, local time, from `start`, for `days` days. */
function dailyBackups(start: Date, days: number) {
  return Array.from({ length: days }, (_, day) => {
    const takenAt = addHours(addDays(start, day), 12);
    return { name: backupFileName(takenAt, 'daily'), takenAt: takenAt.toISOString() };
  });
}

describe('rotation', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly backups of a year and more of daily backups', () => {
    const backups = dailyBackups(new Date(2025, 0, 1), 400);
    const kept = [...backupsToKeep(backups)].sort();
    const newest = backups.slice(-7).map((backup) => backup.name);
    expect(kept).toEqual(expect.arrayContaining(newest));
    // 7 days overlap the newest week or two, and the newest weeks overlap the newest month.
    expect(kept.length).toBeGreaterThanOrEqual(BACKUP_ROTATION.monthly + 7);
    expect(kept.length).toBeLessThanOrEqual(BACKUP_ROTATION.daily + BACKUP_ROTATION.weekly + BACKUP_ROTATION.monthly);
    const months = new Set(kept.map((name) => parseBackupFileName(name)?.takenAt.slice(0, 7)));
    expect(months.size).toBe(BACKUP_ROTATION.monthly);
    const oldestKept = kept.map((name) => parseBackupFileName(name)?.takenAt ?? '').sort()[0] ?? '';
    expect(Date.parse(oldestKept)).toBeGreaterThan(Date.parse(backups[0]?.takenAt ?? ''));
  });

  it('keeps the newest of each day, and the newest three whatever their day', () => {
    const day = new Date(2026, 11, 2, 9);
    const backups = [0, 1, 2, 3, 4].map((hour) => {
      const takenAt = addHours(day, hour);
      return { name: backupFileName(takenAt, hour === 2 ? 'before-restore' : 'daily'), takenAt: takenAt.toISOString() };
    });
    const kept = backupsToKeep(backups);
    expect([...kept].sort()).toEqual(
      backups
        .slice(-BACKUPS_ALWAYS_KEPT)
        .map((b) => b.name)
        .sort(),
    );
    expect(backupsToDelete(backups).map((b) => b.name)).toEqual(backups.slice(0, 2).map((b) => b.name));
  });

  test.prop([
    fc.array(fc.date({ noInvalidDate: true, min: new Date(2020, 0), max: new Date(2030, 0) }), { maxLength: 80 }),
  ])(
    'never deletes the newest backup, deletes only what it was given, and settles: rotating again deletes nothing',
    (dates) => {
      const backups = dates.map((date, index) => ({ name: `b${index}`, takenAt: date.toISOString() }));
      const doomed = backupsToDelete(backups);
      const names = new Set(backups.map((backup) => backup.name));
      for (const backup of doomed) expect(names.has(backup.name)).toBe(true);
      const newest = [...backups].sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt))[0];
      if (newest) expect(doomed.map((b) => b.name)).not.toContain(newest.name);
      const left = backups.filter((backup) => !doomed.includes(backup));
      expect(backupsToDelete(left)).toEqual([]);
      expect(left.length).toBeLessThanOrEqual(
        BACKUP_ROTATION.daily + BACKUP_ROTATION.weekly + BACKUP_ROTATION.monthly + BACKUPS_ALWAYS_KEPT,
      );
    },
  );
});

describe('when a daily backup is due', () => {
  const now = new Date(2026, 11, 2, 10);
  it('after a change, when the last backup is from another day or there is none', () => {
    expect(isDailyBackupDue(null, true, now)).toBe(true);
    expect(isDailyBackupDue(new Date(2026, 11, 1, 23, 59).toISOString(), true, now)).toBe(true);
  });
  it('not twice in a day, and never without a change', () => {
    expect(isDailyBackupDue(new Date(2026, 11, 2, 0, 1).toISOString(), true, now)).toBe(false);
    expect(isDailyBackupDue(null, false, now)).toBe(false);
    expect(isDailyBackupDue(new Date(2026, 0, 1).toISOString(), false, now)).toBe(false);
  });
});

describe('record counts in words', () => {
  it('name each kind, one or many', () => {
    expect(describeRecordCounts({ ...counts(1, 120), checkIns: 2 })).toBe(
      '1 person, 120 conversations, 0 commitments, 2 check-ins and 0 strategy moments',
    );
  });
});

describe('the journal marker', () => {
  const state: JournalState = { lastChangeSeq: 120, counts: counts(10, 90) };
  const marker = buildJournalMarker(state, new Date('2026-12-01T10:00:00.000Z'));

  it('reads back what was written', () => {
    expect(parseJournalMarker(JSON.stringify(marker))).toEqual(marker);
  });

  it.each([
    ['nothing', null],
    ['broken JSON', '{"format":'],
    ['another format', JSON.stringify({ ...marker, format: 'other' })],
    ['a negative count', JSON.stringify({ ...marker, counts: { ...marker.counts, people: -1 } })],
    ['an extra field', JSON.stringify({ ...marker, extra: 1 })],
    ['a huge text', `${JSON.stringify(marker)}${' '.repeat(20_000)}`],
  ])('is ignored when it is %s', (_what, text) => {
    expect(parseJournalMarker(text)).toBeNull();
  });

  it('says an empty journal is missing when the marker counted records', () => {
    expect(judgeAgainstMarker(marker, { lastChangeSeq: 0, counts: counts(0) })).toEqual({
      kind: 'missing',
      marker,
      held: counts(0),
      recordsHeld: 0,
      recordsExpected: 100,
    });
  });

  it('says a journal far behind its marker is behind', () => {
    expect(judgeAgainstMarker(marker, { lastChangeSeq: 30, counts: counts(5, 20) })).toMatchObject({
      kind: 'behind',
      recordsHeld: 25,
    });
  });

  it('accepts a journal that deleted records since, one a little behind, and one with no marker', () => {
    expect(judgeAgainstMarker(marker, { lastChangeSeq: 200, counts: counts(1) }).kind).toBe('consistent');
    expect(judgeAgainstMarker(marker, { lastChangeSeq: 110, counts: counts(10, 80) }).kind).toBe('consistent');
    expect(judgeAgainstMarker(null, { lastChangeSeq: 0, counts: counts(0) }).kind).toBe('consistent');
    const emptyMarker = buildJournalMarker({ lastChangeSeq: 0, counts: counts(0) }, new Date());
    expect(judgeAgainstMarker(emptyMarker, { lastChangeSeq: 0, counts: counts(0) }).kind).toBe('consistent');
  });
});

describe('the quick look at start', () => {
  const marker = buildJournalMarker(
    { lastChangeSeq: 120, counts: counts(10, 90) },
    new Date('2026-12-01T10:00:00.000Z'),
  );

  it('counts only when the journal looks empty or its feed is behind the marker', () => {
    expect(needsRecordCounts(marker, { lastChangeSeq: 120, holdsRecords: true })).toBe(false);
    expect(needsRecordCounts(marker, { lastChangeSeq: 500, holdsRecords: true })).toBe(false);
    expect(needsRecordCounts(marker, { lastChangeSeq: 119, holdsRecords: true })).toBe(true);
    expect(needsRecordCounts(marker, { lastChangeSeq: 120, holdsRecords: false })).toBe(true);
    expect(needsRecordCounts(null, { lastChangeSeq: 0, holdsRecords: false })).toBe(false);
    const emptyMarker = buildJournalMarker({ lastChangeSeq: 0, counts: counts(0) }, new Date());
    expect(needsRecordCounts(emptyMarker, { lastChangeSeq: 0, holdsRecords: false })).toBe(false);
  });

  it('keeps counts through changes up to 5% of the records counted, and recounts a small journal at every change', () => {
    const large: JournalState = { lastChangeSeq: 1000, counts: counts(300, 100_000) };
    expect(countsStillDescribe(large, 1000)).toBe(true);
    expect(countsStillDescribe(large, 1000 + 5_015)).toBe(true);
    expect(countsStillDescribe(large, 1000 + 5_016)).toBe(false);
    const small: JournalState = { lastChangeSeq: 7, counts: counts(3, 4) };
    expect(countsStillDescribe(small, 7)).toBe(true);
    expect(countsStillDescribe(small, 8)).toBe(false);
    expect(countsStillDescribe({ lastChangeSeq: 0, counts: counts(0) }, 1)).toBe(false);
    expect(countsStillDescribe(large, 999)).toBe(false);
  });

  const tableCounts = fc.record({
    people: fc.nat(50),
    stanceChanges: fc.nat(50),
    conversations: fc.nat(500),
    commitments: fc.nat(50),
    checkIns: fc.nat(50),
    strategyMoments: fc.nat(50),
    settings: fc.nat(1),
  });

  test.prop([tableCounts, fc.nat(1000), tableCounts, fc.nat(1000)])(
    'never skips counting where counting would find the journal missing or behind',
    (markerCounts, markerSeq, heldCounts, heldSeq) => {
      const saved = buildJournalMarker({ lastChangeSeq: markerSeq, counts: markerCounts }, new Date());
      const state: JournalState = { lastChangeSeq: heldSeq, counts: heldCounts };
      const holdsRecords = Object.values(heldCounts).some((count) => count > 0);
      if (!needsRecordCounts(saved, { lastChangeSeq: heldSeq, holdsRecords })) {
        expect(judgeAgainstMarker(saved, state).kind).toBe('consistent');
      }
    },
  );
});
