import { listPackage } from '@electron/asar';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, Platform, type Configuration } from 'electron-builder';
import { afterAll, describe, expect, it } from 'vitest';

// Everything here runs offline. `validateConfiguration` is the schema check electron-builder runs
// before every build; it is not exported from app-builder-lib's index, only from this module. The
// pack test runs the real packer on a throw-away project with a stand-in Electron executable, the
// way ENVIRONMENT.md describes, because the real Electron download needs the internet.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const config: Configuration = require(path.join(root, 'electron-builder.config.cjs'));
const packageJson: { dependencies?: Record<string, string>; main: string } = JSON.parse(
  readFileSync(path.join(root, 'package.json'), 'utf8'),
);

function asArray<T>(value: T | T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The target names of one platform's `target` option, whichever of its shapes is used. */
function targetNames(option: Configuration['linux'] | Configuration['mac'] | Configuration['win']): string[] {
  return asArray(option?.target).map((target) => (typeof target === 'string' ? target : target.target));
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  // The validator coerces types where it can (a category of 42 becomes "42"), so the broken copies
  // are a misspelt option and a value that cannot be coerced.
  it.each<[string, Record<string, unknown>, RegExp]>([
    [
      'a misspelt nsis option',
      { nsis: { oneClick: false, allowToChangeInstallDirectory: true } },
      /configuration\.nsis should be/,
    ],
    ['a non-boolean oneClick', { nsis: { oneClick: 'maybe' } }, /oneClick should be a boolean/],
    ['an unknown top-level option', { sandbox: true }, /unknown property 'sandbox'/],
  ])('is really checked: the same validation refuses %s', async (_name, change, message) => {
    // The cast is the point of the test: a value of the wrong shape must be caught at run time.
    const broken = { ...config, ...change } as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(message);
  });

  it('names the app once and for all', () => {
    expect(config.appId).toBe('app.upstream.journal');
    expect(config.productName).toBe('Upstream');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb for Linux, with the metadata deb requires', () => {
    expect(targetNames(config.linux).sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+\.[a-z]+>$/);
    expect(config.extraMetadata?.['homepage']).toMatch(/^https:\/\//);
  });

  it('builds a dmg for macOS in the productivity category', () => {
    expect(targetNames(config.mac)).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.productivity');
  });

  it('builds an assisted nsis installer for Windows', () => {
    expect(targetNames(config.win)).toEqual(['nsis']);
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.allowToChangeInstallationDirectory).toBe(true);
  });

  it('publishes nothing and sets up no update feed', () => {
    expect(config.publish).toBeNull();
  });

  it('takes every platform icon from build/icon.png', () => {
    for (const icon of [config.linux?.icon, config.mac?.icon, config.win?.icon]) {
      expect(icon).toBe('build/icon.png');
    }
  });
});

describe('build/icon.png', () => {
  const png = readFileSync(path.join(root, 'build', 'icon.png'));

  it('is a 512×512 RGBA PNG', () => {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // The first chunk is IHDR: length 13, then width, height, bit depth and colour type.
    expect(png.readUInt32BE(8)).toBe(13);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 512, height: 512 });
    expect({ bitDepth: png[24], colourType: png[25] }).toEqual({ bitDepth: 8, colourType: 6 });
  });

  it('keeps its generator beside it', () => {
    expect(statSync(path.join(root, 'build', 'make-icon.mjs')).isFile()).toBe(true);
  });
});

describe('what ships', () => {
  it('has no runtime dependencies: renderer libraries are bundled and live in devDependencies', () => {
    expect(Object.keys(packageJson.dependencies ?? {})).toEqual([]);
    expect(packageJson.main).toMatch(/^out\//);
  });

  const project = mkdtempSync(path.join(tmpdir(), 'upstream-pack-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  function write(file: string, content: string): void {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), content);
  }

  it('packs only the built app and package.json into app.asar', async () => {
    // A miniature of the repository: built output, plus the sources, tests and maps that must stay out.
    write('package.json', JSON.stringify({ ...packageJson, dependencies: undefined, devDependencies: undefined }));
    for (const file of [
      'out/main/index.js',
      'out/main/index.js.map',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc123.js',
      'out/renderer/assets/index-abc123.js.map',
      'out/renderer/assets/index-abc123.css',
      'electron/main/index.ts',
      'renderer/src/main.tsx',
      'shared/ipc/contract.ts',
      'tests/electron/security.test.ts',
      'scripts/start.mjs',
      'build/make-icon.mjs',
      'tsconfig.json',
      'vitest.config.ts',
      'electron.vite.config.ts',
      'README.md',
    ]) {
      write(file, `// ${file}`);
    }
    writeFileSync(path.join(project, 'build', 'icon.png'), readFileSync(path.join(root, 'build', 'icon.png')));
    // A stand-in for the Electron executable, so nothing is downloaded.
    write('electron-dist/electron', '#!/bin/sh\n');
    chmodSync(path.join(project, 'electron-dist', 'electron'), 0o755);

    await build({
      projectDir: project,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: {
        ...config,
        electronVersion: '45.4.1',
        electronDist: path.join(project, 'electron-dist'),
        directories: { ...config.directories, output: path.join(project, 'release') },
      },
    });

    const asar = path.join(project, 'release', 'linux-unpacked', 'resources', 'app.asar');
    const entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
    expect(entries.sort()).toEqual([
      '/out',
      '/out/main',
      '/out/main/index.js',
      '/out/preload',
      '/out/preload/index.cjs',
      '/out/renderer',
      '/out/renderer/assets',
      '/out/renderer/assets/index-abc123.css',
      '/out/renderer/assets/index-abc123.js',
      '/out/renderer/index.html',
      '/package.json',
    ]);
  }, 120_000);
});
