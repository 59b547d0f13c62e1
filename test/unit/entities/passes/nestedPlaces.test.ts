import { strict as assert } from 'node:assert';
import { nestedPlaces, registryNames, titles } from '../../../../server/src/core/entities/passes/index';
import { spans } from './helpers';

const passes = [titles, registryNames, nestedPlaces];

describe('pass: nestedPlaces', () => {
  it('adds the places inside a registry organisation, marked nested', () => {
    assert.deepEqual(spans('Đảng Cộng sản Việt Nam lãnh đạo.', passes), ['organization: Đảng Cộng sản Việt Nam', 'place: Việt Nam (nested)']);
  });
  it('adds none when nested places are not wanted', () => {
    assert.deepEqual(spans('Đảng Cộng sản Việt Nam lãnh đạo.', passes, { nested: false }), ['organization: Đảng Cộng sản Việt Nam']);
  });
});
