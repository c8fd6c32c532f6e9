/** Reading synthesized Terraform JSON in tests. */

export type Block = Record<string, unknown> & { "//"?: unknown };

export interface TerraformDocument {
  resource: Record<string, Record<string, Block>>;
  data?: Record<string, Record<string, Block>>;
  output?: Record<string, { value: unknown; description?: string }>;
  provider: Record<string, Block[]>;
  terraform: Block;
}

export function parse(json: string): TerraformDocument {
  return JSON.parse(json) as TerraformDocument;
}

/** All resources of a type, by Terraform name. */
export function resources(doc: TerraformDocument, type: string): Record<string, Block> {
  return doc.resource[type] ?? {};
}

export function only(doc: TerraformDocument, type: string, name: string): Block {
  const block = resources(doc, type)[name];
  if (!block) throw new Error(`no ${type}.${name}; have ${Object.keys(resources(doc, type)).join(", ")}`);
  return block;
}

/** Every (type, name, block) in the document. */
export function* allResources(doc: TerraformDocument): Generator<[string, string, Block]> {
  for (const [type, byName] of Object.entries(doc.resource)) {
    for (const [name, block] of Object.entries(byName)) yield [type, name, block];
  }
}

/** `${type.name.attr}` reference to a resource. */
export function ref(type: string, name: string, attr: string): string {
  return `\${${type}.${name}.${attr}}`;
}

export interface PolicyStatement {
  Effect: string;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  Principal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
  Sid?: string;
}

export function statements(policyJson: unknown): PolicyStatement[] {
  const doc = JSON.parse(String(policyJson)) as { Statement: PolicyStatement | PolicyStatement[] };
  return Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
}

export const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
