// Review Unknown People over LSP: the groups the server answers, and the registry edit that
// files one (applied here as the editor would, then the person is known).

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, LspClient, uri } from './lspClient';
import { UNKNOWN_PEOPLE, type UnknownPeopleResult } from '../../server/src/protocol/corpusLensProtocol';

describe('protocol: unknown people', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-unknown-'));
    fs.writeFileSync(path.join(dir, 'corpus-lens.yaml'), 'rules: {}\n');
    fs.writeFileSync(path.join(dir, 'entities.yaml'), 'entities:\n  - id: le-van-c\n    type: person\n    name: Lê Văn Cường\n');
    fs.writeFileSync(path.join(dir, '001_00000000000000d1.txt'), ' date 2026-03-02 Tin\n\nThứ trưởng Phạm Quốc Bảo tiếp đoàn. Sau đó Thứ trưởng Pham Quoc Bao phát biểu.\n');
    fs.writeFileSync(path.join(dir, '002_00000000000000d2.txt'), ' date 2026-04-09 Tin\n\nThứ trưởng Phạm Quốc Bảo ký kết. Giám đốc Le Van Cuong dự.\n');
    client = await LspClient.start({ folder: dir });
    await client.ready();
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('groups one person written two ways, and files it with one edit', async () => {
    const { groups } = await client.request<UnknownPeopleResult>(UNKNOWN_PEOPLE, {});
    const bao = groups.find((g) => g.name === 'Phạm Quốc Bảo')!;
    assert.ok(bao, JSON.stringify(groups.map((g) => g.name)));
    assert.deepEqual([bao.mentions, bao.articles, bao.aliases, bao.suggestion], [3, 3, ['Pham Quoc Bao'], { kind: 'new', id: 'pham-quoc-bao' }]);
    assert.deepEqual(bao.titles.map((t) => [t.title, t.first, t.last]), [['Thứ trưởng', '2026-03', '2026-04']]);
    const change = bao.edit!.documentChanges![0] as TextDocumentEdit;
    const file = path.join(dir, 'entities.yaml');
    assert.equal(change.textDocument.uri, uri(file));
    const after = applyTextEdits(fs.readFileSync(file, "utf8"), change.edits as Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>);
    assert.equal(
      after,
      'entities:\n  - id: le-van-c\n    type: person\n    name: Lê Văn Cường\n  - id: pham-quoc-bao\n    type: person\n    name: Phạm Quốc Bảo\n    aliases: [ Pham Quoc Bao ]\n    titles:\n      - { title: Thứ trưởng, from: 2026-03 }\n',
    );
    // A spelling of a person the registry has is offered as an alias of that entry.
    const cuong = groups.find((g) => g.suggestion.kind === 'alias');
    assert.deepEqual(cuong?.suggestion, { kind: 'alias', entityId: 'le-van-c', entityName: 'Lê Văn Cường' });
    assert.equal(cuong?.edit, undefined, 'the entry is in this very file: not written twice');
    // Filed, the person is known: no entity/unknown left for them.
    const a1 = uri(path.join(dir, '001_00000000000000d1.txt'));
    assert.ok(client.diagnostics.get(a1)?.some((x) => x.code === 'entity/unknown'), 'reported before');
    fs.writeFileSync(file, after);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(file), type: 2 }] });
    await client.readyTimes(2);
    await client.waitForDiagnostics(a1, (d: Diagnostic[]) => !d.some((x) => x.code === 'entity/unknown'), 'entity/unknown gone');
  });

  it('ignores a person through corpus-lens.yaml: no longer reported, no longer listed', async () => {
    fs.writeFileSync(path.join(dir, '003_00000000000000d3.txt'), ' date 2026-04-10 Tin\n\nĐại sứ Hoàng Minh Đức phát biểu.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(path.join(dir, '003_00000000000000d3.txt')), type: 1 }] });
    const a3 = uri(path.join(dir, '003_00000000000000d3.txt'));
    await client.waitForDiagnostics(a3, (d: Diagnostic[]) => d.some((x) => x.code === 'entity/unknown'), 'entity/unknown on Hoàng Minh Đức');
    const { groups } = await client.request<UnknownPeopleResult>(UNKNOWN_PEOPLE, {});
    const duc = groups.find((g) => g.name === 'Hoàng Minh Đức')!;
    const change = duc.ignoreEdit!.documentChanges![0] as TextDocumentEdit;
    const config = path.join(dir, 'corpus-lens.yaml');
    const after = applyTextEdits(fs.readFileSync(config, 'utf8'), change.edits as Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>);
    assert.equal(after, 'rules: {}\n# People Corpus Lens should not report as unknown (entity/unknown).\nignoreUnknown:\n  - Hoàng Minh Đức\n');
    fs.writeFileSync(config, after);
    const ready = client.readyCount;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(config), type: 2 }] });
    await client.readyTimes(ready + 1);
    await client.waitForDiagnostics(a3, (d: Diagnostic[]) => !d.some((x) => x.code === 'entity/unknown'), 'entity/unknown gone');
    const again = await client.request<UnknownPeopleResult>(UNKNOWN_PEOPLE, {});
    assert.ok(!again.groups.some((g) => g.name === 'Hoàng Minh Đức'));
  });
});
