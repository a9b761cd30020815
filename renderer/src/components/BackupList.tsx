import { format } from 'date-fns';
import type { BackupInfo, BackupReason } from '@shared/domain/backups';
import { formatBytes } from './format-bytes';

const REASON_LABELS: Record<BackupReason, string> = {
  daily: 'daily',
  quit: 'on quit',
  'before-restore': 'before a restore',
  'before-import': 'before an import',
  manual: 'taken by you',
};

export function describeBackup(backup: BackupInfo): string {
  return `${format(new Date(backup.takenAt), 'd MMMM yyyy, HH:mm')} (${REASON_LABELS[backup.reason]}, ${formatBytes(backup.bytes)})`;
}

type Props = {
  backups: readonly BackupInfo[];
  actionLabel: string;
  disabled: boolean;
  onAction: (backup: BackupInfo) => void;
};

/** The backups, newest first, each with one action (restore). */
export function BackupList({ backups, actionLabel, disabled, onAction }: Props) {
  return (
    <ul className="backup-list" aria-label="Backups">
      {backups.map((backup) => {
        const description = describeBackup(backup);
        return (
          <li key={backup.name}>
            <span>{description}</span>{' '}
            <button
              type="button"
              disabled={disabled}
              aria-label={`${actionLabel} the backup of ${description}`}
              onClick={() => onAction(backup)}
            >
              {actionLabel}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
