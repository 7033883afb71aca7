/**
 * The team folder of team runs (src/components/team/): the configuration each server needs to offer one
 * folder over WebDAV, beside the site, for the URL path `team.json` names. Pure; the browser tests run the
 * Apache and nginx lines on real servers (scripts/web-servers.ts, tests/e2e/team-runs.test.ts), README's
 * Hosting section shows them.
 *
 * What the folder needs, whatever the server: GET, PUT (each browser writes its own file), MKCOL (a run's
 * folder), a listing (PROPFIND depth 1; nginx has none, so its JSON autoindex), authentication by the
 * server (the site never asks for or stores credentials), and the same origin as the site.
 */

export interface TeamFolder {
  /** The folder's URL path, as in team.json: `/guides/lync-progress/`. */
  readonly path: string;
  /** The folder on disk, writable by the server's workers: `/srv/www/lync-progress`. */
  readonly directory: string;
  /** Basic auth users file (Apache, nginx); omitted: authentication is left to the server's own set-up (Kerberos…). */
  readonly userFile?: string;
  /** Apache's DAV lock database (server context), `/var/lib/apache2/dav/lockdb` on Debian. */
  readonly lockDb?: string;
}

const trimmed = (path: string) => path.replace(/\/$/, '');

/** Apache httpd (mod_dav, mod_dav_fs; mod_auth_basic and mod_authn_file for Basic): server configuration lines. */
export function apacheTeamFolder({ path, directory, userFile, lockDb }: TeamFolder): string[] {
  return [
    `# Team runs: the WebDAV folder named in team.json (a2enmod dav dav_fs${userFile ? ' auth_basic authn_file' : ''})`,
    ...(lockDb ? [`DavLockDB "${lockDb}"`] : []),
    `Alias "${trimmed(path)}" "${directory}"`,
    `<Directory "${directory}">`,
    '    Dav On',
    '    Options None',
    '    AllowOverride None',
    ...(userFile
      ? [
          '    AuthType Basic',
          '    AuthName "Team runs"',
          '    AuthBasicProvider file',
          `    AuthUserFile "${userFile}"`,
        ]
      : []),
    '    Require valid-user',
    '    LimitRequestBody 4000000',
    '</Directory>',
  ];
}

/** nginx (built --with-http_dav_module, as Debian's `nginx` is): a `location` for the `server` block. */
export function nginxTeamFolder({ path, directory, userFile }: TeamFolder): string[] {
  return [
    '# Team runs: the WebDAV folder named in team.json (nginx has no PROPFIND: the JSON autoindex lists it)',
    `location ${path} {`,
    `    alias ${directory.replace(/\/?$/, '/')};`,
    '    dav_methods PUT MKCOL;',
    '    create_full_put_path on;',
    '    dav_access user:rw group:rw all:r;',
    '    autoindex on;',
    '    autoindex_format json;',
    ...(userFile ? ['    auth_basic "Team runs";', `    auth_basic_user_file ${userFile};`] : []),
    '    client_max_body_size 4m;',
    '}',
  ];
}

/**
 * IIS: the `web.config` of the folder itself (Windows integrated sign-in, WebDAV authoring for signed-in
 * users, JSON served). The WebDAV Publishing role service must be installed, and the `webdav/authoring`
 * and `security/authentication` sections, locked at server level by default, set for the folder by an
 * administrator (README: appcmd lines).
 */
export function iisTeamFolderWebConfig(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Team runs: the WebDAV folder named in team.json. Signed-in users read and write; nobody anonymous. -->
<configuration>
  <system.webServer>
    <webdav>
      <authoringRules>
        <clear />
        <add users="*" path="*" access="Read, Write" />
      </authoringRules>
    </webdav>
    <staticContent>
      <remove fileExtension=".json" />
      <mimeMap fileExtension=".json" mimeType="application/json" />
    </staticContent>
    <security>
      <requestFiltering>
        <verbs allowUnlisted="true" />
      </requestFiltering>
    </security>
    <directoryBrowse enabled="false" />
  </system.webServer>
</configuration>
`;
}

/** The appcmd lines an IIS administrator runs once for the folder (`Default Web Site/guides/lync-progress`). */
export function iisTeamFolderCommands(site: string, path: string): string[] {
  const location = `${site}${trimmed(path)}`;
  return [
    `%windir%\\system32\\inetsrv\\appcmd set config "${site}" /section:system.webServer/webdav/authoring /enabled:true /commit:apphost`,
    `%windir%\\system32\\inetsrv\\appcmd set config "${location}" /section:system.webServer/security/authentication/anonymousAuthentication /enabled:false /commit:apphost`,
    `%windir%\\system32\\inetsrv\\appcmd set config "${location}" /section:system.webServer/security/authentication/windowsAuthentication /enabled:true /commit:apphost`,
  ];
}
