/**
 * Checks the guide's content without building it (`npm run check`): frontmatter, checklist ids, the
 * languages, prerequisites, links and anchors, MDX. Prints every problem with its file, line and fix;
 * exits with 1 when there are errors, 0 when there are only warnings or none.
 *
 *   node scripts/check.ts [content-dir]      (default: CONTENT_DIR, else content; see src/content-dir.ts)
 */
import { checkContent, hasErrors } from '../src/checks/index.ts';
import { formatReport } from '../src/checks/format.ts';
import { contentDir as configuredContentDir } from '../src/content-dir.ts';

const contentDir = process.argv[2] ?? configuredContentDir();
const report = checkContent({ contentDir });
const output = formatReport(report, { color: process.stdout.isTTY && !process.env['NO_COLOR'] });
(hasErrors(report) ? console.error : console.log)(output);
process.exitCode = hasErrors(report) ? 1 : 0;
