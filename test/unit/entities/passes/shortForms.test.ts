import { strict as assert } from 'node:assert';
import { PASSES, nameShape, registryNames, shortForms, titledPeople, titles } from '../../../../server/src/core/entities/passes/index';
import { mentions, spans } from './helpers';

const passes = [titles, registryNames, titledPeople, nameShape, shortForms];

describe('pass: shortForms', () => {
  it('resolves a surname to the foreign person seen before', () => {
    const ms = mentions('Bộ trưởng Sergey Lavrov đến Hà Nội. Ông Lavrov cho biết thêm.', passes);
    const full = ms.find((m) => m.text === 'Sergey Lavrov')!;
    const short = ms.find((m) => m.text === 'Lavrov')!;
    assert.equal(short.type, 'person');
    assert.equal(short.key, full.key);
    assert.equal(short.fullName, 'Sergey Lavrov');
  });
  it('resolves a given name to the Vietnamese person seen before', () => {
    assert.deepEqual(spans('Ông Nguyễn Văn Bình đến. Sau đó, Bình phát biểu.', passes), ['person: Nguyễn Văn Bình [Ông]', 'person: Bình']);
    assert.equal(mentions('Ông Nguyễn Văn Bình đến. Sau đó, Bình phát biểu.', passes)[1].fullName, 'Nguyễn Văn Bình');
  });
  it('takes no short form before its full name, nor one two people share', () => {
    assert.deepEqual(spans('Lavrov nói. Bộ trưởng Sergey Lavrov cười.', passes), ['person: Sergey Lavrov [Bộ trưởng]']);
    assert.deepEqual(spans('Nguyễn Văn Bình và Trần Thị Bình đến. Sau đó, Bình nói.', passes), ['person: Nguyễn Văn Bình', 'person: Trần Thị Bình']);
  });
  it('runs again after the guessing passes, for the full names they find', () => {
    assert.deepEqual(spans('Kiatisak Senamuang đến sân. Sau trận, Senamuang cười.', PASSES), ['person: Kiatisak Senamuang', 'person: Senamuang']);
  });
  it('takes no short form from the first half of a common word', () => {
    assert.deepEqual(spans('Trần Văn Nghị phát biểu. Nghị quyết được thông qua, Nghị cho biết.', passes), [
      'person: Trần Văn Nghị',
      'person: Nghị',
    ]);
  });
});
