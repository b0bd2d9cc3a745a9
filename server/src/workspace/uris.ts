/** File URIs ↔ paths, for the parts of the server that touch the file system. */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file system path of a `file:` URI; null for any other scheme (untitled, vscode-notebook...). */
export function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function fileUriOf(path: string): string {
  return pathToFileURL(path).href;
}
