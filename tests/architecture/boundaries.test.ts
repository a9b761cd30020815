import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The dependency rules of SPEC §8 are ESLint rules; these tests prove each one fires on a file in
// the wrong place, and that the real tree breaks none of them.
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('architecture boundaries', () => {
  it.each([
    ['shared/domain/bad.ts', "import { useState } from 'react';", 'no React'],
    ['shared/domain/bad.ts', "import Dexie from 'dexie';", 'no Dexie'],
    ['shared/domain/bad.ts', "import { create } from 'zustand';", 'no UI libraries'],
    ['shared/domain/bad.ts', "import { app } from 'electron';", 'no Electron'],
    ['shared/domain/bad.ts', "import { readFileSync } from 'node:fs';", 'no Node APIs'],
    ['shared/domain/bad.ts', "import path from 'path';", 'no Node APIs'],
    ['shared/domain/bad.ts', "import { db } from '@renderer/db/database';", 'must not depend on renderer/'],
    ['shared/domain/bad.ts', "import { db } from '../../renderer/src/db/database';", 'must not depend on renderer/'],
    ['renderer/src/features/bad.tsx', "import { app } from 'electron';", 'typed bridge'],
    ['renderer/src/features/bad.tsx', "import { x } from '../../../electron/main/security';", 'typed bridge'],
    [
      'renderer/src/features/people/bad.tsx',
      "import { db } from '../../db/tables/schema';",
      'only through repositories',
    ],
    [
      'renderer/src/features/people/bad.tsx',
      "import { readPerson } from '@renderer/db/tables/people-table';",
      'only through repositories',
    ],
    ['renderer/src/features/people/bad.tsx', "import Dexie from 'dexie';", 'Only the table layer'],
    ['renderer/src/db/bad-repository.ts', "import { db } from './tables/schema';", 'through the table layer'],
    [
      'renderer/src/db/bad-repository.ts',
      "import { db } from '@renderer/db/tables/schema';",
      'through the table layer',
    ],
    ['renderer/src/db/bad-repository.ts', "import { Dexie } from 'dexie';", 'through the table layer'],
    ['electron/main/bad.ts', "import { App } from '@renderer/app/App';", 'never imports renderer/'],
    ['electron/main/bad.ts', "import { App } from '../../renderer/src/app/App';", 'never imports renderer/'],
  ])('%s may not: %s', async (filePath, code, message) => {
    const errors = await importErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ['shared/domain/ok.ts', "import * as z from 'zod/mini';"],
    ['renderer/src/features/ok.tsx', "import { IPC_CHANNELS } from '../../../shared/ipc/contract';"],
    ['renderer/src/db/ok-repository.ts', "import { commit } from './tables/write';"],
    ['renderer/src/db/tables/ok-table.ts', "import { db } from './schema';"],
    ['renderer/src/db/tables/ok-table.ts', "import { Dexie } from 'dexie';"],
    ['renderer/src/features/ok.ts', "import { useLiveQuery } from 'dexie-react-hooks';"],
    ['electron/main/ok.ts', "import { IPC_CHANNELS } from '@shared/ipc/contract';"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await importErrors(filePath, code)).toEqual([]);
  });

  it('the source tree breaks no boundary', async () => {
    const results = await eslint.lintFiles(['shared', 'renderer', 'electron']);
    const broken = results.flatMap((result) =>
      result.messages
        .filter((m) => m.ruleId === 'no-restricted-imports')
        .map((m) => `${result.filePath}:${m.line} ${m.message}`),
    );
    expect(broken).toEqual([]);
  }, 60_000);
});
