/** One provider hosted by a client process; writers type, everyone records arrivals. */
export interface FleetMember {
  clientId: number;
  writer: boolean;
  /** Offset of this writer's first keystroke within one keystroke interval, 0–1. */
  phase: number;
}

/** A writer's keystrokes: keystroke k has clock `firstClock + k` and was sent at `sentAt[k]`. */
export interface SendLog {
  clientId: number;
  firstClock: number;
  sentAt: Float64Array;
}

export type FleetCommand =
  | {
      type: 'connect';
      wsUrl: string;
      /** Origin and session cookie for the upgrade. */
      headers: Record<string, string>;
      documentId: string;
      members: FleetMember[];
      /** Client ids of every writer in the fleet, wherever it is hosted. */
      writerIds: number[];
      /** What writers type, one character per keystroke. */
      text: string;
    }
  | { type: 'type'; startAt: number; stopAt: number; keysPerSecond: number }
  | { type: 'collect' }
  | { type: 'measure'; sends: SendLog[]; windowStart: number; windowEnd: number }
  | { type: 'close' };

export type FleetReply =
  | { type: 'ready' }
  | { type: 'connected'; connectMs: number }
  | { type: 'typed' }
  | { type: 'collected'; sends: SendLog[]; updatesApplied: number }
  | {
      type: 'measured';
      latencies: Float64Array;
      /** For each latency, the second of the window its keystroke was sent in. */
      seconds: Uint16Array;
      missing: number;
    }
  | { type: 'closed' }
  | { type: 'failed'; error: string };
