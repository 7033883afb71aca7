/**
 * The team merge's cost (issue 14): a run shared by 50 writers, each file holding 280 marked steps with
 * notes and a log entry per step (what a writer who merged everyone's work holds), read from its text as a
 * browser reads the team folder (writer-file.ts: parse and check every entry) and joined with the local run
 * (team-merge.ts). Target: under 200 ms for the whole. Run alone: `node scripts/bench/team-merge.ts`.
 */
import { emptyRun, type Run } from '../../src/components/checklist/run-record.ts';
import { markStep } from '../../src/components/checklist/run-changes.ts';
import { mergeWriters } from '../../src/components/team/team-merge.ts';
import { readWriterFile, writeWriterFile } from '../../src/components/team/writer-file.ts';
import { summarize, type Summary } from './stats.ts';

export interface TeamMergeFigures {
  readonly writers: number;
  readonly steps: number;
  /** Characters of all the writers' files together. */
  readonly characters: number;
  /** Reading (parse and check) and merging every file. */
  readonly readAndMerge: Summary;
  /** Merging only (files already read). */
  readonly merge: Summary;
}

function writerRun(writer: number, steps: number): Run {
  let run = emptyRun('run-bench', 'Pool A', '2026-11-25T08:00:00.000Z');
  const base = Date.parse('2026-11-25T09:00:00.000Z');
  for (let step = 0; step < steps; step += 1) {
    // Every writer marked every step at some time: the merge has a real choice to make for each.
    const at = new Date(base + ((step * 7919 + writer * 104729) % 3_600_000)).toISOString();
    run = markStep(
      run,
      `p${1 + (step % 12)}-step-${step}`,
      {
        outcome: step % 17 === 0 ? 'remark' : 'done',
        who: `W${writer}`,
        note: step % 5 === 0 ? 'Checked on the pool' : '',
      },
      at,
      `${writer}-${step}`,
      `W${writer}`,
    );
  }
  return run;
}

export function measureTeamMerge(writers = 50, steps = 280, runs = 7): TeamMergeFigures {
  const now = new Date('2026-11-26T00:00:00.000Z');
  const texts = Array.from({ length: writers }, (_, writer) =>
    writeWriterFile(writerRun(writer, steps), `w-${writer}`, `W${writer}`, '2026-11-25T12:00:00.000Z'),
  );
  const local = writerRun(writers, steps);
  const readAll = () =>
    texts.map((text, writer) => {
      const read = readWriterFile(text, { run: 'run-bench', writer: `w-${writer}` }, now);
      if (read.kind !== 'ok') throw new Error(`bench file refused: ${read.reason}`);
      return read.run;
    });
  const readAndMerge: number[] = [];
  const merge: number[] = [];
  let check = 0;
  for (let round = 0; round < runs + 1; round += 1) {
    const start = performance.now();
    const files = readAll();
    const middle = performance.now();
    const merged = mergeWriters(local, files);
    const end = performance.now();
    check += merged?.marks.size ?? 0;
    if (round === 0) continue; // warm-up
    readAndMerge.push(end - start);
    merge.push(end - middle);
  }
  if (check !== (runs + 1) * steps) throw new Error(`merge lost steps: ${check}`);
  return {
    writers,
    steps,
    characters: texts.reduce((sum, text) => sum + text.length, 0),
    readAndMerge: summarize(readAndMerge),
    merge: summarize(merge),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = measureTeamMerge();
  console.log(JSON.stringify(figures, null, 2));
}
