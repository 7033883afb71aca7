import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontmatter } from './src/checks/mdx-source.ts';
const s = readFileSync(`content/phases/${process.argv[2]}/phase-6-move-from-pilot-deployment-into-production.mdx`, 'utf8');
const data = parse(splitFrontmatter(s).frontmatter!.text);
let n = 0; const dur = new Map<string, number>();
const m = (d?: string) => { if (!d) return 0; const r = /^(?:(\d+)h)?(?:(\d+)min)?$/.exec(d)!; return Number(r[1] ?? 0) * 60 + Number(r[2] ?? 0); };
for (const g of data.checklist) { const first = n + 1; let sum = 0; for (const i of g.items) { n++; sum += m(i.duration); console.log(`6.${n}`, i.id); } dur.set(g.id, sum); console.log('  group', g.id, g.window ?? '', `6.${first}-6.${n}`, sum, 'min'); }
