import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/app-menu';

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it.each([true, false])('has the edit roles that make copy and paste work (macOS: %s)', (isMac) => {
    const all = roles(buildMenuTemplate({ isMac, isDev: false }));
    expect(all).toEqual(expect.arrayContaining(['editMenu', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('has the macOS app menu only on macOS', () => {
    expect(roles(buildMenuTemplate({ isMac: true, isDev: false }))).toContain('appMenu');
    expect(roles(buildMenuTemplate({ isMac: false, isDev: false }))).not.toContain('appMenu');
  });

  it('offers reload and developer tools only in development', () => {
    expect(roles(buildMenuTemplate({ isMac: false, isDev: true }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
    const packaged = roles(buildMenuTemplate({ isMac: false, isDev: false }));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
  });

  it('claims none of the keys the app handles itself', () => {
    const accelerators = JSON.stringify(buildMenuTemplate({ isMac: true, isDev: true }));
    expect(accelerators).not.toMatch(/accelerator/);
  });
});
