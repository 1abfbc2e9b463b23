import { describe, expect, it } from "vitest";
import { DatasetFormatError } from "../errors";
import { countBy, parseCsv } from "../loaders/csv";

const schema = { id: "int", name: "string", score: "float?", tag: "string?" } as const;

describe("parseCsv with a schema", () => {
  it("types values and turns missing markers into null", () => {
    const { rows, columns } = parseCsv("id,name,score,tag\n1,ann,2.5,x\n2,bob,NA,\n", schema, {
      name: "t.csv",
    });
    expect(columns).toEqual(["id", "name", "score", "tag"]);
    expect(rows).toEqual([
      { id: 1, name: "ann", score: 2.5, tag: "x" },
      { id: 2, name: "bob", score: null, tag: null },
    ]);
  });

  it("handles quoted fields with commas and newlines, CRLF, a BOM and columns in another order", () => {
    const text = '\uFEFFname,id,tag,score\r\n"Smith, J.",1,"two\r\nlines",1e3\r\n';
    const { rows } = parseCsv(text, schema, { name: "t.csv" });
    expect(rows).toEqual([{ id: 1, name: "Smith, J.", score: 1000, tag: "two\r\nlines" }]);
  });

  it("reports every bad row with its line number", () => {
    const text = [
      "id,name,score,tag", // line 1
      "1,ann,2.5,x", // 2
      "x,bob,1,y", // 3: not an integer
      '3,"multi', // 4-5: a quoted field over two lines
      'line",1,z',
      "4,,oops,z", // 6: not a number
      "", // 7: blank, skipped
      "5,eve,1", // 8: too few fields
      "NA,eve,1,q", // 9: missing in a required column
    ].join("\n");
    const { rows, badRows, lines } = parseCsv(text, schema, { name: "t.csv", onBadRow: "skip" });
    expect(rows.map((r) => r.id)).toEqual([1, 3]);
    expect(lines).toEqual([2, 4]);
    expect(badRows.map((b) => b.line)).toEqual([3, 6, 8, 9]);
    expect(badRows[0]?.message).toMatch(/column id: "x" is not an integer/);
    expect(badRows[1]?.message).toMatch(/column score: "oops" is not a number/);
    expect(badRows[2]?.message).toMatch(/3 fields, expected 4/);
    expect(badRows[3]?.message).toMatch(/column id: missing value "NA" in a required column/);
    expect(() => parseCsv(text, schema, { name: "t.csv" })).toThrow(DatasetFormatError);
    expect(() => parseCsv(text, schema, { name: "t.csv" })).toThrow(/t\.csv: 4 bad rows:\n {2}line 3: /);
  });

  it("rejects a header that does not match the schema, naming the missing columns", () => {
    expect(() => parseCsv("id,nom,score,tag\n1,a,1,b\n", schema, { name: "h.csv" })).toThrow(/missing: name/);
  });

  it("accepts header aliases, custom markers, no header and unquoted TSV", () => {
    const s = { label: "int", sentence: "string" } as const;
    const tsv = 'label\tcontent\n1\t"quoted" start\n0\tplain\n';
    const r1 = parseCsv(tsv, s, {
      name: "a.tsv",
      delimiter: "\t",
      unquoted: true,
      aliases: { sentence: ["content"] },
    });
    expect(r1.rows).toEqual([
      { label: 1, sentence: '"quoted" start' },
      { label: 0, sentence: "plain" },
    ]);
    const r2 = parseCsv("3,?\n4,x\n", { a: "int", b: "string?" } as const, {
      name: "n.data",
      header: false,
      missing: ["?"],
    });
    expect(r2.rows).toEqual([
      { a: 3, b: null },
      { a: 4, b: "x" },
    ]);
  });

  it("runs per-column checks", () => {
    const { badRows } = parseCsv("label,sentence\n2,x\n", { label: "int", sentence: "string" } as const, {
      name: "v.csv",
      validate: { label: (v) => (v === 0 || v === 1 ? true : `label ${v} is not 0 or 1`) },
      onBadRow: "skip",
    });
    expect(badRows).toEqual([{ line: 2, message: "column label: label 2 is not 0 or 1" }]);
  });

  it("countBy counts values", () => {
    expect(countBy([{ a: 1 }, { a: 1 }, { a: null }], (r) => r.a)).toEqual({ "1": 2, null: 1 });
  });
});
