import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// SPEC §9 keeps the start-up JavaScript under 150 KB gzip. The validation rules (zod and the schemas in
// shared/, about 12 KB of it) are not start-up code: Today and the shell only read, and each repository
// loads its rules with its first save (`await import(...)`). This walks the static imports from the entry,
// as the bundler does, and names a chain that would pull zod back in. `import type` is left out (it is
// erased); a dynamic `import()` is left out (it becomes a chunk loaded on use).

const ALIASES: Readonly<Record<string, string>> = { '@shared/': 'shared/', '@renderer/': 'renderer/src/' };
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?'([^']+)'/gm;

function resolveSource(specifier: string, importer: string): string | null {
  const alias = Object.keys(ALIASES).find((prefix) => specifier.startsWith(prefix));
  let base: string;
  if (alias) base = (ALIASES[alias] ?? '') + specifier.slice(alias.length);
  else if (specifier.startsWith('.')) base = path.join(path.dirname(importer), specifier);
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((file) => /\.tsx?$/.test(file) && existsSync(file)) ?? null;
}

/** Each static import of zod reachable from `entry`, as the chain of files that leads to it. */
function zodImportChains(entry: string): { reached: number; chains: string[] } {
  const cameFrom = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  const chains: string[] = [];
  const chainTo = (file: string): string[] => {
    const before = cameFrom.get(file);
    return before ? [...chainTo(before), file] : [file];
  };
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier === 'zod' || specifier.startsWith('zod/')) {
        chains.push(`${chainTo(file).join(' → ')} imports ${specifier}`);
        continue;
      }
      const target = resolveSource(specifier, file);
      if (target && !cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  return { reached: cameFrom.size, chains };
}

describe('start-up imports (SPEC §9)', () => {
  it('the start screen and the shell import no validation rules', () => {
    const { reached, chains } = zodImportChains('renderer/src/main.tsx');
    expect(reached).toBeGreaterThan(50);
    expect(chains).toEqual([]);
  });

  it('finds the rules where a screen does import them', () => {
    const { chains } = zodImportChains('renderer/src/features/people/PersonForm.tsx');
    expect(chains).toContain('renderer/src/features/people/PersonForm.tsx → shared/domain/person.ts imports zod/mini');
  });
});
