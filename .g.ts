import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontmatter } from './src/checks/mdx-source.ts';
const [, , file, ...groups] = process.argv;
const data = parse(splitFrontmatter(readFileSync(file, 'utf8')).frontmatter!.text);
for (const g of data.checklist) if (groups.length === 0 || groups.includes(g.id)) { console.log('##', g.id, g.title); for (const i of g.items) console.log('  ', i.id, '|', i.label.slice(0, 90)); }
