/** Listener weights of the two colors, and the few things said about them. */
import { type Color, otherColor } from "../../common/conventions.ts";

export interface Weights {
  blue: number;
  green: number;
}

export function formatWeights(w: Weights): string {
  return `blue=${w.blue} green=${w.green}`;
}

export function trafficState(weights: Weights | null | undefined): string {
  return weights ? formatWeights(weights) : "unknown";
}

export function sameWeights(a: Weights | null | undefined, b: Weights | null | undefined): boolean {
  return !!a && !!b && a.blue === b.blue && a.green === b.green;
}

/** All weight on `color`. */
export function allOn(color: Color): Weights {
  return color === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
}

/** `to` at `percent`, the other color at the rest. */
export function weightsFor(to: Color, percent: number): Weights {
  const w = { blue: 0, green: 0 } as Weights;
  w[to] = percent;
  w[otherColor(to)] = 100 - percent;
  return w;
}

/** The color holding all the weight, or `split`. */
export function liveColor(w: Weights): Color | "split" {
  if (w.blue > 0 && w.green === 0) return "blue";
  if (w.green > 0 && w.blue === 0) return "green";
  return "split";
}

/** The new color's share in percent (0 when nothing has weight). */
export function percentOn(color: Color, w: Weights): number {
  const total = w.blue + w.green;
  return total > 0 ? Math.round((w[color] * 100) / total) : 0;
}
