/** The help texts: what each command does, its options, and the exit codes CI relies on. */

const EXIT_CODES = `Exit codes:
  0  no errors, and warnings within --max-warnings
  1  errors found, or more warnings than --max-warnings
  2  a usage mistake, an invalid configuration, or a file that could not be read
     (a missing path, a folder, a symbolic link loop, binary or non-UTF-8 data, too large)`;

export const MAIN_HELP = `Usage: copydesk <command> [options]

Checks the sourcing of news articles (Markdown with YAML front matter): quotes and who
said them, anonymous sources, datelines and unsourced claims.

Commands:
  lint [paths or globs]     report findings (default: the articles in this folder)
  extract FILE...           print what was found in each article, as JSON
  report FILE...            a sourcing report per article (Markdown or JSON)
  init [folder]             write a commented starter .copydesk.yaml
  rules                     list the rules, their severity and docs

Options:
  -h, --help                help for copydesk or for a command (copydesk lint --help)
  -v, --version             print the version

${EXIT_CODES}
`;

export const LINT_HELP = `Usage: copydesk lint [options] [paths or globs]

Lints articles: *.article.md files, and Markdown files whose front matter has a type,
dateline or agency (or what the configuration's "files" globs say), minus its "ignore"
globs. With no paths, the current folder. Files named outright are always linted.

Output:
  -f, --format NAME         stylish (default), json, sarif, github, junit
  -o, --output FILE         write the output to FILE instead of standard output
  -q, --quiet               report errors only
      --max-warnings N      exit 1 when there are more than N warnings
      --color, --no-color   force colour on or off (default: on a terminal, unless NO_COLOR)

Input:
      --stdin               lint standard input
      --stdin-filename F    the name to report it under (its folder decides the configuration)
  -c, --config FILE         use this configuration file instead of looking for .copydesk.yaml
      --no-ignore           lint files the configuration's "ignore" globs exclude
      --max-file-size MB    skip (and report) files larger than this (default 2)

Selection, for CI:
      --changed-since REF   only findings on lines changed since the git ref REF
      --shard I/N           lint part I of N (files sorted by path and dealt out in turn)
  -j, --jobs N              lint on N threads (default: one fewer than the cores, with
                            at least 250 files for each thread)

Fixes and suppressions:
      --fix                 apply the safe fixes (quote marks, a dateline from the front
                            matter) and write each file atomically; words inside quotes
                            are never changed
      --report-unused-disables
                            report copydesk-disable comments that suppress nothing

${EXIT_CODES}
`;

export const EXTRACT_HELP = `Usage: copydesk extract [--format json|jsonl] FILE...

Prints, for each article, its dateline, quotes with speakers and cues, sources, reported
speech and claims, as one JSON array (json, the default) or one line per file (jsonl).
Offsets are JavaScript string indices (UTF-16 code units) into the whole file.

Options:
  -f, --format json|jsonl
  -c, --config FILE         use this configuration file instead of looking for .copydesk.yaml
      --max-file-size MB    skip (and report) files larger than this (default 2)

Exit codes: 0 all files extracted; 2 a usage mistake, an invalid configuration, or a file
that could not be read (the other files are still printed).
`;

export const REPORT_HELP = `Usage: copydesk report [--format markdown|json] PATH...

A sourcing report per article: its sources by kind with their quote counts, anonymous
sources and whether the story says why, quotes without a speaker and unsourced claims
(the ones unattributed-claim flags under the article's configuration, as lint does).
A folder or a glob stands for the articles in it, found as copydesk lint finds them
(*.article.md, and Markdown whose front matter marks it as an article, minus "ignore").

Options:
  -f, --format markdown|json
  -c, --config FILE         use this configuration file instead of looking for .copydesk.yaml
      --max-file-size MB    skip (and report) files larger than this (default 2)

Exit codes: 0 all reported; 2 a usage mistake, an invalid configuration, or a file that
could not be read (the other files are still reported).
`;

export const INIT_HELP = `Usage: copydesk init [--style reuters|ap|plain] [--force] [folder]

Writes a commented starter .copydesk.yaml in the folder (default: this one), with every rule
at its default severity.

Options:
  -s, --style NAME          the dateline style to expect (default reuters)
      --force               overwrite an existing .copydesk.yaml

Exit codes: 0 written; 2 the file exists (without --force) or cannot be written.
`;

export const RULES_HELP = `Usage: copydesk rules [--format text|json]

Lists the rules with their severity under the configuration in this folder, whether
--fix can fix them, what they check, and the link to their documentation.
`;
