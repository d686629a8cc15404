#!/usr/bin/env bash
# Packs one package (ItsmCore.Calendars, a release pack) from two fresh clones of the current commit at
# different paths, both with the remote 'origin' set to the repository URL of Directory.Build.props, and
# checks that
#   1. the source link of each build names that host (raw file URLs at the commit), and
#   2. the two packages hold byte-identical DLLs (ContinuousIntegrationBuild maps paths to /_/).
# Only committed work is packed. Prints "reproducible: N passed, N failed"; exits 1 on a failure.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

passed=0
failed=0
check() { # check NAME COMMAND...
  local name="$1"; shift
  if "$@"; then echo "  pass: $name"; passed=$((passed + 1)); else echo "  FAIL: $name"; failed=$((failed + 1)); fi
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
commit="$(git -C "$root" rev-parse HEAD)"
url="$(sed -n 's:.*<ItsmCoreRepositoryUrl>\(.*\)</ItsmCoreRepositoryUrl>.*:\1:p' "$root/Directory.Build.props")"
host_path="${url#https://github.com/}"
package=ItsmCore.Calendars

for clone in first "second/at a deeper path"; do
  dir="$work/$clone/repo"
  mkdir -p "$(dirname "$dir")"
  git clone --quiet --no-checkout "$root" "$dir" || { echo "reproducible: clone failed" >&2; exit 1; }
  git -C "$dir" checkout --quiet "$commit"
  git -C "$dir" remote set-url origin "$url.git"
  if ! dotnet pack "$dir/src/$package" -c Release -warnaserror -p:ItsmCoreReleasePack=true \
      -o "$dir/artifacts" > "$work/pack.log" 2>&1; then
    tail -n 30 "$work/pack.log" >&2
    echo "reproducible: 0 passed, 1 failed"
    exit 1
  fi
done

first="$work/first/repo"
second="$work/second/at a deeper path/repo"
sourcelink="$(cat "$first/src/$package/obj/Release/net10.0/$package.sourcelink.json" 2>/dev/null)"
echo "  source link: $sourcelink"
check "source link names https://raw.githubusercontent.com/$host_path/$commit/" \
  grep -q "https://raw.githubusercontent.com/$host_path/$commit/\*" <<< "$sourcelink"

dll_hash() { # dll_hash NUPKG: sha256 of every DLL in the package
  local n="$1" out="$work/unzip-$RANDOM"
  mkdir -p "$out" && unzip -q -o "$n" -d "$out" && (cd "$out" && find . -name '*.dll' -print0 | sort -z | xargs -0 sha256sum)
}
one="$(dll_hash "$(ls "$first"/artifacts/$package.*.nupkg | grep -v snupkg)")"
two="$(dll_hash "$(ls "$second"/artifacts/$package.*.nupkg | grep -v snupkg)")"
echo "  first:  $one"
echo "  second: $two"
check "identical DLLs from two clones at different paths" test -n "$one" -a "$one" = "$two"

echo "reproducible: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
