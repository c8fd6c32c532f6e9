/** Address ranges: parsing, containment and width, through ipaddr.js. */
import ipaddr from "ipaddr.js";

export interface Range {
  readonly text: string;
  readonly family: "ipv4" | "ipv6";
  readonly addr: ipaddr.IPv4 | ipaddr.IPv6;
  readonly bits: number;
}

/** A CIDR (or a bare address, as /32 or /128), or undefined when it is not one (an expression). */
export function parseRange(text: string): Range | undefined {
  const t = text.trim();
  if (t.includes("${")) return undefined;
  try {
    const [addr, bits] = t.includes("/") ? ipaddr.parseCIDR(t) : [ipaddr.parse(t), -1];
    const family = addr.kind() === "ipv4" ? "ipv4" : "ipv6";
    return { text: t, family, addr, bits: bits < 0 ? (family === "ipv4" ? 32 : 128) : bits };
  } catch {
    return undefined;
  }
}

/** Is `inner` wholly inside `outer`? */
export function within(inner: Range, outer: Range): boolean {
  if (inner.family !== outer.family || inner.bits < outer.bits) return false;
  return inner.addr.match([outer.addr, outer.bits] as [ipaddr.IPv4 & ipaddr.IPv6, number]);
}

/** Is the range inside one of `allowed` (CIDR texts)? */
export function withinAny(range: Range, allowed: readonly string[]): boolean {
  return allowed.map(parseRange).some((a) => a !== undefined && within(range, a));
}

/** Wider than a /16 of IPv4 or a /32 of IPv6: a hosting provider's or an ISP's block, not a team's network. */
export function isWide(range: Range): boolean {
  return range.family === "ipv4" ? range.bits < 16 : range.bits < 32;
}
