#!/usr/bin/env bash
# Checks the layout of the C# and Razor code: the whitespace rules of .editorconfig (indentation, spacing, braces, final
# newline, LF; dotnet format reads the .cs files, not .razor) and lines of at most 140 characters, which it does not check.
#   scripts/layout.sh [path-prefix-to-skip ...]
# e.g. scripts/layout.sh services/alerts/ tests/Watchlist.Tests.Integration/
# Each argument is a prefix of repository paths that are not checked yet; without arguments everything is.
# `dotnet format whitespace --folder` reads no project, needs no restore or build, and takes about 20-30 s here.
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
max=140
skipped=("$@")
status=0

excluded() {
  local path="$1" prefix
  for prefix in "${skipped[@]+"${skipped[@]}"}"; do
    [[ "$path" == "$prefix"* ]] && return 0
  done
  return 1
}

mapfile -t files < <(git ls-files -- 'services/*.cs' 'gateway/*.cs' 'console/*.cs' 'console/*.razor' 'bench/*.cs' 'tests/*.cs')
checked=()
for f in "${files[@]}"; do excluded "$f" || checked+=("$f"); done

echo "[layout] dotnet format whitespace (.editorconfig) on ${#checked[@]} files"
if [ "${#skipped[@]}" -gt 0 ]; then
  exclude=(--exclude "${skipped[@]}")
else
  exclude=()
fi
if ! dotnet format whitespace --folder --verify-no-changes "${exclude[@]+"${exclude[@]}"}"; then
  echo "[layout] whitespace differs from .editorconfig; run: dotnet format whitespace --folder${skipped[*]:+ --exclude ${skipped[*]}}" >&2
  status=1
fi

echo "[layout] lines over $max characters"
# Characters, not bytes: Vietnamese and Arabic test data count once per letter.
long=0
if [ "${#checked[@]}" -gt 0 ]; then
  while IFS= read -r hit; do
    file=${hit%%:*}; rest=${hit#*:}; line=${rest%%:*}; text=${rest#*:}
    echo "$file:$line: ${#text} characters" >&2
    long=$((long + 1))
  done < <(printf '%s\0' "${checked[@]}" | LC_ALL=C.UTF-8 xargs -0 grep -HnE "^.{$((max + 1)),}" || true)
fi
if [ "$long" -gt 0 ]; then
  echo "[layout] $long lines are longer than $max characters; wrap them." >&2
  status=1
fi

[ "$status" -eq 0 ] && echo "[layout] ok"
exit "$status"
