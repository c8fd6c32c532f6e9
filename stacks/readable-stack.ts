import { type TerraformElement, TerraformStack } from "cdktf";
import type { Node } from "constructs";

/**
 * A stack whose Terraform addresses read like the construct path (`aws_lb.serving_alb`,
 * `aws_ecs_service.compute_blue_service`) instead of carrying hash suffixes, so a saved plan
 * and the review diff show names an SRE recognises. Two constructs that would share an address fail the synth.
 */
export class ReadableStack extends TerraformStack {
  private readonly logicalIds = new Map<string, string>();

  protected override allocateLogicalId(element: TerraformElement | Node): string {
    const node = "node" in element ? element.node : element;
    const parts = node.scopes.slice(2).map((s) => s.node.id);
    const id = parts
      .join("_")
      .replace(/[^A-Za-z0-9_-]/g, "_")
      .replace(/^(\d)/, "_$1");
    const owner = this.logicalIds.get(id);
    if (owner !== undefined && owner !== node.path) {
      throw new Error(`logical id "${id}" is used by both ${owner} and ${node.path}`);
    }
    this.logicalIds.set(id, node.path);
    return id;
  }
}
