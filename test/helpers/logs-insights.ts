/**
 * A checker for the CloudWatch Logs Insights query language, for the subset the estate's saved
 * queries use (fields, filter, stats ... by, sort, limit, parse, display, dedup), after the
 * language reference: commands joined by `|`, aggregate functions in stats, `bin(<n><unit>)`
 * grouping, asc/desc sorts, limits up to 10,000. Every field a query reads must be in the log's
 * schema or an alias the query defined earlier. Returns the problems found ([] when it parses).
 */

const COMMANDS = new Set(["fields", "filter", "stats", "sort", "limit", "parse", "display", "dedup"]);
const AGGREGATES = new Set([
  "count",
  "count_distinct",
  "sum",
  "avg",
  "min",
  "max",
  "pct",
  "stddev",
  "earliest",
  "latest",
]);
const KEYWORDS = new Set(["and", "or", "not", "like", "in", "as", "by", "asc", "desc"]);

/** Splits on `sep` outside quotes, regexes and parentheses. */
function split(text: string, sep: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let cur = "";
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth < 0) return undefined;
    } else if (c === sep && depth === 0) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += c;
  }
  if (quote || depth !== 0) return undefined;
  out.push(cur);
  return out.map((s) => s.trim());
}

const FIELD = /^@?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Field references in an expression (outside string literals), minus keywords and function names. */
function references(expr: string): string[] {
  const bare = expr.replace(/"[^"]*"|'[^']*'/g, " ");
  const out: string[] = [];
  for (const m of bare.matchAll(/@?[A-Za-z_][A-Za-z0-9_.]*(\s*\()?/g)) {
    if (m[1]) continue; // a function call
    const name = m[0].trim();
    if (KEYWORDS.has(name.toLowerCase())) continue;
    out.push(name);
  }
  return out;
}

export function checkQuery(query: string, schema: readonly string[]): string[] {
  const problems: string[] = [];
  const known = new Set(schema);
  const commands = split(query.replace(/\n/g, " "), "|");
  if (!commands) return ["unbalanced quotes or parentheses"];
  const need = (expr: string, where: string) => {
    for (const f of references(expr)) if (!known.has(f)) problems.push(`${where}: unknown field ${f}`);
  };
  const alias = (item: string): [string, string] => {
    const m = /^(.*?)\s+as\s+([A-Za-z_][A-Za-z0-9_]*)$/i.exec(item);
    return m ? [m[1]!.trim(), m[2]!] : [item, ""];
  };
  for (const command of commands) {
    const [word = "", ...restWords] = command.split(/\s+/);
    const rest = restWords.join(" ");
    const name = word.toLowerCase();
    if (!COMMANDS.has(name)) {
      problems.push(`unknown command "${word}"`);
      continue;
    }
    if (rest === "") {
      problems.push(`${name}: nothing after the command`);
      continue;
    }
    switch (name) {
      case "fields":
      case "display":
      case "dedup": {
        for (const item of split(rest, ",") ?? []) {
          const [expr, as] = alias(item);
          need(expr, name);
          if (as) known.add(as);
        }
        break;
      }
      case "filter":
        if (!/(=|!=|<|>|\blike\b|\bin\b|\bispresent\b)/i.test(rest)) problems.push("filter: no condition");
        need(rest, "filter");
        break;
      case "stats": {
        const m = /^(.*?)(?:\s+by\s+(.*))?$/i.exec(rest)!;
        for (const item of split(m[1]!, ",") ?? []) {
          const [expr, as] = alias(item);
          const fn = /^([a-z_]+)\s*\((.*)\)$/i.exec(expr);
          if (!fn || !AGGREGATES.has(fn[1]!.toLowerCase()))
            problems.push(`stats: "${expr}" is not an aggregate`);
          else if (fn[2]!.trim() !== "*") need(fn[2]!, "stats");
          if (as) known.add(as);
        }
        for (const group of m[2] ? (split(m[2], ",") ?? []) : []) {
          const bin = /^bin\((\d+)(ms|s|m|h|d|w|mo|q|y)\)$/.exec(group);
          if (group.startsWith("bin(") && !bin) problems.push(`stats: bad ${group}`);
          else if (!bin) need(group, "stats by");
        }
        break;
      }
      case "sort":
        for (const item of split(rest, ",") ?? []) {
          const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(item);
          if (!m || !FIELD.test(m[1]!)) problems.push(`sort: bad "${item}"`);
          else need(m[1]!, "sort");
        }
        break;
      case "limit": {
        const n = Number(rest);
        if (!/^\d+$/.test(rest) || n < 1 || n > 10000) problems.push(`limit: "${rest}" is not 1..10000`);
        break;
      }
      case "parse":
        break;
    }
  }
  return problems;
}
