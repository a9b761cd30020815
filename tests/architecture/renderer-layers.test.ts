import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFolderCycles, layerViolations, type ImportEdge } from './renderer-layers';

const RENDERER = 'renderer/src';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every import between two files of the renderer, as written in the source. */
function rendererImports(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(RENDERER)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)) {
      const specifier = match[1] ?? '';
      let target: string | null = null;
      if (specifier.startsWith('@renderer/')) target = path.join(RENDERER, specifier.slice('@renderer/'.length));
      else if (specifier.startsWith('.')) target = path.join(path.dirname(file), specifier);
      if (target?.startsWith(RENDERER))
        edges.push({ from: path.relative(RENDERER, file), to: path.relative(RENDERER, target) });
    }
  }
  return edges;
}

describe('renderer layers (STYLE.md "Layers of the renderer")', () => {
  const edges = rendererImports();

  it('reads the real tree', () => {
    expect(edges.length).toBeGreaterThan(50);
  });

  it('has no cycles between folders', () => {
    expect(findFolderCycles(edges)).toEqual([]);
  });

  it('imports only downward', () => {
    expect(layerViolations(edges)).toEqual([]);
  });

  it('finds a cycle and an upward import when there is one', () => {
    const bad: ImportEdge[] = [
      { from: 'features/people/A.tsx', to: 'features/log/B' },
      { from: 'features/log/B.tsx', to: 'features/people/C' },
      { from: 'components/D.tsx', to: 'app/ui' },
    ];
    expect(findFolderCycles(bad)).toEqual([['features/log', 'features/people']]);
    expect(layerViolations(bad)).toEqual(['components/D.tsx imports app/ui (components may not import app)']);
  });
});
