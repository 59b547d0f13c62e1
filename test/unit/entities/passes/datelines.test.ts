import { strict as assert } from 'node:assert';
import { datelines, registryNames, titles } from '../../../../server/src/core/entities/passes/index';
import { mentions, spans } from './helpers';

const passes = [titles, registryNames, datelines];

describe('pass: datelines', () => {
  it('gives a registry place that opens the article in capitals the dateline role', () => {
    assert.deepEqual(spans('HÀ NỘI - Sáng 5/3, đoàn đã đến.', passes), ['place: HÀ NỘI (dateline)']);
  });
  it('makes an unknown dateline a place, named in title case', () => {
    const ms = mentions('Tin thế giới\n\nMOSKVA (TTXVN) - Tổng thống đã phát biểu.', passes);
    assert.deepEqual(ms.map((m) => [m.text, m.type, m.role, m.key]), [['MOSKVA', 'place', 'dateline', 'unknown:place:moskva']]);
    assert.equal(ms[0].source, 'dateline');
  });
  it('takes nothing in capitals inside a paragraph', () => {
    assert.deepEqual(spans('Trận đấu giữa HAGL - SLNA diễn ra tối qua.', passes), []);
  });
});
