/** The output formats of `copydesk lint`, by name. */
import type { Formatter } from './context';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export const FORMATS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};

export type { FormatContext, Formatter } from './context';
export { countFindings } from './context';
