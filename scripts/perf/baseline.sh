#!/usr/bin/env bash
# Builds the analysis to compare against into out/perf-baseline/analysis: the working
# tree's analysis, except FILES, which are taken as they were at REV. Others edit the
# rest of the analysis at the same time; this way a comparison isolates one's own change.
#   scripts/perf/baseline.sh REV [FILE...]     FILE relative to server/src/analysis
set -euo pipefail
cd "$(dirname "$0")/../.."
rev="${1:?usage: baseline.sh REV [FILE...]}"
shift
src=out/perf-baseline-src
rm -rf "$src" out/perf-baseline
mkdir -p "$src"
cp -r server/src/analysis "$src/analysis"
for file in "$@"; do
  git show "$rev:server/src/analysis/$file" > "$src/analysis/$file"
done
cat > "$src/tsconfig.json" <<'JSON'
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "rootDir": ".", "outDir": "../perf-baseline", "composite": false, "declaration": false, "sourceMap": false, "incremental": false },
  "include": ["analysis/**/*.ts"]
}
JSON
npx tsc -p "$src/tsconfig.json"
echo "built out/perf-baseline/analysis (${*:-no files} as of $rev)"
