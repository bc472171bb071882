import Papa from 'papaparse';

/** Characters collected before they are encoded: bounded pieces, whatever the file's size. */
const PIECE_CHARS = 1 << 20;

/**
 * UTF-8 bytes built from many small strings, encoded about a million characters at a time,
 * so a file of a million rows is never one JavaScript string (two bytes a character for
 * Chinese text, on top of its bytes).
 * @example const out = new TextChunks(); out.push('a,b\n'); out.toBytes() // Uint8Array [97, 44, 98, 10]
 */
export class TextChunks {
  readonly #encoder = new TextEncoder();
  readonly #parts: Uint8Array[] = [];
  #pending: string[] = [];
  #pendingChars = 0;
  #bytes = 0;

  /** Appends raw bytes (a byte order mark). */
  pushBytes(bytes: Uint8Array): this {
    this.#flush();
    this.#parts.push(bytes);
    this.#bytes += bytes.length;
    return this;
  }

  /** Appends text. */
  push(text: string): this {
    this.#pending.push(text);
    this.#pendingChars += text.length;
    if (this.#pendingChars >= PIECE_CHARS) this.#flush();
    return this;
  }

  /** Everything pushed, as one byte array. */
  toBytes(): Uint8Array<ArrayBuffer> {
    this.#flush();
    const out = new Uint8Array(this.#bytes);
    let at = 0;
    for (const part of this.#parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    const bytes = this.#encoder.encode(this.#pending.join(''));
    this.#parts.push(bytes);
    this.#bytes += bytes.length;
    this.#pending = [];
    this.#pendingChars = 0;
  }
}

/** Records unparsed at a time. */
const BATCH = 10_000;

/**
 * A CSV file (comma-separated, CRLF, quoted as RFC 4180 wants by papaparse) built record by
 * record, its text encoded in bounded pieces.
 */
export class CsvChunks extends TextChunks {
  #batch: string[][] = [];

  /** Appends one record. */
  record(cells: string[]): this {
    this.#batch.push(cells);
    if (this.#batch.length === BATCH) this.#unparse();
    return this;
  }

  override push(text: string): this {
    this.#unparse();
    return super.push(text);
  }

  override pushBytes(bytes: Uint8Array): this {
    this.#unparse();
    return super.pushBytes(bytes);
  }

  override toBytes(): Uint8Array<ArrayBuffer> {
    this.#unparse();
    return super.toBytes();
  }

  #unparse(): void {
    if (this.#batch.length === 0) return;
    const batch = this.#batch;
    this.#batch = [];
    super.push(`${Papa.unparse(batch, { newline: '\r\n' })}\r\n`);
  }
}
