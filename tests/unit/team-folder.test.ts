import { describe, expect, it } from 'vitest';
import {
  apacheTeamFolder,
  iisTeamFolderCommands,
  iisTeamFolderWebConfig,
  nginxTeamFolder,
} from '../../src/hosting/team-folder.ts';

/** Whether every element of an XML text is closed in order (no parser among the dependencies; enough for a generated file). */
function balanced(xml: string): boolean {
  const open: string[] = [];
  for (const [, closing, name, selfClosing] of xml
    .replace(/<\?[^>]*\?>|<!--[\s\S]*?-->/g, '')
    .matchAll(/<(\/?)([\w.:-]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!closing) open.push(name ?? '');
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}

const folder = { path: '/guides/lync-progress/', directory: '/srv/www/lync-progress', userFile: '/etc/team.htpasswd' };

describe('the team folder on each server', () => {
  it('Apache: mod_dav on the folder, behind the server’s sign-in, at the path team.json names', () => {
    const lines = apacheTeamFolder({ ...folder, lockDb: '/var/lib/apache2/dav/lockdb' }).join('\n');
    expect(lines).toContain('Alias "/guides/lync-progress" "/srv/www/lync-progress"');
    expect(lines).toContain('Dav On');
    expect(lines).toContain('Require valid-user');
    expect(lines).toContain('AuthUserFile "/etc/team.htpasswd"');
    expect(lines).toContain('DavLockDB "/var/lib/apache2/dav/lockdb"');
  });

  it('nginx: PUT and MKCOL, folders made on PUT, and the JSON autoindex that lists it (nginx has no PROPFIND)', () => {
    const lines = nginxTeamFolder(folder).join('\n');
    expect(lines).toContain('location /guides/lync-progress/ {');
    expect(lines).toContain('alias /srv/www/lync-progress/;');
    expect(lines).toContain('dav_methods PUT MKCOL;');
    expect(lines).toContain('create_full_put_path on;');
    expect(lines).toContain('autoindex_format json;');
    expect(lines).toContain('auth_basic_user_file /etc/team.htpasswd;');
  });

  it('leaves authentication to the server’s own set-up when no users file is given', () => {
    expect(apacheTeamFolder({ path: '/p/', directory: '/d' }).join('\n')).not.toContain('AuthType');
    expect(nginxTeamFolder({ path: '/p/', directory: '/d' }).join('\n')).not.toContain('auth_basic');
  });

  it('IIS: a well-formed web.config for the folder, and the appcmd lines for the locked sections', () => {
    const config = iisTeamFolderWebConfig();
    expect(balanced(config)).toBe(true);
    expect(balanced('<a><b></a></b>')).toBe(false);
    expect(config).toContain('<add users="*" path="*" access="Read, Write" />');
    const commands = iisTeamFolderCommands('Default Web Site', '/guides/lync-progress/').join('\n');
    expect(commands).toContain('"Default Web Site/guides/lync-progress"');
    expect(commands).toContain('windowsAuthentication /enabled:true');
    expect(commands).toContain('anonymousAuthentication /enabled:false');
  });
});
