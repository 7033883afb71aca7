/**
 * `<guide-team-status>` (TeamStatus.astro): where the page says how the run is shared with the team. It
 * reads `team.json` beside the site (data-config); when that sets no folder, which is the default, the
 * element stays hidden and nothing else loads. When it does, the sync code (team-sync.ts) is loaded, with
 * import(), so that pages of sites without a team folder carry none of it.
 */
import { defineElement } from '../../../client/define-element.ts';

class GuideTeamStatus extends HTMLElement {
  connectedCallback(): void {
    const config = this.dataset['config'];
    if (!config || this.dataset['started']) return;
    this.dataset['started'] = '';
    void fetch(config, { credentials: 'same-origin', cache: 'no-cache' })
      .then((response) => (response.ok ? response.text() : ''))
      .catch(() => '')
      .then((text) => {
        let folder: unknown = text.trim() ? true : '';
        try {
          folder = (JSON.parse(text) as { folder?: unknown }).folder;
        } catch {
          // Not JSON: the sync code says so, with the file's name.
        }
        if (folder) void import('./team-sync.ts').then(({ startTeamSync }) => startTeamSync(this, text));
      });
  }
}

defineElement('guide-team-status', GuideTeamStatus);
