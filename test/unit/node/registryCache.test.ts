import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { loadRegistry, type EntityRegistry, type LoadResult } from '../../../server/src/core/entities/registry';
import type { RegistrySource } from '../../../server/src/core/entities/types';
import { readBuiltinRegistrySources } from '../../../server/src/node/registryFiles';
import { loadRegistryCached, openRegistryCached, registryFromSnapshot, registrySnapshot } from '../../../server/src/node/registryCache';
import { FileSummarizer } from '../../../server/src/ingest/summarizeFile';
import { defaultConfig } from '../../../server/src/core/config/corpusConfig';
import { recognizeEntities } from '../../../server/src/core/entities/recognize';

// A corpus registry with something of everything: an override of a built-in entry, a person
// with titles, an alias two entries claim, a parent nobody defines, and a YAML error.
const CORPUS_YAML = `entities:
  - id: nguoi-mot
    type: person
    name: Trần Văn Mười
    aliases: [ông Mười, Văn Mười]
    titles:
      - { title: Bộ trưởng Xây dựng, from: 2021-04 }
  - id: nguoi-hai
    type: person
    name: Lê Thị Hai
    aliases: [Văn Mười]
  - id: cong-ty-ba
    type: organization
    name: Công ty Ba Sao
    parent: khong-co-ai
  - id: sai
    type: person
    name: [khong, phai, chuoi
`;

const builtin = readBuiltinRegistrySources();
const sources = (text = CORPUS_YAML): RegistrySource[] => [...builtin, { path: '/corpus/entities.yaml', text, builtin: false }];

const folders: string[] = [];
function tempFolder(): string {
  const f = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-registry-'));
  folders.push(f);
  return f;
}

/** What a user sees of a registry: its entities, what each alias resolves to, what the gazetteer matches, the word lists, the problems. */
function observable(r: LoadResult) {
  return {
    entities: r.registry.all(),
    resolved: ['ông Mười', 'Văn Mười', 'Hà Nội', 'Lê Thị Hai'].map((s) => r.registry.resolve(s)?.id),
    patterns: [...r.registry.patterns()],
    lexicon: r.registry.lexicon,
    problems: r.problems,
  };
}

/** A snapshot with its body (the registry's state and name index) changed by `edit`; its head
 *  (format, key, problems) kept. The head's length comes first, the body right after the head. */
function editBody(bytes: Buffer, edit: (body: any) => void): Buffer {
  const at = 4 + bytes.readUInt32LE(0);
  const body = v8.deserialize(bytes.subarray(at));
  edit(body);
  return Buffer.concat([bytes.subarray(0, at), v8.serialize(body)]);
}

describe('registryCache', () => {
  after(() => {
    for (const f of folders) fs.rmSync(f, { recursive: true, force: true });
  });

  it('restores from its snapshot the same registry the sources load to', () => {
    const folder = tempFolder();
    const fresh = loadRegistry(sources(), { language: 'vi' });
    const first = loadRegistryCached(sources(), { language: 'vi', folder });
    const files = fs.readdirSync(folder);
    assert.deepEqual(files.length, 1);
    assert.match(files[0], /^registry-[0-9a-f]+\.bin$/);
    const second = loadRegistryCached(sources(), { language: 'vi', folder });
    assert.notEqual(second.registry, first.registry);
    assert.ok(fresh.problems.length >= 3, 'the fixture has a duplicate alias, an unknown parent and a YAML error');
    assert.deepEqual(observable(first), observable(fresh));
    assert.deepEqual(observable(second), observable(fresh));
  });

  it('reads the snapshot, not the sources, when it was made from the same sources', () => {
    const folder = tempFolder();
    loadRegistryCached(sources(), { folder });
    const file = path.join(folder, fs.readdirSync(folder)[0]);
    // Alter what the snapshot says (keeping its key): the load must show the alteration.
    fs.writeFileSync(file, editBody(fs.readFileSync(file), (body) => (body.state.entities.find((e: { id: string }) => e.id === 'nguoi-mot').name = 'Tên Trong Bản Chụp')));
    assert.equal(loadRegistryCached(sources(), { folder }).registry.get('nguoi-mot')?.name, 'Tên Trong Bản Chụp');
  });

  it('misses when a source, or the language of the messages, changed', () => {
    const folder = tempFolder();
    loadRegistryCached(sources(), { folder, language: 'en' });
    const edited = loadRegistryCached(sources(CORPUS_YAML.replace('Lê Thị Hai', 'Lê Thị Ba')), { folder, language: 'en' });
    assert.equal(edited.registry.get('nguoi-hai')?.name, 'Lê Thị Ba');
    const vi = loadRegistryCached(sources(), { folder, language: 'vi' });
    assert.deepEqual(vi.problems, loadRegistry(sources(), { language: 'vi' }).problems);
    assert.equal(fs.readdirSync(folder).length, 3);
  });

  it('ignores a damaged snapshot and writes it again', () => {
    const folder = tempFolder();
    loadRegistryCached(sources(), { folder });
    const file = path.join(folder, fs.readdirSync(folder)[0]);
    for (const damage of [Buffer.from('not a snapshot'), fs.readFileSync(file).subarray(0, 100), Buffer.alloc(0)]) {
      fs.writeFileSync(file, damage);
      assert.deepEqual(observable(loadRegistryCached(sources(), { folder })), observable(loadRegistry(sources())));
      assert.ok(registryFromSnapshot(fs.readFileSync(file)), 'written again whole');
    }
  });

  it('keeps the eight snapshots used last', () => {
    const folder = tempFolder();
    for (let i = 0; i < 11; i++) loadRegistryCached(sources(CORPUS_YAML.replace('Ba Sao', `Ba Sao ${i}`)), { folder });
    assert.equal(fs.readdirSync(folder).length, 8);
  });

  it('works without a folder it can write', () => {
    const blocker = path.join(tempFolder(), 'a-file');
    fs.writeFileSync(blocker, '');
    const r = loadRegistryCached(sources(), { folder: path.join(blocker, 'cache') });
    assert.deepEqual(observable(r), observable(loadRegistry(sources())));
  });

  it('gives a worker thread the same registry as bytes, and the same summaries from it', () => {
    const loaded = loadRegistry(sources());
    const restored = registryFromSnapshot(registrySnapshot(loaded.registry))!;
    assert.deepEqual(observable({ ...restored, problems: loaded.problems }), observable(loaded));
    // Registry names, a country by ICU's name, a world city and the moon: the name index the
    // snapshot carries finds them as the one built from the sources does.
    const text = ' date 2024-05-02 Tin\n\nBộ trưởng Xây dựng Trần Văn Mười đến Hà Nội hôm qua. Ông Mười gặp Công ty Ba Sao.\nĐoàn bay từ Tokyo sang Hy Lạp, nhìn Mặt Trăng.\n';
    const ctx = { key: '/corpus', config: defaultConfig(), today: '2024-06-01' };
    const fromSources = new FileSummarizer();
    fromSources.defineCorpus({ ...ctx, registrySources: sources() });
    const fromBytes = new FileSummarizer();
    fromBytes.defineCorpus({ ...ctx, registrySources: [], registrySnapshot: registrySnapshot(loaded.registry) });
    const a = fromSources.summarizeText(text, '/corpus/a.txt', '/corpus');
    const b = fromBytes.summarizeText(text, '/corpus/a.txt', '/corpus');
    assert.ok(a.mentions.data.length > 0, 'the article mentions entities of the registry');
    assert.deepEqual(b, a);
    const keys = recognizeEntities(text, restored.registry).map((m) => m.key);
    assert.deepEqual(keys, recognizeEntities(text, loaded.registry).map((m) => m.key));
    assert.ok(['nguoi-mot', 'vn-ha-noi', 'cong-ty-ba'].every((k) => keys.includes(k)) && keys.some((k) => /tokyo/i.test(k)) && keys.some((k) => /hy lạp|greece|gr$/i.test(k)), keys.join(' '));
  });

  it('gives a thread the snapshot file a registry came from, or makes one again when the file is gone', () => {
    const folder = tempFolder();
    const written = loadRegistryCached(sources(), { folder });
    const file = path.join(folder, fs.readdirSync(folder)[0]);
    const restored = loadRegistryCached(sources(), { folder });
    for (const r of [written, restored]) assert.deepEqual(Buffer.from(registrySnapshot(r.registry)), fs.readFileSync(file));
    fs.rmSync(file);
    const again = registryFromSnapshot(registrySnapshot(restored.registry))!;
    assert.deepEqual(observable({ ...again, problems: restored.problems }), observable({ ...restored, problems: restored.problems }));
  });

  it('restores the name index the snapshot carries instead of building it again', () => {
    const loaded = loadRegistry(sources());
    // The snapshot's own word for Tokyo: a registry built again from the state would not say it.
    const edited = editBody(Buffer.from(registrySnapshot(loaded.registry)), (body) => {
      for (const p of body.names.gazetteer.patterns) if (p.text === 'Tokyo') p.entityId = 'from-the-snapshot';
    });
    const restored = registryFromSnapshot(edited)!;
    const tokyo = recognizeEntities('Đoàn bay tới Tokyo hôm qua.', restored.registry).find((m) => m.text === 'Tokyo');
    assert.equal(tokyo?.entityId, 'from-the-snapshot');
  });

  it('gives the problems at once, and the registry when first asked for, from the snapshot', () => {
    const folder = tempFolder();
    const fresh = loadRegistry(sources(), { language: 'vi' });
    assert.equal(typeof openRegistryCached(sources(), { language: 'vi', folder }).registry, 'object', 'no snapshot yet: loaded at once');
    const file = path.join(folder, fs.readdirSync(folder)[0]);
    // The body's own name for an entry: the registry given later comes from these bytes, read
    // when the snapshot was opened, not from the file as it is by then.
    fs.writeFileSync(file, editBody(fs.readFileSync(file), (body) => (body.state.entities.find((e: { id: string }) => e.id === 'nguoi-mot').name = 'Tên Trong Bản Chụp')));
    const opened = openRegistryCached(sources(), { language: 'vi', folder });
    assert.deepEqual(opened.problems, fresh.problems);
    assert.equal(typeof opened.registry, 'function');
    fs.rmSync(file);
    const restore = opened.registry as () => EntityRegistry;
    assert.equal(restore().get('nguoi-mot')?.name, 'Tên Trong Bản Chụp');
    assert.equal(restore(), restore(), 'restored once');
  });

  it('loads a registry whose snapshot body is damaged from the sources when first asked for, and writes it again', () => {
    const folder = tempFolder();
    loadRegistryCached(sources(), { folder });
    const file = path.join(folder, fs.readdirSync(folder)[0]);
    const whole = fs.readFileSync(file);
    const at = 4 + whole.readUInt32LE(0);
    // The head intact, the body cut short.
    fs.writeFileSync(file, whole.subarray(0, at + 200));
    const opened = openRegistryCached(sources(), { folder });
    assert.deepEqual(opened.problems, loadRegistry(sources()).problems);
    const registry = (opened.registry as () => EntityRegistry)();
    assert.deepEqual(observable({ registry, problems: opened.problems }), observable(loadRegistry(sources())));
    assert.ok(registryFromSnapshot(fs.readFileSync(file)), 'written again whole');
  });

  it('gives a thread the snapshot of a registry not restored yet without restoring it', () => {
    const folder = tempFolder();
    loadRegistryCached(sources(), { folder });
    const file = path.join(folder, fs.readdirSync(folder)[0]);
    // The body damaged: a restore would find it so and write the file again, whole.
    const whole = fs.readFileSync(file);
    const damaged = whole.subarray(0, 4 + whole.readUInt32LE(0) + 200);
    fs.writeFileSync(file, damaged);
    const restore = openRegistryCached(sources(), { folder }).registry as () => EntityRegistry;
    assert.deepEqual(Buffer.from(registrySnapshot(restore)), damaged);
    // A loader the cache does not know (the CLI's): the snapshot of what it gives.
    let calls = 0;
    assert.deepEqual(Buffer.from(registrySnapshot(() => (calls++, restore()))), fs.readFileSync(file));
    assert.equal(calls, 1);
    assert.ok(registryFromSnapshot(fs.readFileSync(file)), 'restored then, and written again whole');
  });
});
