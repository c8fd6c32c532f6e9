/** Checks the validators share: CIDR parsing and overlap, number ranges. */
import ipaddr from "ipaddr.js";

export type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Parses a CIDR whose host bits are zero (`10.0.0.0/16`, not `10.0.0.1/16`). */
export function parseCidr(value: string): Cidr | string {
  if (typeof value !== "string" || !value.includes("/")) return `"${value}" is not a CIDR block`;
  let parsed: Cidr;
  try {
    parsed = ipaddr.parseCIDR(value);
  } catch {
    return `"${value}" is not a CIDR block`;
  }
  const [addr, bits] = parsed;
  const network =
    addr.kind() === "ipv4"
      ? ipaddr.IPv4.networkAddressFromCIDR(value)
      : ipaddr.IPv6.networkAddressFromCIDR(value);
  if (network.toString() !== addr.toString()) {
    return `"${value}" has host bits set (network address is ${network.toString()}/${bits})`;
  }
  return parsed;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  if (a[0].kind() !== b[0].kind()) return false;
  // The shorter prefix contains the other one's network address if they overlap at all.
  const [wide, narrow] = a[1] <= b[1] ? [a, b] : [b, a];
  return (narrow[0] as ipaddr.IPv4).match(wide as [ipaddr.IPv4, number]);
}

export const isInt = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n);
export const inRange = (n: unknown, lo: number, hi: number): n is number =>
  typeof n === "number" && Number.isFinite(n) && n >= lo && n <= hi;
