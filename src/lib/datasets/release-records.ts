/**
 * The release records of a releases.yaml text, read by the same YAML parser as validation
 * (src/lib/validation/yaml-doc.ts), as plain text values so that history and today's file
 * compare field by field.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

/** One release record of a releases.yaml text, with the lines an editor looks at. */
export interface RecordEntry {
  version: string;
  fields: Record<string, string>;
  /** The same fields with the same values give the same key. */
  key: string;
  /** Line of the record and of each field (1-based). */
  line: number;
  fieldLines: Record<string, number>;
}

/** A field's value as text, so that records compare field by field (684 and "684" alike). */
function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

/**
 * releases.yaml text → its records by version, values as validation reads them
 * (`toJS`, aliases resolved and bounded); undefined when the text is not a list
 * (validation reports that file; a broken text in history anchors nothing).
 */
export function textToRecords(text: string): Map<string, RecordEntry> | undefined {
  const lineCounter = new LineCounter();
  const lineAt = (range: readonly number[] | null | undefined) => (range ? lineCounter.linePos(range[0]!).line : 1);
  let doc: Document.Parsed;
  let values: unknown;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0 || !isSeq(doc.contents)) return undefined;
    values = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // An alias bomb, or anything else the parser refuses: no records.
    return undefined;
  }
  const records = new Map<string, RecordEntry>();
  doc.contents.items.forEach((item, i) => {
    const value = (values as unknown[])[i];
    if (!isMap(item) || !value || typeof value !== 'object' || Array.isArray(value)) return;
    const fields = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, valueText(v)]));
    const fieldLines: Record<string, number> = {};
    for (const pair of item.items) if (isScalar(pair.key)) fieldLines[valueText(pair.key.value)] = lineAt(pair.key.range);
    const version = fields.version ?? '';
    const key = JSON.stringify(Object.keys(fields).sort().map((k) => [k, fields[k]]));
    // The first record of a version is the one validation reads; a duplicate is RELEASE-ORDER's.
    if (version && !records.has(version)) records.set(version, { version, fields, key, line: lineAt(item.range), fieldLines });
  });
  return records;
}

/** Lines of a plain list: items at column 0 (`- `), their lines indented, comments, blank lines. */
const PLAIN_LIST_LINE = /^(?:- | |#|$)/;

/**
 * The records of a committed releases.yaml text, each item parsed once across all texts:
 * the release command only appends, so each text repeats the items of the one before, and
 * parsing every text whole grows with the square of the number of releases. A plain list
 * is cut at its items (a line at column 0 that starts with `- ` always begins an item) and
 * each item is parsed by the same parser; anything else, or an item that does not parse
 * alone, is parsed whole.
 */
export function committedRecords(text: string, items: Map<string, Map<string, RecordEntry> | undefined>): Map<string, RecordEntry> | undefined {
  const lines = text.split('\n');
  if (!lines.every((line) => PLAIN_LIST_LINE.test(line))) return textToRecords(text);
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    if (line.startsWith('- ')) starts.push(offset);
    else if (starts.length === 0 && line.trim() && !line.startsWith('#')) return textToRecords(text);
    offset += line.length + 1;
  }
  const records = new Map<string, RecordEntry>();
  for (const [k, start] of starts.entries()) {
    const item = text.slice(start, starts[k + 1] ?? text.length);
    if (!items.has(item)) items.set(item, textToRecords(item));
    const parsed = items.get(item);
    if (parsed === undefined) return textToRecords(text);
    for (const [version, entry] of parsed) if (!records.has(version)) records.set(version, entry);
  }
  return records;
}

