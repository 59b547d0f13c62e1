import { strict as assert } from 'node:assert';
import { datelines, heads, registryNames, titledPeople, titles } from '../../../../server/src/core/entities/passes/index';
import { spans } from './helpers';

const passes = [titles, registryNames, datelines, heads, titledPeople];

describe('pass: titledPeople', () => {
  it('takes the name after a title through its slot, the country its own mention', () => {
    assert.deepEqual(spans('Thứ trưởng Ngoại giao Lào Khampheng Saysompheng đã đến.', passes), ['place: Lào', 'person: Khampheng Saysompheng [Thứ trưởng Ngoại giao]']);
  });
  it('takes the name after an honorific', () => {
    assert.deepEqual(spans('Hôm qua, ông Tillerson đã phát biểu.', passes), ['person: Tillerson [ông]']);
  });
  it('gives a registry person after the title the title', () => {
    assert.deepEqual(spans('Tổng thống Vladimir Putin phát biểu.', passes), ['person: Vladimir Putin [Tổng thống]']);
  });
  it('sets apart the organisation between title and name', () => {
    assert.deepEqual(spans('Chủ tịch OceanBank Hà Văn Thắm bị bắt.', passes), ['organization: OceanBank', 'person: Hà Văn Thắm [Chủ tịch]']);
  });
  it('takes no common-noun abbreviation for a person', () => {
    assert.deepEqual(spans('Các chiến sĩ CSGT làm nhiệm vụ.', passes), []);
  });
});
