/**
 * CloudWatch dashboard bodies as data, in the shape AWS documents in "Dashboard Body Structure
 * and Syntax" (CloudWatch API Reference): widgets with explicit x/y/width/height on the
 * 24-column grid, metric widgets with a `metrics` array whose entries are
 * `[Namespace, MetricName, DimensionName, DimensionValue, ..., {rendering properties}]` or
 * `[{expression, label, id}]` for metric math.
 */

/** Columns of the dashboard grid. */
export const GRID_COLUMNS = 24;

/** Per-metric rendering properties (color, label, stat, id for metric math, visibility). */
export interface Rendering {
  readonly stat?: string;
  readonly label?: string;
  readonly color?: string;
  readonly id?: string;
  readonly visible?: boolean;
  readonly yAxis?: "left" | "right";
}

/** One entry of a widget's `metrics` array. */
export type MetricEntry = readonly (string | Rendering | Expression)[];

export interface Expression {
  readonly expression: string;
  /** @default none: CloudWatch labels each line itself (a SEARCH labels them by dimension) */
  readonly label?: string;
  readonly id: string;
  readonly color?: string;
}

/** A metric, its dimensions in the given order, then how it is drawn. */
export function metric(
  namespace: string,
  metricName: string,
  dimensions: Readonly<Record<string, string>>,
  rendering: Rendering,
): MetricEntry {
  return [namespace, metricName, ...Object.entries(dimensions).flat(), rendering];
}

/** A metric math line over the ids of other entries of the same widget. */
export function expression(e: Expression): MetricEntry {
  return [e];
}

export interface Axis {
  readonly min?: number;
  readonly max?: number;
  readonly label?: string;
  readonly showUnits?: boolean;
}

export interface MetricWidgetProperties {
  readonly title: string;
  readonly region: string;
  readonly metrics: readonly MetricEntry[];
  /** @default "timeSeries" */
  readonly view?: "timeSeries" | "singleValue";
  /** Seconds per data point. @default 60 */
  readonly period?: number;
  readonly yAxis?: { readonly left?: Axis; readonly right?: Axis };
  /** Horizontal lines, such as an alarm's threshold. */
  readonly annotations?: {
    readonly horizontal: readonly { readonly label: string; readonly value: number }[];
  };
}

/** A widget before it is placed: its kind, width, and properties. */
export interface Cell {
  readonly type: "metric" | "text";
  readonly width: number;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface Widget extends Cell {
  readonly x: number;
  readonly y: number;
  readonly height: number;
}

export function metricCell(width: number, p: MetricWidgetProperties): Cell {
  const view = p.view ?? "timeSeries";
  return {
    type: "metric",
    width,
    properties: {
      title: p.title,
      region: p.region,
      view,
      ...(view === "timeSeries" ? { stacked: false } : {}),
      period: p.period ?? 60,
      metrics: p.metrics,
      ...(p.yAxis ? { yAxis: p.yAxis } : {}),
      ...(p.annotations ? { annotations: p.annotations } : {}),
    },
  };
}

export function textCell(width: number, markdown: string): Cell {
  return { type: "text", width, properties: { markdown } };
}

/** A row of cells side by side, left to right, all of one height. */
export interface Row {
  readonly height: number;
  readonly cells: readonly Cell[];
}

/**
 * Places rows top to bottom, each cell right of the previous one, so nothing overlaps; a row
 * wider than the grid is a programming error and throws at synth.
 */
export function layout(rows: readonly Row[]): Widget[] {
  const widgets: Widget[] = [];
  let y = 0;
  for (const row of rows) {
    let x = 0;
    for (const cell of row.cells) {
      if (x + cell.width > GRID_COLUMNS) {
        throw new Error(
          `dashboard row at y=${y} is ${x + cell.width} columns wide; the grid has ${GRID_COLUMNS}`,
        );
      }
      widgets.push({
        type: cell.type,
        x,
        y,
        width: cell.width,
        height: row.height,
        properties: cell.properties,
      });
      x += cell.width;
    }
    y += row.height;
  }
  return widgets;
}
