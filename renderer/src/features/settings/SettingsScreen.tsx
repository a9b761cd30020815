import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/ipc/contract';
import { THEMES, type CadenceDefaults, type Theme } from '@shared/domain/types';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { updateSettings } from '@renderer/db/settings-repository';
import { describeWriteError } from '@renderer/db/write-errors';
import { usePlatform } from '@renderer/platform/platform-context';
import { useUiStore } from '@renderer/state/ui-store';
import { useSettings } from '@renderer/hooks/use-settings';
import { CadenceDefaultsForm } from './CadenceDefaultsForm';
import { CheckInSettingsForm } from './CheckInSettingsForm';
import { BackupsSection } from './BackupsSection';
import { JournalFileSection } from './JournalFileSection';

const THEME_LABELS: Record<Theme, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

function AboutSection() {
  const platform = usePlatform();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void platform.getAppInfo().then((result) => {
      if (!current) return;
      if (result.ok) setInfo(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [platform]);
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">About and data</h2>
      {error && <p role="alert">{error}</p>}
      {info && (
        <dl className="profile">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Running as</dt>
          <dd>{platform.kind === 'desktop' ? 'Desktop app' : 'Web page (browser mode)'}</dd>
          <dt>Where your data lives</dt>
          <dd>{info.dataFolder}</dd>
        </dl>
      )}
      <p className="subtle">Upstream makes no network requests. Your journal never leaves this machine.</p>
    </section>
  );
}

/** Holds the choice locally so the radio reflects it at once, before the write comes back. */
function ThemePicker({ initial, onChange }: { initial: Theme; onChange(theme: Theme): void }) {
  const [theme, setTheme] = useState(initial);
  return (
    <fieldset className="radio-group">
      <legend>Theme</legend>
      {THEMES.map((value) => (
        <label key={value}>
          <input
            type="radio"
            name="theme"
            value={value}
            checked={theme === value}
            onChange={() => {
              setTheme(value);
              onChange(value);
            }}
          />
          {THEME_LABELS[value]}
        </label>
      ))}
    </fieldset>
  );
}

export function SettingsScreen() {
  const settings = useSettings();
  const showNotice = useUiStore((state) => state.showNotice);
  if (!settings) return null;

  const save = async (patch: { theme: Theme } | { cadenceDefaults: CadenceDefaults }) => {
    try {
      await updateSettings(patch);
      showNotice({ message: 'Settings saved.', tone: 'info' });
    } catch (error) {
      showNotice({ message: describeWriteError(error), tone: 'error' });
    }
  };

  return (
    <section className="screen">
      <ScreenHeading>Settings</ScreenHeading>
      <ThemePicker initial={settings.theme} onChange={(theme) => void save({ theme })} />
      <CheckInSettingsForm initial={settings} />
      <CadenceDefaultsForm initial={settings.cadenceDefaults} onSave={(cadenceDefaults) => save({ cadenceDefaults })} />
      <JournalFileSection />
      <BackupsSection />
      <AboutSection />
    </section>
  );
}
