import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_FOLDER, MARKER_FILE, createJournalFiles } from '../../electron/main/journal-files';
import {
  BACKUP_REASONS,
  backupsToKeep,
  buildJournalMarker,
  parseBackupFileName,
  type BackupReason,
} from '@shared/domain/backups';
import { perTable } from '@shared/domain/journal-file';

// The store runs on a real user-data folder in the system's temporary folder: the listing, the
// rotation and the refusals are checked against what is really on disk.

let userData = '';
let backups = '';

beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'upstream-user-data-'));
  backups = path.join(userData, BACKUPS_FOLDER);
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

const EXPORT = JSON.stringify({ format: 'upstream-journal', data: { people: [{ name: 'Dana Ørsted 🌊' }] } });
const at = (iso: string) => new Date(iso);

/** The backup files really in the folder (a folder with a backup's name is not one). */
function backupsOnDisk(): string[] {
  return readdirSync(backups, { withFileTypes: true })
    .filter((entry) => entry.isFile() && parseBackupFileName(entry.name) !== null)
    .map((entry) => entry.name)
    .sort();
}

const markerText = (lastChangeSeq: number) =>
  JSON.stringify(
    buildJournalMarker({ lastChangeSeq, counts: perTable(() => lastChangeSeq) }, at('2026-11-20T10:00:00.000Z')),
  );

describe('backups', () => {
  it('lists nothing before the first backup, without creating the folder', async () => {
    await expect(createJournalFiles(userData).listBackups()).resolves.toEqual([]);
    expect(readdirSync(userData)).toEqual([]);
  });

  it('writes a backup under the name made from its time and reason, and reads it back', async () => {
    const files = createJournalFiles(userData);
    const written = await files.writeBackup('daily', EXPORT, at('2026-12-02T03:15:00.123Z'));
    expect(written).toEqual({
      name: 'upstream-backup-20261202T031500123Z-daily.json',
      takenAt: '2026-12-02T03:15:00.123Z',
      reason: 'daily',
      bytes: Buffer.byteLength(EXPORT, 'utf8'),
    });
    expect(readFileSync(path.join(backups, written.name), 'utf8')).toBe(EXPORT);
    expect(statSync(path.join(backups, written.name)).size).toBe(written.bytes);
    await expect(files.listBackups()).resolves.toEqual([written]);
    await expect(files.readBackup(written.name)).resolves.toBe(EXPORT);
  });

  it('lists backups newest first, with their sizes', async () => {
    const files = createJournalFiles(userData);
    const first = await files.writeBackup('manual', 'a', at('2026-11-01T09:00:00.000Z'));
    const third = await files.writeBackup('quit', 'abc', at('2026-11-03T09:00:00.000Z'));
    const second = await files.writeBackup('before-import', 'ab', at('2026-11-02T09:00:00.000Z'));
    await expect(files.listBackups()).resolves.toEqual([third, second, first]);
    expect((await files.listBackups()).map((backup) => backup.bytes)).toEqual([3, 2, 1]);
  });

  it.each(BACKUP_REASONS)('writes a %s backup', async (reason) => {
    const written = await createJournalFiles(userData).writeBackup(reason, EXPORT, at('2026-11-20T10:00:00.000Z'));
    expect(written.reason).toBe(reason);
    expect(backupsOnDisk()).toEqual([written.name]);
  });

  it('leaves out files and folders it did not name', async () => {
    const files = createJournalFiles(userData);
    const written = await files.writeBackup('daily', EXPORT, at('2026-11-20T10:00:00.000Z'));
    writeFileSync(path.join(backups, 'notes.txt'), 'mine');
    writeFileSync(path.join(backups, 'upstream-backup-20261120T100000000Z-hourly.json'), '{}');
    writeFileSync(path.join(backups, `.${written.name}.0b6c.tmp`), 'half a backup');
    mkdirSync(path.join(backups, 'upstream-backup-20261121T100000000Z-daily.json'));
    await expect(files.listBackups()).resolves.toEqual([written]);
  });

  it.each([
    '../journal-marker.json',
    '../../../../etc/passwd',
    '/etc/passwd',
    'upstream-backup-20261202T031500123Z-daily.json/../../journal-marker.json',
    `..${path.sep}upstream-backup-20261202T031500123Z-daily.json`,
    'upstream-backup-20261302T031500123Z-daily.json',
    'upstream-backup-20261202T031500123Z-hourly.json',
    'notes.txt',
    '',
  ])('refuses to read %j', async (name) => {
    writeFileSync(path.join(userData, MARKER_FILE), markerText(1));
    await expect(createJournalFiles(userData).readBackup(name)).rejects.toThrow(
      'That is not the name of an Upstream backup.',
    );
  });

  it('says so when a backup is not there', async () => {
    await expect(
      createJournalFiles(userData).readBackup('upstream-backup-20261202T031500123Z-daily.json'),
    ).rejects.toThrow('There is no backup named upstream-backup-20261202T031500123Z-daily.json.');
  });

  it('keeps a backup written after the clock went back, even though rotation would not', async () => {
    const files = createJournalFiles(userData);
    // One backup a month for 14 months: one from before them all is beyond every period rotation keeps.
    for (let month = 0; month < 14; month += 1) {
      await files.writeBackup('daily', EXPORT, new Date(Date.UTC(2025, 9 + month, 1, 12)));
    }
    const fromThePast = await files.writeBackup('before-restore', EXPORT, at('2025-01-15T12:00:00.000Z'));
    expect(backupsToKeep((await files.listBackups()).map(({ name, takenAt }) => ({ name, takenAt })))).not.toContain(
      fromThePast.name,
    );
    expect(backupsOnDisk()).toContain(fromThePast.name);
  });
});

describe('rotation over simulated months', () => {
  const DAYS = 400;
  const START = Date.parse('2025-10-01T12:00:00.000Z');
  const DAY_MS = 24 * 3600_000;

  /** One daily backup a day at noon UTC, and an evening quit backup on every third day. */
  function schedule(): { now: Date; reason: BackupReason }[] {
    return Array.from({ length: DAYS }, (_, day) => [
      { now: new Date(START + day * DAY_MS), reason: 'daily' as const },
      ...(day % 3 === 0 ? [{ now: new Date(START + day * DAY_MS + 10 * 3600_000), reason: 'quit' as const }] : []),
    ]).flat();
  }

  it('keeps 7 daily, 4 weekly, 12 monthly and the 3 newest, and never touches other files', async () => {
    mkdirSync(backups);
    const strangers: Record<string, string> = {
      'notes.txt': 'my own notes',
      'upstream-backup-old-format.json': '{"kept": true}',
      'upstream-backup-20251001T120000000Z-hourly.json': '{"kept": true}',
      '.upstream-backup-20251001T120000000Z-daily.json.1234.tmp': 'left by a crash',
    };
    for (const [name, text] of Object.entries(strangers)) writeFileSync(path.join(backups, name), text);
    mkdirSync(path.join(backups, 'upstream-backup-20251002T000000000Z-daily.json'));

    const files = createJournalFiles(userData);
    const written: { name: string; takenAt: string }[] = [];
    for (const { now, reason } of schedule()) {
      const backup = await files.writeBackup(reason, `{"at":"${now.toISOString()}"}`, now);
      written.push({ name: backup.name, takenAt: backup.takenAt });
      // The newest is always there: rotation only ever removes older backups.
      expect(backupsOnDisk()).toContain(backup.name);
    }

    const kept = backupsOnDisk();
    expect(new Set(kept)).toEqual(backupsToKeep(written));

    const keptDates = kept.map((name) => new Date(parseBackupFileName(name)?.takenAt ?? ''));
    const last = new Date(START + (DAYS - 1) * DAY_MS);
    // Each of the last 7 days, the last 4 ISO weeks and the last 12 months still has a backup…
    for (let day = 0; day < 7; day += 1) {
      const date = format(new Date(last.getTime() - day * DAY_MS), 'yyyy-MM-dd');
      expect(keptDates.some((kept) => format(kept, 'yyyy-MM-dd') === date)).toBe(true);
    }
    expect(new Set(keptDates.map((date) => format(date, "RRRR-'W'II"))).size).toBeGreaterThanOrEqual(4);
    const months = new Set(keptDates.map((date) => format(date, 'yyyy-MM')));
    expect(months.size).toBe(12);
    // …and nothing older than those 12 months is left: 400 days of backups became a few dozen at most.
    expect([...months].sort()[0]).toBe(format(new Date(last.getFullYear(), last.getMonth() - 11, 1), 'yyyy-MM'));
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12 + 3);
    // The 3 newest, whatever their reason, are all kept (the last day has a daily and a quit backup).
    for (const { name } of written.slice(-3)) expect(kept).toContain(name);

    for (const [name, text] of Object.entries(strangers)) {
      expect(readFileSync(path.join(backups, name), 'utf8')).toBe(text);
    }
    expect(statSync(path.join(backups, 'upstream-backup-20251002T000000000Z-daily.json')).isDirectory()).toBe(true);
  });
});

describe('the journal marker', () => {
  it('is null before it is first written', async () => {
    await expect(createJournalFiles(userData).readMarker()).resolves.toBeNull();
  });

  it('is written to journal-marker.json in the user-data folder and read back as text', async () => {
    const files = createJournalFiles(userData);
    await files.writeMarker(markerText(41));
    expect(readFileSync(path.join(userData, MARKER_FILE), 'utf8')).toBe(markerText(41));
    await files.writeMarker(markerText(42));
    await expect(files.readMarker()).resolves.toBe(markerText(42));
    expect(readdirSync(userData)).toEqual([MARKER_FILE]);
  });

  it('creates the user-data folder if it is missing', async () => {
    const fresh = path.join(userData, 'Upstream');
    await createJournalFiles(fresh).writeMarker(markerText(1));
    await expect(createJournalFiles(fresh).readMarker()).resolves.toBe(markerText(1));
  });

  it('reads back whatever the file holds: the page judges it', async () => {
    writeFileSync(path.join(userData, MARKER_FILE), 'not a marker');
    await expect(createJournalFiles(userData).readMarker()).resolves.toBe('not a marker');
  });

  it.each([
    ['empty text', ''],
    ['broken JSON', '{"format":'],
    ['another JSON document', '{"format":"upstream-journal"}'],
    ['a marker with an extra field', JSON.stringify({ ...JSON.parse(markerText(1)), extra: 1 })],
    ['a marker with a negative count', markerText(1).replace('"people":1', '"people":-1')],
    ['a marker padded past 10,000 characters', markerText(1) + ' '.repeat(10_000)],
  ])('refuses %s and keeps the marker it had', async (_case, text) => {
    const files = createJournalFiles(userData);
    await files.writeMarker(markerText(7));
    await expect(files.writeMarker(text)).rejects.toThrow('That is not a journal marker.');
    await expect(files.readMarker()).resolves.toBe(markerText(7));
    expect(readdirSync(userData)).toEqual([MARKER_FILE]);
  });
});
