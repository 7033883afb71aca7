/**
 * Team runs, the part every page carries (kept tiny: tests/e2e/page-weight.test.ts): reads `team.json`
 * beside the site (the server has it revalidated on every use), named by the run control's
 * `<guide-team-teamStatus data-config>` (TeamStatus.astro). When it sets no folder, which is the default, the
 * status stays hidden and nothing else loads; when it does, the sync code (team-sync.ts), which checks the
 * folder and says what is wrong with it, is loaded with import(). A team.json that is not JSON is reported
 * in the console and leaves sharing off; a request cut short by leaving the page is not an error.
 */
import { loadPart } from '../../../client/load-part.ts';
export {};

const teamStatus = document.querySelector<HTMLElement>('[data-team]');
if (teamStatus)
  fetch(teamStatus.dataset['team'] as string)
    .then((response) => response.json())
    .then(
      (config: { folder?: unknown }) =>
        config.folder &&
        loadPart(() => import('./team-sync.ts')).then((sync) => sync.startTeamSync(teamStatus, config)),
      // A team.json that is not JSON is reported; a request cut short (the reader left the page) is not.
      (error: unknown) => {
        if (error instanceof SyntaxError) console.error('team.json is not JSON:', error);
      },
    );
