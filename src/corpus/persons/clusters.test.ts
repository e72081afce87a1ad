import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Clusters } from './clusters.ts';

test('a split forbids joining the two clusters that hold its appearances, unless forced', () => {
  const cannot = new Map([[0, new Set([3])], [3, new Set([0])]]);
  const c = new Clusters(5, cannot);
  assert.equal(c.union(0, 1), true);
  assert.equal(c.union(2, 3), true);
  assert.equal(c.forbidden(1, 2), true);
  assert.equal(c.union(1, 2), false);
  assert.notEqual(c.find(1), c.find(2));
  assert.equal(c.union(1, 4), true);
  assert.equal(c.union(4, 2, true), true);
  assert.deepEqual(c.membersOf(0).sort(), [0, 1, 2, 3, 4]);
});

test('absorb joins a lone appearance into a cluster and keeps that cluster\'s root', () => {
  const c = new Clusters(4, new Map());
  c.union(0, 1);
  const root = c.find(0);
  c.absorb(3, 1);
  assert.equal(c.find(3), root);
  assert.deepEqual(c.roots(), [root, 2].sort((a, b) => a - b));
  assert.throws(() => c.absorb(0, 2), /not alone/);
});
