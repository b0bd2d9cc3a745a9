/**
 * Reading one article from disk with the checks a user deserves a clear message for: a
 * missing file, a folder, a symbolic link loop, no permission, a file too large to be an
 * article, binary data, text that is not UTF-8.
 */
import * as fs from 'node:fs';

/** Files above this size are not read: no article is 2 MB of text, and the analysis of a huge file would stall CI. */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

// ignoreBOM keeps a byte-order mark in the text, so offsets match what other tools read.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readArticle(file: string, maxSize = DEFAULT_MAX_FILE_SIZE): ReadResult {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, message: 'is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, message: 'is not a regular file' };
    if (stat.size > maxSize) {
      return { ok: false, message: `is ${megabytes(stat.size)}, over the ${megabytes(maxSize)} limit for an article (raise it with --max-file-size)` };
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, message: describeFsError(error) };
  }
  return decodeArticle(bytes);
}

/** The text of an article's bytes, unless they are binary or not UTF-8. */
export function decodeArticle(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) return { ok: false, message: 'is binary (it contains NUL bytes), not a text article' };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, message: 'is not UTF-8 text' };
  }
}

/** What went wrong, in words, for the errors a file system gives. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function megabytes(size: number): string {
  const mb = size / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
