// Background work waits for a pause in the client's messages, and still runs when none comes.

import { strict as assert } from 'node:assert';
import type { DataCallback, Message, MessageReader, MessageWriter } from 'vscode-languageserver/node';
import { ClientActivity } from '../../../server/src/clientActivity';

describe('ClientActivity', () => {
  it('lets background work run on the next turn when the client sent nothing', async () => {
    const activity = new ClientActivity();
    let timerFired = false;
    const timer = setTimeout(() => (timerFired = true), 20);
    await activity.turn(40, 250);
    clearTimeout(timer);
    assert.equal(timerFired, false, 'it waited for a timer although the client was quiet');
  });

  it('waits until the client has been quiet for the pause', async () => {
    const activity = new ClientActivity();
    activity.touch();
    const t = performance.now();
    await activity.turn(30, 1000);
    assert.ok(performance.now() - t >= 29, `resolved after ${performance.now() - t} ms`);
    assert.ok(activity.sinceLast() >= 30);
  });

  it('runs a slice after the longest wait while the client never pauses', async () => {
    const activity = new ClientActivity();
    let messages = 0;
    activity.touch();
    const chatter = setInterval(() => {
      activity.touch();
      messages++;
    }, 5);
    const t = performance.now();
    await activity.turn(30, 120);
    clearInterval(chatter);
    assert.ok(performance.now() - t >= 119, `resolved after ${performance.now() - t} ms`);
    assert.ok(messages >= 3, 'the client kept sending');
  });

  it('hears every message a tracked reader delivers, and delivers it', () => {
    let deliver: DataCallback | undefined;
    const reader = { listen: (cb: DataCallback) => ((deliver = cb), { dispose() {} }), dispose() {} } as unknown as MessageReader;
    let now = 1000;
    const activity = new ClientActivity(() => now);
    const got: Message[] = [];
    activity.track(reader).listen((m) => got.push(m));
    assert.equal(activity.sinceLast(), Infinity);
    now = 2000;
    deliver!({ jsonrpc: '2.0' });
    now = 2005;
    assert.equal(activity.sinceLast(), 5);
    assert.deepEqual(got, [{ jsonrpc: '2.0' }]);
  });

  it('waits while a request is being answered, but not for a request held open for later changes', async () => {
    let deliver: DataCallback | undefined;
    const reader = { listen: (cb: DataCallback) => ((deliver = cb), { dispose() {} }), dispose() {} } as unknown as MessageReader;
    const written: Message[] = [];
    const writer = { write: async (m: Message) => void written.push(m), end() {}, dispose() {} } as unknown as MessageWriter;
    const activity = new ClientActivity();
    activity.track(reader).listen(() => undefined);
    const answers = activity.trackAnswers(writer);
    deliver!({ jsonrpc: '2.0', id: 7, method: 'corpusLens/concordance' } as Message);
    deliver!({ jsonrpc: '2.0', id: 8, method: 'workspace/diagnostic' } as Message);
    deliver!({ jsonrpc: '2.0', method: '$/cancelRequest' } as Message);
    assert.equal(activity.busy, 1, 'the concordance, not the held-open workspace diagnostics');
    // Pages of partial results and a request of the server's own are not the answer.
    await answers.write({ jsonrpc: '2.0', method: '$/progress', params: {} } as Message);
    await answers.write({ jsonrpc: '2.0', id: 1, method: 'workspace/configuration' } as Message);
    assert.equal(activity.busy, 1);
    const t = performance.now();
    let resolved = false;
    const slice = activity.turn(0, 1000).then(() => (resolved = true));
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(resolved, false, 'a slice ran while the concordance was being answered');
    await answers.write({ jsonrpc: '2.0', id: 7, result: null } as Message);
    assert.equal(activity.busy, 0);
    await slice;
    assert.ok(performance.now() - t >= 29);
    assert.equal(written.length, 3, 'every message written');
  });
});
