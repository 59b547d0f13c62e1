// Background work waits for a pause in the client's messages and for the answers under way,
// and still runs when none comes. On a clock of the test's own: each wait of a slice moves it.

import { strict as assert } from 'node:assert';
import type { DataCallback, Message, MessageReader, MessageWriter } from 'vscode-languageserver/node';
import { ClientActivity } from '../../../server/src/clientActivity';

/** An activity on a clock that moves only by the slice's waits; `during(t)` runs at each wait. */
function onTestClock(during: (t: number) => void = () => undefined) {
  let t = 1000;
  const waits: number[] = [];
  const activity = new ClientActivity(
    () => t,
    async (ms) => {
      waits.push(ms);
      t += ms;
      during(t);
    },
  );
  return { activity, waits, touchNow: () => activity.touch() };
}

function trackedPair(activity: ClientActivity) {
  let deliver: DataCallback | undefined;
  const reader = { listen: (cb: DataCallback) => ((deliver = cb), { dispose() {} }), dispose() {} } as unknown as MessageReader;
  const written: Message[] = [];
  const writer = { write: async (m: Message) => void written.push(m), end() {}, dispose() {} } as unknown as MessageWriter;
  const got: Message[] = [];
  activity.track(reader).listen((m) => got.push(m));
  return { receive: (m: object) => deliver!(m as Message), answers: activity.trackAnswers(writer), written, got };
}

describe('ClientActivity', () => {
  it('lets background work run at once when the client sent nothing', async () => {
    const { activity, waits } = onTestClock();
    await activity.turn(40, 250);
    assert.deepEqual(waits, []);
  });

  it('waits until the client has been quiet for the pause', async () => {
    const { activity, waits, touchNow } = onTestClock();
    touchNow();
    await activity.turn(30, 1000);
    assert.equal(waits.reduce((a, b) => a + b, 0), 30);
    assert.equal(activity.sinceLast(), 30);
  });

  it('runs a slice after the longest wait while the client never pauses', async () => {
    const clock: ReturnType<typeof onTestClock> = onTestClock(() => clock.touchNow());
    clock.touchNow();
    await clock.activity.turn(30, 120);
    assert.equal(clock.waits.reduce((a, b) => a + b, 0), 120);
    assert.ok(clock.waits.length >= 4, 'the client kept sending');
  });

  it('hears every message a tracked reader delivers, and delivers it', () => {
    const { activity } = onTestClock();
    const { receive, got } = trackedPair(activity);
    assert.equal(activity.sinceLast(), Infinity);
    receive({ jsonrpc: '2.0' });
    assert.equal(activity.sinceLast(), 0);
    assert.deepEqual(got, [{ jsonrpc: '2.0' }]);
  });

  it('waits while a request is being answered, but not for a request held open for later changes', async () => {
    let pair: ReturnType<typeof trackedPair>;
    let answerAt = Infinity;
    // The concordance is answered 30 ms after the slice began to wait.
    const clock = onTestClock((t) => {
      if (t >= answerAt) void pair.answers.write({ jsonrpc: '2.0', id: 7, result: null } as Message);
    });
    pair = trackedPair(clock.activity);
    pair.receive({ jsonrpc: '2.0', id: 7, method: 'corpusLens/concordance' });
    pair.receive({ jsonrpc: '2.0', id: 8, method: 'workspace/diagnostic' });
    pair.receive({ jsonrpc: '2.0', method: '$/cancelRequest' });
    assert.equal(clock.activity.busy, 1, 'the concordance, not the held-open workspace diagnostics');
    // Pages of partial results and a request of the server's own are not the answer.
    await pair.answers.write({ jsonrpc: '2.0', method: '$/progress', params: {} } as Message);
    await pair.answers.write({ jsonrpc: '2.0', id: 1, method: 'workspace/configuration' } as Message);
    assert.equal(clock.activity.busy, 1);
    answerAt = 1000 + 30;
    await clock.activity.turn(0, 1000);
    const waited = clock.waits.reduce((a, b) => a + b, 0);
    assert.ok(waited >= 30 && waited < 1000, `a slice ran after ${waited} ms, not once the answer was sent at 30 ms`);
    assert.equal(clock.activity.busy, 0);
    assert.equal(pair.written.length, 3, 'every message written');
  });
});
