/**
 * The review diff of two synth outputs: stacks paired by name, blocks by Terraform address,
 * every change classified for security. Pure: same inputs, same report, in a fixed order.
 */
import {
  type AttributeChange,
  compareText,
  diffValues,
  type Entity,
  type EntityKind,
  entities,
} from "./compare.ts";
import type { Json, Side, StackDocument } from "./load.ts";
import { classifyAdded, classifyChange, classifyRemoved } from "./security.ts";

export type ResourceAction = "added" | "removed" | "changed";

export interface ChangeReport extends AttributeChange {
  /** Why a reviewer should look at this change, when it is security-relevant. */
  readonly security?: string;
}

export interface ResourceReport {
  readonly stack: string;
  readonly address: string;
  readonly type: string;
  readonly kind: EntityKind;
  readonly action: ResourceAction;
  /** Distinct security reasons, sorted; empty when nothing security-relevant changed. */
  readonly security: readonly string[];
  /** Attribute changes (changed resources only), sorted by path. */
  readonly changes: readonly ChangeReport[];
  /** The whole block, for added and removed resources. */
  readonly body?: Json;
}

export type StackStatus = "added" | "removed" | "changed" | "unchanged";

export interface StackReport {
  readonly stack: string;
  readonly status: StackStatus;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly security: number;
}

export interface DiffReport {
  readonly base: string;
  readonly head: string;
  readonly summary: {
    readonly stacks: number;
    readonly added: number;
    readonly removed: number;
    readonly changed: number;
    /** Resources with at least one security reason. */
    readonly security: number;
  };
  readonly stacks: readonly StackReport[];
  /** Sorted by stack, then address. */
  readonly resources: readonly ResourceReport[];
}

function compareStacks(stack: string, before: StackDocument | undefined, after: StackDocument | undefined) {
  const out: ResourceReport[] = [];
  const b = new Map<string, Entity>((before ? entities(before.doc) : []).map((e) => [e.address, e]));
  const a = new Map<string, Entity>((after ? entities(after.doc) : []).map((e) => [e.address, e]));
  const addresses = [...new Set([...b.keys(), ...a.keys()])].sort(compareText);
  for (const address of addresses) {
    const old = b.get(address);
    const now = a.get(address);
    if (old && now) {
      const changes = diffValues(old.body, now.body).map((c): ChangeReport => {
        const security = classifyChange(now.type, c.segments, c.before, c.after);
        return security ? { ...c, security } : c;
      });
      if (changes.length === 0) continue;
      const security = distinctReasons(changes.flatMap((c) => (c.security ? [c.security] : [])));
      out.push({ stack, address, type: now.type, kind: now.kind, action: "changed", security, changes });
    } else if (now) {
      const security = now.kind === "resource" ? classifyAdded(now.type, now.body) : [];
      out.push({
        stack,
        address,
        type: now.type,
        kind: now.kind,
        action: "added",
        security,
        changes: [],
        body: now.body,
      });
    } else if (old) {
      out.push({
        stack,
        address,
        type: old.type,
        kind: old.kind,
        action: "removed",
        security: classifyRemoved(old.type, old.body),
        changes: [],
        body: old.body,
      });
    }
  }
  return out;
}

/** Sorted, without a reason that a more specific one (`<reason>: <detail>`) already states. */
export function distinctReasons(reasons: readonly string[]): string[] {
  const all = [...new Set(reasons)];
  return all.filter((r) => !all.some((other) => other !== r && other.startsWith(`${r}: `))).sort();
}

/** Compares two sides. Two single stacks are compared with each other whatever their names. */
export function diffSides(base: Side, head: Side): DiffReport {
  const pairs = new Map<string, { before?: StackDocument; after?: StackDocument }>();
  if (base.single && head.single && base.stacks.length === 1 && head.stacks.length === 1) {
    pairs.set(head.stacks[0]!.name, { before: base.stacks[0]!, after: head.stacks[0]! });
  } else {
    for (const s of base.stacks) pairs.set(s.name, { ...pairs.get(s.name), before: s });
    for (const s of head.stacks) pairs.set(s.name, { ...pairs.get(s.name), after: s });
  }
  const resources: ResourceReport[] = [];
  const stacks: StackReport[] = [];
  for (const name of [...pairs.keys()].sort(compareText)) {
    const { before, after } = pairs.get(name)!;
    const found = compareStacks(name, before, after);
    resources.push(...found);
    const count = (action: ResourceAction) => found.filter((r) => r.action === action).length;
    const status: StackStatus = !before
      ? "added"
      : !after
        ? "removed"
        : found.length > 0
          ? "changed"
          : "unchanged";
    stacks.push({
      stack: name,
      status,
      added: count("added"),
      removed: count("removed"),
      changed: count("changed"),
      security: found.filter((r) => r.security.length > 0).length,
    });
  }
  const total = (key: "added" | "removed" | "changed" | "security") =>
    stacks.reduce((sum, s) => sum + s[key], 0);
  return {
    base: base.label,
    head: head.label,
    summary: {
      stacks: stacks.length,
      added: total("added"),
      removed: total("removed"),
      changed: total("changed"),
      security: total("security"),
    },
    stacks,
    resources,
  };
}
