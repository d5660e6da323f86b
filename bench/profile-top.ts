// The top frames of a V8 .cpuprofile (node --cpu-prof): self time, and total time (self plus
// callees, each function counted once per stack), by function and file.
//   tsx bench/profile-top.ts <file.cpuprofile> [rows=30]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/profile-top.ts <file.cpuprofile> [rows]');
const rows = Number(rowsArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const label = (node: ProfileNode) => {
  const url = node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/wt-[^/]+\//, '');
  return `${node.callFrame.functionName || '(anonymous)'} ${url}:${node.callFrame.lineNumber + 1}`;
};
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  all += delta;
  const leaf = byId.get(id)!;
  self.set(label(leaf), (self.get(label(leaf)) ?? 0) + delta);
  const seen = new Set<string>();
  for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
    const name = label(node);
    if (seen.has(name)) continue;
    seen.add(name);
    total.set(name, (total.get(name) ?? 0) + delta);
  }
});
// V8's pseudo-frames: time spent outside JavaScript, or in no function at all.
const pseudo = (name: string) => /^\((idle|program|root|garbage collector)\) /.test(name);
const idle = [...self].filter(([name]) => /^\((idle|program)\) /.test(name)).reduce((sum, [, t]) => sum + t, 0);
const busy = all - idle;
const print = (title: string, table: Map<string, number>) => {
  console.log(`\n${title} (% of busy time ${(busy / 1000).toFixed(0)} ms)`);
  const gc = self.get([...self.keys()].find((name) => name.startsWith('(garbage collector)')) ?? '') ?? 0;
  if (table === self) console.log(`${((100 * gc) / busy).toFixed(1).padStart(6)}%  (garbage collector)`);
  for (const [name, time] of [...table].filter(([name]) => !pseudo(name)).sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${((100 * time) / busy).toFixed(1).padStart(6)}%  ${name}`);
  }
};
print('self', self);
print('total', total);

// Self time by package (or by the project's own top folder), for where the time goes overall.
const byPackage = new Map<string, number>();
for (const [name, time] of self) {
  const where = name.slice(name.lastIndexOf(' ') + 1);
  const pkg = pseudo(name)
    ? name.slice(0, name.indexOf(')') + 1)
    : where.startsWith('@')
      ? where.split('/').slice(0, 2).join('/')
      : where.startsWith('node:')
        ? 'node:' + where.slice(5).split(/[/:]/)[1]
        : where.split(/[/:]/)[0] || '(native)';
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + time);
}
byPackage.delete('(idle)');
byPackage.delete('(program)');
print('self by package', byPackage);
