/**
 * One build, measured: runs Astro's build in this process and prints, as its last line, a JSON object with
 * the wall time and this process's peak resident memory (Pagefind's indexer, a child process, is not
 * counted in the memory). The bench runs it once per build so that each starts cold.
 *
 *   node scripts/bench/measure-build.ts <project root> <outDir> <cacheDir>
 */
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) {
  console.error('usage: node scripts/bench/measure-build.ts <project root> <outDir> <cacheDir>');
  process.exit(2);
}
const started = performance.now();
await build({ root, outDir, cacheDir, logLevel: 'warn' });
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, peakMemoryMB: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
