// openHub finds the bundled hub from the code's folder and the cache from the environment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openHub } from './openHub';
import { defaultHubCache } from './hubLocations';

const load = join(__dirname, '../../test-fixtures/hub/load');

test('the bundled hub is found from the code folder, the cache from the environment', () => {
  const hub = openHub({
    workspace: join(load, 'workspace'),
    codeDir: __dirname,
    environment: { AMIGOS_HUB_CACHE: join(load, 'bundled') },
    homeDir: '/nonexistent-home',
  });
  const forum = hub.resolve('hub.amigos.dev/social/forum');
  assert.ok(forum.kind === 'package' && forum.package.source === 'bundled', JSON.stringify(forum));
  // The load corpus's token 1.2.0 is in the cache here, shadowed by the bundled hub's 1.x.
  const token = hub.resolve('hub.amigos.dev/token');
  assert.ok(token.kind === 'package' && token.package.source === 'bundled');
  assert.ok(hub.candidates('hub.amigos.dev/token').some((pkg) => pkg.source === 'cache' && pkg.version === '1.2.0'));
  const wallet = hub.resolve('hub.amigos.dev/wallet');
  assert.ok(wallet.kind === 'package' && wallet.package.source === 'workspace');
});

test('the default cache is under the home folder unless the environment moves it', () => {
  assert.equal(defaultHubCache({}, '/home/amigo'), join('/home/amigo', '.amigos', 'hub-cache'));
  assert.equal(defaultHubCache({ AMIGOS_HUB_CACHE: '' }, '/home/amigo'), join('/home/amigo', '.amigos', 'hub-cache'));
  assert.equal(defaultHubCache({ AMIGOS_HUB_CACHE: '/srv/hub' }, '/home/amigo'), '/srv/hub');
});
