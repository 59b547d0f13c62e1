import { strict as assert } from 'node:assert';
import { csvField, formatOf, formatRows, type ExportRow } from '../../../client/src/views/concordanceExport';

const row = (over: Partial<ExportRow> = {}): ExportRow => ({
  file: 'corpus/001_5c1e0a9b7d3f2e41.txt',
  line: 3,
  column: 42,
  date: '2026-02-25',
  title: 'Tổng thống Vladimir Putin tiếp Đặc phái viên',
  left: 'Tổng thống Liên bang Nga ',
  match: 'Vladimir Putin',
  right: ' đã tiếp Bộ trưởng',
  ...over,
});

describe('concordance export', () => {
  it('quotes a CSV field only when it must, doubling quotes', () => {
    assert.equal(csvField('Hà Nội'), 'Hà Nội');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('he said "no"'), '"he said ""no"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('ends with a space '), '"ends with a space "');
    assert.equal(csvField(''), '');
  });

  it('writes a header and one CRLF line per row in CSV, keeping the contexts exact', () => {
    const text = formatRows([row(), row({ date: undefined, title: 'Họp báo, "thường kỳ"', line: 1, column: 1 })], 'csv');
    const lines = text.split('\r\n');
    assert.equal(lines[0], 'file,line,column,date,title,left,match,right');
    assert.equal(lines[1], 'corpus/001_5c1e0a9b7d3f2e41.txt,3,42,2026-02-25,Tổng thống Vladimir Putin tiếp Đặc phái viên,"Tổng thống Liên bang Nga ",Vladimir Putin," đã tiếp Bộ trưởng"');
    assert.equal(lines[2], 'corpus/001_5c1e0a9b7d3f2e41.txt,1,1,,"Họp báo, ""thường kỳ""","Tổng thống Liên bang Nga ",Vladimir Putin," đã tiếp Bộ trưởng"');
    assert.equal(lines[3], '');
    assert.equal(lines.length, 4);
  });

  it('writes TSV with tabs and line breaks inside fields turned into spaces', () => {
    const text = formatRows([row({ left: 'a\tb', right: 'c\nd' })], 'tsv');
    const lines = text.split('\n');
    assert.equal(lines[0], 'file\tline\tcolumn\tdate\ttitle\tleft\tmatch\tright');
    assert.deepEqual(lines[1].split('\t'), ['corpus/001_5c1e0a9b7d3f2e41.txt', '3', '42', '2026-02-25', 'Tổng thống Vladimir Putin tiếp Đặc phái viên', 'a b', 'Vladimir Putin', 'c d']);
  });

  it('chooses the format from the file name', () => {
    assert.equal(formatOf('/tmp/x.tsv'), 'tsv');
    assert.equal(formatOf('/tmp/x.TSV'), 'tsv');
    assert.equal(formatOf('/tmp/x.csv'), 'csv');
    assert.equal(formatOf('/tmp/x'), 'csv');
  });
});
