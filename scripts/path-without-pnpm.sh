#!/usr/bin/env bash
# Prints a PATH like the current one in which no directory offers pnpm, pnpx or turbo: each
# directory that does is replaced by a shadow directory of links to everything else in it. A
# machine with a global pnpm (installed by hand, by corepack) then behaves like a newcomer's.
# Usage: PATH=$(scripts/path-without-pnpm.sh <shadow-root>)
set -euo pipefail
shadow_root=$1
mkdir -p "$shadow_root"
out=()
i=0
IFS=: read -r -a dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  [ -d "$dir" ] || continue
  if [ -e "$dir/pnpm" ] || [ -e "$dir/pnpx" ] || [ -e "$dir/turbo" ]; then
    i=$((i + 1))
    shadow="$shadow_root/$i"
    mkdir -p "$shadow"
    for f in "$dir"/*; do
      case "$(basename "$f")" in pnpm | pnpx | pnpm.* | pnpx.* | turbo) continue ;; esac
      ln -sf "$f" "$shadow/"
    done
    out+=("$shadow")
  else
    out+=("$dir")
  fi
done
(IFS=:; echo "${out[*]}")
