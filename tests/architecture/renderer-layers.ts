// The renderer's layers, lowest last (STYLE.md "Layers of the renderer"): each folder may import
// only the folders listed for it. Features may use each other, but never in a cycle.
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  app: ['app', 'features', 'components', 'hooks', 'state', 'db', 'platform'],
  features: ['features', 'components', 'hooks', 'state', 'db', 'platform'],
  components: ['components', 'hooks', 'state', 'db', 'platform'],
  hooks: ['hooks', 'state', 'db', 'platform'],
  state: ['state'],
  db: ['db', 'platform'],
  platform: ['platform'],
};

export type ImportEdge = { from: string; to: string };

/** `features/people/X.tsx` → `features/people`; `db/tables/x.ts` → `db`; `main.tsx` → `main`. */
export function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts.length === 1) return parts[0]?.replace(/\.tsx?$/, '') ?? file;
  return parts[0] === 'features' ? `features/${parts[1]}` : (parts[0] ?? file);
}

function layerOf(folder: string): string {
  return folder.split('/')[0] ?? folder;
}

export function layerViolations(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap(({ from, to }) => {
    const fromLayer = layerOf(folderOf(from));
    const toLayer = layerOf(folderOf(to));
    const allowed = MAY_IMPORT[fromLayer];
    if (!allowed || allowed.includes(toLayer)) return [];
    return [`${from} imports ${to} (${fromLayer} may not import ${toLayer})`];
  });
}

/** Each cycle between two or more folders, as its sorted folder names (strongly connected components). */
export function findFolderCycles(edges: readonly ImportEdge[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    graph.get(a)?.add(b);
  }
  // Tarjan's algorithm.
  let index = 0;
  const indices = new Map<string, number>();
  const lowlinks = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    indices.set(node, index);
    lowlinks.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        lowlinks.set(node, Math.min(lowlinks.get(node) ?? 0, lowlinks.get(next) ?? 0));
      } else if (onStack.has(next)) {
        lowlinks.set(node, Math.min(lowlinks.get(node) ?? 0, indices.get(next) ?? 0));
      }
    }
    if (lowlinks.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) visit(node);
  return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}
