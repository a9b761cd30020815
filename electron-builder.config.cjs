// electron-builder configuration, used by `npm run package` (after `electron-vite build` fills out/).
// tests/electron/packaging.test.ts validates it against electron-builder's schema offline.

/** @type {import('electron-builder').Configuration} */
const config = {
  // The app id and product name are part of the user's data location; never change them.
  appId: 'app.upstream.journal',
  productName: 'Upstream',
  directories: { output: 'release', buildResources: 'build' },

  // Only the built app ships: main, preload and the renderer bundle from out/, plus package.json
  // (always added). Renderer libraries are bundled into out/renderer and stay in devDependencies, so
  // no node_modules are copied. Sources, tests and source maps are left behind.
  files: ['out/**/*', '!**/*.map', 'package.json'],
  asar: true,
  // No native modules, so nothing to rebuild for Electron's ABI.
  npmRebuild: false,
  // Upstream makes no network requests: no update feed, no publishing, no app-update.yml.
  publish: null,
  // deb refuses to build without a homepage; package.json has none, so it is supplied here.
  // Placeholder: replace with the project's real homepage.
  extraMetadata: { homepage: 'https://upstream.app' },

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    // deb needs a maintainer with an email, and package.json's author has none. Placeholder address.
    maintainer: 'Upstream <journal@upstream.app>',
    synopsis: 'A private, offline-first journal',
    icon: 'build/icon.png',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icon.png',
  },
  win: {
    target: ['nsis'],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    allowToChangeInstallationDirectory: true,
  },
};

module.exports = config;
