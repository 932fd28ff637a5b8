import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nginxConf } from '../../scripts/nginx-conf.mjs';
import { headScriptHash } from '../../scripts/head-script.mjs';
import { contentSecurityPolicy, NGINX_LIST_PAGE_MAP } from '../../src/config/site-rules.js';

describe('deploy/nginx.conf', () => {
  it('is exactly what npm run nginx-conf writes from its template and the site rules', () => {
    // Run as npm run nginx-conf runs it: plain Node, which loads the rules untransformed.
    const check = spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/nginx-conf.mjs'), '--check'], { encoding: 'utf8' });
    // One message, not a diff of the whole file: the fix is always the same.
    expect(check.stderr.trim() || 'up to date').toBe('up to date');
    expect(check.status).toBe(0);
  });

  it('sends the site rules’ page policy, with the head script’s hash, wherever it serves pages, and keeps the placeholders a deployment fills in', () => {
    const conf = nginxConf();
    const pagePolicy = `add_header Content-Security-Policy "${contentSecurityPolicy('page', { scripts: [headScriptHash()] })}" always;`;
    // The server level (the typo receiver's answers), location /, the app shell (@missing) and
    // a removed story's page (the gone folder).
    expect(conf.split(pagePolicy).length - 1).toBe(4);
    expect(conf).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy('worker')}" always;`);
    expect(conf).toContain(NGINX_LIST_PAGE_MAP);
    for (const placeholder of ['__ROOT__', '__PORT__', '__RECEIVER__', '__PID__', '__LOGS__']) expect(conf).toContain(placeholder);
    expect(conf).not.toContain('{{');
  });

  it('refuses a template that names a kind of response or a token it does not know', () => {
    expect(() => nginxConf('  {{headers nonsense}}\n')).toThrow(/nonsense/);
    expect(() => nginxConf('{{no-such-token}}\n')).toThrow(/no-such-token/);
  });
});
