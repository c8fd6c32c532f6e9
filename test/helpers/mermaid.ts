/**
 * Mermaid's own parser, run headless: mermaid needs a DOM only for DOMPurify, which jsdom
 * provides. `parseMermaid` throws mermaid's parse error (line and position) for text GitHub
 * would show as "Unable to render"; for a gantt chart it also returns the tasks as mermaid
 * places them (a chart can parse and still put a bar in 1970).
 */
import { JSDOM } from "jsdom";

type Mermaid = typeof import("mermaid").default;
let loaded: Promise<Mermaid> | undefined;

function mermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    const dom = new JSDOM("");
    const g = globalThis as Record<string, unknown>;
    g.window ??= dom.window;
    g.document ??= dom.window.document;
    return (await import("mermaid")).default;
  })();
  return loaded;
}

export interface GanttTask {
  task: string;
  start: number;
  end: number;
  milestone: boolean;
  crit: boolean;
  done: boolean;
  active: boolean;
  section: string;
}

/** Parses one mermaid diagram (without the ``` fence); the gantt's tasks when it is one. */
export async function parseMermaid(source: string): Promise<{ type: string; tasks: GanttTask[] }> {
  const m = await mermaid();
  const parsed = await m.parse(source);
  if (!parsed) throw new Error("mermaid did not recognise the diagram");
  if (parsed.diagramType !== "gantt") return { type: parsed.diagramType, tasks: [] };
  const diagram = await m.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db as unknown as { getTasks(): Record<string, unknown>[] };
  const tasks = db.getTasks().map((t) => ({
    task: String(t.task).trim(),
    start: (t.startTime as Date).getTime(),
    end: (t.endTime as Date).getTime(),
    milestone: t.milestone === true,
    crit: t.crit === true,
    done: t.done === true,
    active: t.active === true,
    section: String(t.section),
  }));
  return { type: parsed.diagramType, tasks };
}

/** The mermaid blocks of a markdown text, without their fences. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
}
