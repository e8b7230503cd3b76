/**
 * Bytes on disk to text and back, the way VS Code opens files: UTF-8 with or without a byte order
 * mark, and UTF-16 little- or big-endian when a byte order mark says so (what Windows PowerShell 5
 * writes with `>`). Shared by everything that reads a user's file: postmortems (CLI and the
 * server's workspace scan), `.postmortemrc.json`, the team schema and templates.
 *
 * The byte order mark stays in the text as U+FEFF (offsets count it, as the core expects), so
 * encoding the text again gives back the same bytes.
 */

/** An encoding a file was read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A decoded file. */
export interface DecodedText {
  /** The text, a byte order mark included as U+FEFF. */
  text: string;
  /** How it was encoded. */
  encoding: TextEncodingName;
  /**
   * False when UTF-8 bytes were not valid UTF-8: the text then has U+FFFD where they were (as an
   * editor shows them), and writing it back would change bytes.
   */
  exact: boolean;
}

/** Bytes that claim an encoding (a UTF-16 byte order mark) and break it. */
export interface UndecodableText {
  /** One line: what the bytes claim and where they break it. */
  problem: string;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** The encoding a byte order mark names, if any. */
export function encodingOfBom(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Swaps each pair of bytes (UTF-16 BE ↔ LE); a last odd byte is kept. */
function swapPairs(bytes: Uint8Array): Uint8Array {
  // A copy as a plain Uint8Array (no Buffer): the web build of the server decodes with this too.
  const out = Uint8Array.from(bytes);
  for (let i = 0; i + 1 < out.length; i += 2) {
    const a = out[i]!;
    out[i] = out[i + 1]!;
    out[i + 1] = a;
  }
  return out;
}

/**
 * Decodes a file's bytes. UTF-16 (by its byte order mark) must be well formed: an odd number of
 * bytes or an unpaired surrogate is a problem, since nothing that reads the file could show it.
 * Anything else is read as UTF-8; invalid sequences become U+FFFD and `exact` is false.
 */
export function decodeText(bytes: Uint8Array): DecodedText | UndecodableText {
  const bom = encodingOfBom(bytes);
  if (bom) {
    const name = bom === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    if (bytes.length % 2 !== 0) return { problem: `it starts with a ${name} byte order mark but has an odd number of bytes (${bytes.length})` };
    try {
      const text = utf16le.decode(bom === 'utf-16le' ? bytes : swapPairs(bytes));
      return { text, encoding: bom, exact: true };
    } catch {
      return { problem: `it starts with a ${name} byte order mark but is not valid ${name} (an unpaired surrogate)` };
    }
  }
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8', exact: true };
  } catch {
    return { text: utf8Lenient.decode(bytes), encoding: 'utf-8', exact: false };
  }
}

/** True when `decodeText` could not decode the bytes. */
export function isUndecodable(d: DecodedText | UndecodableText): d is UndecodableText {
  return 'problem' in d;
}

/** Encodes text in the encoding it was read in (a byte order mark is part of the text). */
export function encodeText(text: string, encoding: TextEncodingName): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16le' ? le : Buffer.from(swapPairs(le));
}

/**
 * Decodes a configuration, schema or template file as `decodeText` does (a byte order mark stays
 * as U+FEFF, whatever the encoding). Throws an `Error` with code `EILSEQ` naming the problem when
 * the bytes cannot be decoded.
 */
export function decodeForReading(bytes: Uint8Array): string {
  const d = decodeText(bytes);
  if (isUndecodable(d)) throw Object.assign(new Error(`cannot decode: ${d.problem}`), { code: 'EILSEQ' });
  return d.text;
}
