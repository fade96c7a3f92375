/** Entry of one client process: hosts a share of the fleet's providers, driven over IPC. */
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT, NODE } from '../../shared/schema/nodeNames.ts';
import { benchClock, sleepUntil } from '../benchClock.ts';
import { connectProvider, whenSynced } from '../connectProvider.ts';
import type { FleetCommand, FleetMember, FleetReply, SendLog } from './fleetMessages.ts';

const CONNECT_CONCURRENCY = 10;

interface Member extends FleetMember {
  doc: Y.Doc;
  provider: WebsocketProvider;
  paragraph: Y.XmlText | null;
  /** Per writer: arrival time of each clock, NaN until it arrived. */
  arrivals: Map<number, Float64Array>;
  sentAt: number[];
  firstClock: number;
}

const members: Member[] = [];
let writerIds = new Set<number>();
let text = '';
let updatesApplied = 0;

function reply(message: FleetReply): void {
  process.send!(message);
}

function recordArrival(member: Member, client: number, from: number, to: number, at: number) {
  let arrivals = member.arrivals.get(client);
  if (!arrivals || arrivals.length < to) {
    const grown = new Float64Array(Math.max(to, (arrivals?.length ?? 256) * 2)).fill(Number.NaN);
    if (arrivals) grown.set(arrivals);
    arrivals = grown;
    member.arrivals.set(client, arrivals);
  }
  for (let clock = from; clock < to; clock++) {
    if (Number.isNaN(arrivals[clock]!)) arrivals[clock] = at;
  }
}

async function connect(command: Extract<FleetCommand, { type: 'connect' }>): Promise<void> {
  const started = benchClock();
  writerIds = new Set(command.writerIds);
  const pending = [...command.members];
  const connectOne = async (spec: FleetMember) => {
    const doc = new Y.Doc();
    doc.clientID = spec.clientId;
    const provider = connectProvider(command.wsUrl, command.documentId, doc, command.headers);
    provider.awareness.setLocalStateField('user', { name: `Bench ${spec.clientId}` });
    const member: Member = {
      ...spec,
      doc,
      provider,
      paragraph: null,
      arrivals: new Map(),
      sentAt: [],
      firstClock: -1,
    };
    // The transaction's state vectors are at hand already; decoding the update again would
    // add to every delivery's cost, on the cores the server shares.
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin !== provider) return;
      const at = benchClock();
      let changed = transaction.deleteSet.clients.size > 0;
      for (const [client, end] of transaction.afterState) {
        const start = transaction.beforeState.get(client) ?? 0;
        if (end === start) continue;
        changed = true;
        if (writerIds.has(client)) recordArrival(member, client, start, end, at);
      }
      if (changed) updatesApplied++;
    });
    members.push(member);
    await whenSynced(provider);
  };
  await Promise.all(
    Array.from({ length: CONNECT_CONCURRENCY }, async () => {
      for (let spec = pending.shift(); spec; spec = pending.shift()) await connectOne(spec);
    }),
  );
  for (const member of members) {
    if (!member.writer) continue;
    const element = new Y.XmlElement(NODE.paragraph);
    const paragraph = new Y.XmlText();
    member.doc.transact(() => {
      element.insert(0, [paragraph]);
      member.doc.getXmlFragment(CONTENT_FRAGMENT).push([element]);
    });
    member.paragraph = paragraph;
  }
  reply({ type: 'connected', connectMs: benchClock() - started });
}

/** Every writer types one character per interval from its phase on, until `stopAt`. */
async function typeText(command: Extract<FleetCommand, { type: 'type' }>) {
  const interval = 1000 / command.keysPerSecond;
  const writers = members.filter((member) => member.writer);
  const due = writers.map((writer) => command.startAt + writer.phase * interval);
  for (;;) {
    const next = Math.min(...due);
    if (!(next < command.stopAt)) break;
    await sleepUntil(next);
    const now = benchClock();
    writers.forEach((writer, index) => {
      if (due[index]! > now || due[index]! >= command.stopAt) return;
      // A late timer sends once and skips what it missed rather than bursting to catch up.
      const following = due[index]! + interval;
      due[index] = following > now ? following : now + interval / 2;
      const paragraph = writer.paragraph!;
      const character = text[(writer.clientId * 7 + writer.sentAt.length) % text.length]!;
      if (writer.firstClock < 0) writer.firstClock = Y.getState(writer.doc.store, writer.clientId);
      writer.sentAt.push(benchClock());
      writer.doc.transact(() => paragraph.insert(paragraph.length, character));
    });
  }
  reply({ type: 'typed' });
}

function measure(command: Extract<FleetCommand, { type: 'measure' }>): void {
  const latencies: number[] = [];
  const seconds: number[] = [];
  let missing = 0;
  for (const member of members) {
    for (const send of command.sends) {
      if (send.clientId === member.clientId) continue;
      const arrivals = member.arrivals.get(send.clientId);
      send.sentAt.forEach((sentAt, keystroke) => {
        if (sentAt < command.windowStart || sentAt >= command.windowEnd) return;
        const arrivedAt = arrivals?.[send.firstClock + keystroke] ?? Number.NaN;
        if (Number.isNaN(arrivedAt)) {
          missing++;
          return;
        }
        latencies.push(arrivedAt - sentAt);
        seconds.push(Math.floor((sentAt - command.windowStart) / 1000));
      });
    }
  }
  reply({
    type: 'measured',
    latencies: Float64Array.from(latencies),
    seconds: Uint16Array.from(seconds),
    missing,
  });
}

async function handle(command: FleetCommand): Promise<void> {
  switch (command.type) {
    case 'connect':
      text = command.text;
      return connect(command);
    case 'type':
      return typeText(command);
    case 'collect': {
      const sends: SendLog[] = members
        .filter((member) => member.writer)
        .map((member) => ({
          clientId: member.clientId,
          firstClock: member.firstClock,
          sentAt: Float64Array.from(member.sentAt),
        }));
      return reply({ type: 'collected', sends, updatesApplied });
    }
    case 'measure':
      return measure(command);
    case 'close':
      for (const member of members) {
        member.provider.destroy();
        member.doc.destroy();
      }
      reply({ type: 'closed' });
      process.disconnect();
  }
}

process.on('message', (command: FleetCommand) => {
  handle(command).catch((error: unknown) => {
    reply({
      type: 'failed',
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  });
});
process.setMaxListeners(0);
process.on('disconnect', () => process.exit(0));
reply({ type: 'ready' });
