// Global Object Identification: an id's shape names its Node type, and the shapes never overlap.
import { describe, expect, it } from 'vitest';
import { nodeTypeOf } from '../../src/services/nodes.js';

describe('nodeTypeOf', () => {
  it.each([
    ['us-ccl@ecfr-2026:9A012', 'Entry'],
    ['us-ccl@ecfr-2026:9A610.u', 'Entry'],
    ['eu-annex-i@2025-11:1C001.a.1', 'Entry'],
    ['mtcr@uk-2022:M19A3', 'Entry'],
    ['us-ccl@ecfr-2026', 'ControlList'],
    ['us-ccl@2026-12-01', 'ControlList'],
    ['uav-cruise-missiles', 'Technology'],
    ['gas-centrifuges', 'Technology'],
  ])('%s is an %s id', (id, type) => expect(nodeTypeOf(id)).toBe(type));

  it.each(['', ' ', 'Not An Id', 'WA', '9A012', ':9A012', 'us-ccl@', '@x', 'a@b@c', 'x@y:', 'Uav'])('%j is no Node id', (id) => {
    expect(nodeTypeOf(id)).toBeNull();
  });
});
