/**
 * CSV/TSV parsing with a declared column schema, on top of papaparse.
 *
 * A schema maps each column name to its type, in file order:
 *
 * ```ts
 * const schema = { PassengerId: "int", Survived: "int", Name: "string", Age: "float?" } as const;
 * const { rows } = parseCsv(text, schema, { name: "titanic/train.csv" });
 * rows[0].Age; // number | null
 * ```
 *
 * - `int`, `float`, `string`: a value must be present; `int?`, `float?`, `string?`: a missing
 *   marker (by default the empty string and `NA`; `?` for UCI files) becomes `null`.
 * - With a header, the header must name exactly the schema's columns (in any order; `aliases`
 *   accept other spellings). Without one, the columns are the schema's keys in order.
 * - Every bad row is reported with its line number in the file (1 = first line): wrong field
 *   count, a non-number where a number is due, a missing value in a required column, or a value
 *   that `validate` rejects. By default bad rows throw a `DatasetFormatError`.
 */
import Papa from "papaparse";
import { DatasetFormatError } from "../errors";

export type ColumnType = "int" | "float" | "string" | "int?" | "float?" | "string?";
export type Schema = Readonly<Record<string, ColumnType>>;

export type ValueOf<T extends ColumnType> = T extends "int" | "float"
  ? number
  : T extends "int?" | "float?"
    ? number | null
    : T extends "string"
      ? string
      : string | null;

export type RowOf<S extends Schema> = { -readonly [K in keyof S]: ValueOf<S[K]> };

export interface BadRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  message: string;
}

export interface CsvOptions<S extends Schema> {
  /** Name used in error messages, e.g. "titanic/train.csv". */
  name: string;
  /** Whether the first row is a header (default true). */
  header?: boolean;
  /** Field delimiter (default ","). */
  delimiter?: string;
  /** Values that mean "missing" (default ["", "NA"]). */
  missing?: readonly string[];
  /** Other header spellings of a column, e.g. { sentence: ["content"] }. */
  aliases?: Partial<Record<keyof S & string, readonly string[]>>;
  /** Per-column checks: return true when fine, or a message. */
  validate?: { [K in keyof S]?: (value: ValueOf<S[K]>) => true | string };
  /** The file has no quoting at all (plain TSV): quotes are ordinary characters. */
  unquoted?: boolean;
  /** "throw" (default): any bad row throws. "skip": bad rows are left out and returned. */
  onBadRow?: "throw" | "skip";
  /** Bad rows listed in a thrown error (default 20). */
  maxReported?: number;
}

export interface CsvResult<S extends Schema> {
  rows: RowOf<S>[];
  /** The column names, in schema order. */
  columns: (keyof S & string)[];
  badRows: BadRow[];
  /** 1-based line of each returned row. */
  lines: number[];
}

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function convert(
  raw: string,
  type: ColumnType,
  missing: ReadonlySet<string>,
): { value: number | string | null } | string {
  const nullable = type.endsWith("?");
  if (missing.has(raw)) {
    return nullable ? { value: null } : `missing value ${JSON.stringify(raw)} in a required column`;
  }
  const base = nullable ? type.slice(0, -1) : type;
  if (base === "string") return { value: raw };
  const text = raw.trim();
  if (base === "int") {
    if (!INT.test(text)) return `${JSON.stringify(raw)} is not an integer`;
    return { value: Number(text) };
  }
  if (!FLOAT.test(text)) return `${JSON.stringify(raw)} is not a number`;
  return { value: Number(text) };
}

/** Parses CSV/TSV text against a schema. See the module comment. */
export function parseCsv<S extends Schema>(input: string, schema: S, options: CsvOptions<S>): CsvResult<S> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const names = Object.keys(schema) as (keyof S & string)[];
  const types = names.map((n) => schema[n] as ColumnType);
  const missing = new Set(options.missing ?? ["", "NA"]);
  const hasHeader = options.header ?? true;
  const maxReported = options.maxReported ?? 20;
  const validate = (options.validate ?? {}) as Partial<
    Record<string, (v: number | string | null) => true | string>
  >;

  const rows: RowOf<S>[] = [];
  const lines: number[] = [];
  const badRows: BadRow[] = [];
  // Column i of the schema is field order[i] of a record.
  let order: number[] | null = hasHeader ? null : names.map((_, i) => i);
  let fieldCount = names.length;

  // Line numbers: papaparse reports the cursor after each row; count newlines up to a row's start.
  let scanned = 0;
  let line = 1;
  let cursor = 0;
  const lineAt = (pos: number): number => {
    for (; scanned < pos; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    return line;
  };

  Papa.parse<string[]>(text, {
    header: false,
    delimiter: options.delimiter ?? ",",
    skipEmptyLines: true,
    ...(options.unquoted === true ? { quoteChar: "\u0000", fastMode: true } : {}),
    step: (result) => {
      let start = cursor;
      while (start < text.length && (text.charCodeAt(start) === 10 || text.charCodeAt(start) === 13)) start++;
      const rowLine = lineAt(start);
      cursor = result.meta.cursor;
      const fields = result.data;
      for (const err of result.errors) badRows.push({ line: rowLine, message: err.message });
      if (result.errors.length > 0) return;

      if (order === null) {
        order = names.map((name) => {
          const accepted = [name, ...(options.aliases?.[name] ?? [])];
          return fields.findIndex((f) => accepted.includes(f.trim()));
        });
        const absent = names.filter((_, i) => order?.[i] === -1);
        if (absent.length > 0 || fields.length !== names.length) {
          throw new DatasetFormatError(
            `${options.name}: the header (line ${rowLine}) is [${fields.join(", ")}], ` +
              `expected the columns [${names.join(", ")}]` +
              (absent.length > 0 ? `; missing: ${absent.join(", ")}` : ""),
          );
        }
        fieldCount = fields.length;
        return;
      }

      if (fields.length !== fieldCount) {
        badRows.push({ line: rowLine, message: `${fields.length} fields, expected ${fieldCount}` });
        return;
      }
      const row: Record<string, number | string | null> = {};
      const problems: string[] = [];
      for (let i = 0; i < names.length; i++) {
        const name = names[i] as keyof S & string;
        const raw = fields[order[i] ?? i] ?? "";
        const converted = convert(raw, types[i] as ColumnType, missing);
        if (typeof converted === "string") {
          problems.push(`column ${name}: ${converted}`);
          continue;
        }
        const check = validate[name];
        const verdict = check === undefined ? true : check(converted.value);
        if (verdict !== true) problems.push(`column ${name}: ${verdict}`);
        row[name] = converted.value;
      }
      if (problems.length > 0) {
        badRows.push({ line: rowLine, message: problems.join("; ") });
        return;
      }
      rows.push(row as RowOf<S>);
      lines.push(rowLine);
    },
  });

  if (hasHeader && order === null)
    throw new DatasetFormatError(`${options.name}: the file is empty (no header)`);
  if (badRows.length > 0 && (options.onBadRow ?? "throw") === "throw") {
    const shown = badRows.slice(0, maxReported).map((b) => `  line ${b.line}: ${b.message}`);
    const more = badRows.length > maxReported ? `\n  … and ${badRows.length - maxReported} more` : "";
    throw new DatasetFormatError(
      `${options.name}: ${badRows.length} bad row${badRows.length === 1 ? "" : "s"}:\n${shown.join("\n")}${more}`,
    );
  }
  return { rows, columns: names, badRows, lines };
}

/** Counts the values of one column (for class balance). Keys are the values as strings. */
export function countBy<R>(
  rows: readonly R[],
  key: (row: R) => string | number | null,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) {
    const k = String(key(r));
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
