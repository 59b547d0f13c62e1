import { strict as assert } from 'node:assert';
import { ageTeams, registryNames, titles } from '../../../../server/src/core/entities/passes/index';
import { spans } from './helpers';

const passes = [titles, registryNames, ageTeams];

describe('pass: ageTeams', () => {
  it('makes an age group and a country a team, the country nested', () => {
    assert.deepEqual(spans('U23 Việt Nam thắng U23 Thái Lan.', passes), [
      'organization: U23 Việt Nam',
      'place: Việt Nam (nested)',
      'organization: U23 Thái Lan',
      'place: Thái Lan (nested)',
    ]);
  });
  it('does not make a team of a region (a tournament)', () => {
    assert.deepEqual(spans('Giải U16 châu Á khởi tranh.', passes), ['place: châu Á']);
  });
  it('finds nothing without discovery', () => {
    assert.deepEqual(spans('U23 Việt Nam thắng.', passes, { discover: false }), ['place: Việt Nam']);
  });
});
