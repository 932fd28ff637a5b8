// Serves a build through the production nginx config (deploy/nginx.conf, as npm run nginx-conf
// generated it; a unit test keeps it current) on a loopback port, with the typo receiver behind
// /api/typo, for the browser tests' `nginx` project. Debian's nginx is required: CI installs it.
// Usage: node scripts/nginx-e2e.mjs <dist> <port>
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4176);
const receiverPort = port + 100;
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
if (!nginx) {
  console.error('The nginx test project needs Debian nginx: apt-get install -y nginx libnginx-mod-http-brotli-static');
  process.exit(1);
}

const work = join(root, 'test-results', `nginx-${port}`);
mkdirSync(work, { recursive: true });
const config = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8')
  .replaceAll('__ROOT__', dist)
  .replaceAll('__PORT__', String(port))
  .replaceAll('__RECEIVER__', `127.0.0.1:${receiverPort}`)
  .replaceAll('__LOGS__', work)
  .replaceAll('__PID__', join(work, 'nginx.pid'));
writeFileSync(join(work, 'nginx.conf'), config);

const children = [
  spawn('node', [join(root, 'server/typo-receiver.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, PORT: String(receiverPort), HOST: '127.0.0.1', TYPO_REPORTS_FILE: join(work, 'typo-reports.jsonl') },
  }),
  spawn(nginx, ['-c', join(work, 'nginx.conf'), '-p', work, '-e', join(work, 'error.log')], { stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
for (const child of children) {
  child.on('exit', (code) => {
    if (code) {
      console.error(`nginx-e2e: a server stopped (${code})`);
      stop();
    }
  });
}
