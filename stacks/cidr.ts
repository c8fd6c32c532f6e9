import ipaddr from "ipaddr.js";

export type PlannedTier = "public" | "private" | "isolated" | "gateway";

/**
 * The subnet plan, computed at synth time so every CIDR is a literal in the JSON. With the
 * VPC prefix p (/16../20) and zone index i (0..5):
 *   private  (tasks)             p+3, the i-th eighth            e.g. 10.50.0.0/19 of a /16
 *   public   (ALB, NAT)          p+6, the (48+i)-th sixty-fourth e.g. 10.50.192.0/22
 *   gateway  (Aviatrix /28s)     /28s carved from sixty-fourths 54-55
 *   isolated (reserved for data) p+6, the (56+i)-th sixty-fourth e.g. 10.50.224.0/22
 */
const PLAN: Record<PlannedTier, { offsetSixtyFourths: number; prefixDelta?: number }> = {
  private: { offsetSixtyFourths: 0, prefixDelta: 3 },
  public: { offsetSixtyFourths: 48, prefixDelta: 6 },
  gateway: { offsetSixtyFourths: 54 },
  isolated: { offsetSixtyFourths: 56, prefixDelta: 6 },
};

/** CIDR of the subnet for zone `index` (0..5) of `tier` inside the IPv4 `vpcCidr`. */
export function subnetCidr(vpcCidr: string, tier: PlannedTier, index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > 5)
    throw new Error(`subnet index ${index} is outside 0..5`);
  const [addr, bits] = ipaddr.IPv4.parseCIDR(vpcCidr);
  const plan = PLAN[tier];
  const prefix = plan.prefixDelta === undefined ? 28 : bits + plan.prefixDelta;
  const base = addr.toByteArray().reduce((n, byte) => n * 256 + byte, 0);
  const start = base + plan.offsetSixtyFourths * 2 ** (32 - (bits + 6)) + index * 2 ** (32 - prefix);
  return `${[24, 16, 8, 0].map((shift) => Math.floor(start / 2 ** shift) % 256).join(".")}/${prefix}`;
}
