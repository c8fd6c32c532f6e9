/**
 * The rollout table (one per environment, created by the stacks): per production listener one
 * state item — the lease and the rollout record — and one history item per finished run.
 *
 *   pk = listener ARN, sk = "state"                 epoch, lease (holder, since, expires, ...),
 *                                                   intent (a listener write in flight), record
 *   pk = listener ARN, sk = "history#<time>#<run>"  one finished run (see history.ts)
 *
 * The lease is a compare-and-set on the state item (DynamoDB conditional writes): only its
 * holder writes the listener, and every write the holder makes to the item is conditional on
 * still holding it (same holder, same epoch), so a run that lost its lease learns it at its
 * next write and stops. A rollback takes the lease whoever holds it (`preempt`), which bumps the
 * epoch; the preempted run's next conditional write fails.
 */
import {
  type AttributeValue,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import type { HistoryEntry } from "./history.ts";
import {
  type Holder,
  type Intent,
  LeaseHeld,
  type PauseRequest,
  PauseRequested,
  Preempted,
  type State,
} from "./lease.ts";
import { emptyDoc, parseDoc, type RolloutDoc } from "./record.ts";
import type { Weights } from "./weights.ts";

export {
  describeHeld,
  type Holder,
  type Intent,
  type Lease,
  LeaseHeld,
  type PauseRequest,
  PauseRequested,
  Preempted,
  type State,
} from "./lease.ts";

const STATE = "state";
const s = (value: string): AttributeValue => ({ S: value });
const n = (value: number): AttributeValue => ({ N: String(value) });
const str = (item: Record<string, AttributeValue> | undefined, key: string) => item?.[key]?.S ?? "";
const num = (item: Record<string, AttributeValue> | undefined, key: string) => Number(item?.[key]?.N ?? "0");

function json<T>(item: Record<string, AttributeValue>, key: string): T | null {
  try {
    return item[key]?.S ? (JSON.parse(item[key].S) as T) : null;
  } catch {
    return null;
  }
}

function parseState(item: Record<string, AttributeValue> | undefined): State {
  if (!item)
    return { exists: false, epoch: 0, lease: null, intent: null, doc: emptyDoc(), pauseRequest: null };
  const holder = str(item, "holder");
  const intent = json<Intent>(item, "intent");
  return {
    exists: true,
    epoch: num(item, "epoch"),
    lease: holder
      ? {
          holder,
          runId: str(item, "holderRun"),
          actor: str(item, "holderActor"),
          command: str(item, "holderCommand"),
          url: str(item, "holderUrl"),
          since: str(item, "holderSince"),
          expires: num(item, "expires"),
        }
      : null,
    intent,
    doc: parseDoc(item.record?.S),
    pauseRequest: json<PauseRequest>(item, "pauseRequest"),
  };
}

// A new holder starts without an earlier holder's pending pause request.
const LEASE_SET =
  "SET holder = :h, holderRun = :run, holderActor = :actor, holderCommand = :cmd, holderUrl = :url, " +
  "holderSince = :since, expires = :exp, epoch = if_not_exists(epoch, :zero) + :one REMOVE pauseRequest";

export class RolloutStore {
  readonly table: string;
  readonly listenerArn: string;
  private readonly ddb: DynamoDBClient;
  private readonly now: () => Date;

  constructor(ddb: DynamoDBClient, table: string, listenerArn: string, now: () => Date = () => new Date()) {
    this.ddb = ddb;
    this.table = table;
    this.listenerArn = listenerArn;
    this.now = now;
  }

  key(sk = STATE): Record<string, AttributeValue> {
    return { pk: s(this.listenerArn), sk: s(sk) };
  }

  /** One read (strongly consistent): the lease and the record. */
  async read(): Promise<State> {
    const out = await this.ddb.send(
      new GetItemCommand({ TableName: this.table, Key: this.key(), ConsistentRead: true }),
    );
    return parseState(out.Item);
  }

  private leaseValues(holder: Holder, ttlMs: number): Record<string, AttributeValue> {
    const now = this.now();
    return {
      ":h": s(holder.id),
      ":run": s(holder.runId),
      ":actor": s(holder.actor),
      ":cmd": s(holder.command),
      ":url": s(holder.url),
      ":since": s(now.toISOString()),
      ":exp": n(now.getTime() + ttlMs),
      ":zero": n(0),
      ":one": n(1),
    };
  }

  /**
   * One write: takes the lease when it is free, expired, or already this run's; returns it with
   * the record. Throws LeaseHeld (naming the holder) otherwise.
   */
  async acquire(holder: Holder, ttlMs: number): Promise<HeldLease> {
    const values = { ...this.leaseValues(holder, ttlMs), ":now": n(this.now().getTime()) };
    try {
      const out = await this.ddb.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: this.key(),
          UpdateExpression: LEASE_SET,
          ConditionExpression: "attribute_not_exists(holder) OR holder = :h OR expires < :now",
          ExpressionAttributeValues: values,
          ReturnValues: "ALL_NEW",
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        }),
      );
      return new HeldLease(this, holder, ttlMs, parseState(out.Attributes));
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) {
        const lease = parseState(err.Item).lease;
        if (lease) throw new LeaseHeld(lease, this.now().getTime());
      }
      throw err;
    }
  }

  /**
   * One write: takes the lease whoever holds it (a rollback always wins). Returns the lease and
   * the state as it was before, so the caller knows what it preempted.
   */
  async preempt(holder: Holder, ttlMs: number): Promise<{ held: HeldLease; previous: State }> {
    const out = await this.ddb.send(
      new UpdateItemCommand({
        TableName: this.table,
        Key: this.key(),
        UpdateExpression: LEASE_SET,
        ExpressionAttributeValues: this.leaseValues(holder, ttlMs),
        ReturnValues: "ALL_OLD",
      }),
    );
    const previous = parseState(out.Attributes);
    const mine: State = {
      ...previous,
      exists: true,
      epoch: previous.epoch + 1,
      intent: null,
      pauseRequest: null,
    };
    return { held: new HeldLease(this, holder, ttlMs, mine), previous };
  }

  /** One read: the newest history entries first. */
  async history(limit: number): Promise<HistoryEntry[]> {
    const out = await this.ddb.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :h)",
        ExpressionAttributeValues: { ":pk": s(this.listenerArn), ":h": s("history#") },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).flatMap((item) => {
      try {
        return [JSON.parse(item.entry?.S ?? "") as HistoryEntry];
      } catch {
        return [];
      }
    });
  }

  /**
   * @internal the conditional update every held-lease write makes. With `pausable`, it also
   * fails while an operator's pause request waits, and throws PauseRequested (still holding).
   */
  async update(
    holder: Holder,
    epoch: number,
    set: Record<string, AttributeValue>,
    remove: string[],
    pausable = false,
  ): Promise<void> {
    const input = this.updateInput(holder, epoch, set, remove, remove.includes("holder"));
    if (pausable) input.ConditionExpression += " AND attribute_not_exists(pauseRequest)";
    try {
      await this.ddb.send(new UpdateItemCommand(input));
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) {
        const now = parseState(err.Item);
        if (pausable && now.pauseRequest && now.lease?.holder === holder.id && now.epoch === epoch)
          throw new PauseRequested(now.pauseRequest);
        throw new Preempted(now);
      }
      throw err;
    }
  }

  /**
   * One write: asks the run holding the lease (`holder` at `epoch`, as read) to pause at its
   * next check. False when that run no longer holds it.
   */
  async requestPause(holder: string, epoch: number, request: PauseRequest): Promise<boolean> {
    try {
      await this.ddb.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: this.key(),
          UpdateExpression: "SET pauseRequest = :p",
          ConditionExpression: "holder = :h AND epoch = :e",
          ExpressionAttributeValues: { ":p": s(JSON.stringify(request)), ":h": s(holder), ":e": n(epoch) },
        }),
      );
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
  }

  /**
   * A write that gives the lease up also passes when its own earlier attempt already did (the
   * SDK retries a write whose answer was lost): the holder is gone and the epoch is still this
   * run's, which no one else's acquire leaves (it bumps the epoch).
   */
  updateInput(
    holder: Holder,
    epoch: number,
    set: Record<string, AttributeValue>,
    remove: string[],
    releasing = false,
  ) {
    const names: Record<string, string> = {};
    const values: Record<string, AttributeValue> = { ":me": s(holder.id), ":epoch": n(epoch) };
    const sets = Object.entries(set).map(([k, v], i) => {
      names[`#s${i}`] = k;
      values[`:s${i}`] = v;
      return `#s${i} = :s${i}`;
    });
    const removes = remove.map((k, i) => {
      names[`#r${i}`] = k;
      return `#r${i}`;
    });
    return {
      TableName: this.table,
      Key: this.key(),
      UpdateExpression: [
        sets.length ? `SET ${sets.join(", ")}` : "",
        removes.length ? `REMOVE ${removes.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join(" "),
      ConditionExpression: releasing
        ? "(holder = :me OR attribute_not_exists(holder)) AND epoch = :epoch"
        : "holder = :me AND epoch = :epoch",
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ReturnValuesOnConditionCheckFailure: "ALL_OLD" as const,
    };
  }

  /** @internal one write: deletes the state item while this run holds it. */
  async remove(holder: Holder, epoch: number): Promise<void> {
    await this.ddb.send(
      new DeleteItemCommand({
        TableName: this.table,
        Key: this.key(),
        ConditionExpression: "holder = :me AND epoch = :epoch",
        ExpressionAttributeValues: { ":me": s(holder.id), ":epoch": n(epoch) },
      }),
    );
  }

  /** @internal one write: the conditional update and a history item, atomically. */
  async transact(
    holder: Holder,
    epoch: number,
    set: Record<string, AttributeValue>,
    remove: string[],
    entry: HistoryEntry,
  ): Promise<void> {
    const update = this.updateInput(holder, epoch, set, remove, true);
    try {
      await this.ddb.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Update: update },
            {
              Put: {
                TableName: this.table,
                Item: {
                  ...this.key(`history#${entry.at}#${entry.runId}`),
                  at: s(entry.at),
                  entry: s(JSON.stringify(entry)),
                },
              },
            },
          ],
        }),
      );
    } catch (err) {
      if (err instanceof TransactionCanceledException) {
        const reason = err.CancellationReasons?.[0];
        if (reason?.Code === "ConditionalCheckFailed") throw new Preempted(parseState(reason.Item));
      }
      throw err;
    }
  }

  nowMs(): number {
    return this.now().getTime();
  }
}

/** A lease this run holds: every write through it is conditional on still holding it. */
export class HeldLease {
  readonly store: RolloutStore;
  readonly holder: Holder;
  readonly epoch: number;
  /** The state as of taking the lease (the record before this run changed it). */
  readonly state: State;
  private readonly ttlMs: number;
  /** Until when no one else can take the lease but a rollback (the last successful write + TTL). */
  heldUntil: number;
  /** True once this run wrote a record. */
  private recorded = false;

  constructor(store: RolloutStore, holder: Holder, ttlMs: number, state: State) {
    this.store = store;
    this.holder = holder;
    this.ttlMs = ttlMs;
    this.epoch = state.epoch;
    this.state = state;
    this.heldUntil = store.nowMs() + ttlMs;
  }

  private expires(): AttributeValue {
    return n(this.store.nowMs() + this.ttlMs);
  }

  private async write(
    set: Record<string, AttributeValue>,
    remove: string[],
    pausable = false,
  ): Promise<void> {
    const until = this.store.nowMs() + this.ttlMs;
    await this.store.update(this.holder, this.epoch, set, remove, pausable);
    this.heldUntil = until;
  }

  /**
   * One write: still holding? Announces a listener write and extends the lease. Throws
   * Preempted; with `pausable`, PauseRequested while an operator's pause waits.
   */
  fence(weights: Weights, pausable = false): Promise<void> {
    const intent: Intent = { weights, at: this.store.nowMs() };
    return this.write({ intent: s(JSON.stringify(intent)), expires: this.expires() }, [], pausable);
  }

  /** One write: still holding? Extends the lease. Throws Preempted, or PauseRequested when `pausable`. */
  renew(pausable = false): Promise<void> {
    return this.write({ expires: this.expires() }, [], pausable);
  }

  /** One write: the record (clears a fenced intent) and the lease extended. Throws Preempted. */
  save(doc: RolloutDoc): Promise<void> {
    this.recorded = true;
    return this.write(
      {
        record: s(JSON.stringify(doc)),
        expires: this.expires(),
        updatedAt: s(new Date(this.store.nowMs()).toISOString()),
      },
      ["intent"],
    );
  }

  /** One write: the final record, the lease released, and the run's history entry, atomically. */
  finish(doc: RolloutDoc, entry: HistoryEntry): Promise<void> {
    return this.store.transact(
      this.holder,
      this.epoch,
      { record: s(JSON.stringify(doc)), updatedAt: s(entry.at) },
      [...LEASE_FIELDS, "intent", "pauseRequest"],
      entry,
    );
  }

  /** One write: gives the lease up without changing the record. */
  release(): Promise<void> {
    return this.store.update(this.holder, this.epoch, {}, [...LEASE_FIELDS, "intent"]);
  }

  /**
   * One write: gives the lease up, removing the state item when taking the lease created it
   * (a run that found nothing to do, or refused, leaves the table as it found it).
   */
  giveBack(): Promise<void> {
    const created =
      this.epoch === 1 && !this.state.doc.rollout && !this.state.doc.targetGroups && !this.recorded;
    return created ? this.store.remove(this.holder, this.epoch) : this.release();
  }

  /**
   * One write: puts the lease back as it was before this run took it (bad input found after
   * the lease was taken): the item removed if this run made it, else the previous holder and
   * epoch restored, so a run it preempted carries on as if nothing happened.
   */
  restore(previous: State): Promise<void> {
    if (!previous.exists) return this.store.remove(this.holder, this.epoch);
    const l = previous.lease;
    const set: Record<string, AttributeValue> = { epoch: n(previous.epoch) };
    if (l) {
      Object.assign(set, {
        holder: s(l.holder),
        holderRun: s(l.runId),
        holderActor: s(l.actor),
        holderCommand: s(l.command),
        holderUrl: s(l.url),
        holderSince: s(l.since),
        expires: n(l.expires),
      });
    }
    return this.store.update(this.holder, this.epoch, set, l ? [] : LEASE_FIELDS);
  }
}

const LEASE_FIELDS = [
  "holder",
  "holderRun",
  "holderActor",
  "holderCommand",
  "holderUrl",
  "holderSince",
  "expires",
];
