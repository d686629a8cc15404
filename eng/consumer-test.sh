#!/usr/bin/env bash
# Consumer test: packs every package of ItsmCore.sln into a temporary folder feed, then builds and runs
# tests/consumer (a project outside the solution that references the packages BY VERSION, from that feed
# only) once per package README, with the README's first csharp example as Program.cs. A run passes when
# it exits 0 and prints every line the example marks with "// prints: TEXT". Installs the itsmcore tool
# from the feed and runs one command. Also checks that every
# repository link in the package READMEs starts with ItsmCoreRepositoryUrl (Directory.Build.props).
# The consumer's nuget.config is generated here (dotnet new nugetconfig + the folder feed, with package
# source mapping so ItsmCore.* can only come from the feed); a fresh NUGET_PACKAGES folder keeps packages
# cached by earlier runs out. Prints "consumer: N passed, N failed"; exits 1 on a failure.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

passed=0
failed=0
pass() { echo "  pass: $1"; passed=$((passed + 1)); }
fail() { echo "  FAIL: $1"; failed=$((failed + 1)); }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"

echo "consumer: packing every package into $feed"
if ! dotnet pack "$root/ItsmCore.sln" -c Release -warnaserror -o "$feed" > "$work/pack.log" 2>&1; then
  tail -n 40 "$work/pack.log" >&2
  echo "consumer: 0 passed, 1 failed"
  exit 1
fi
nupkg="$(ls "$feed"/ItsmCore.Calendars.*.nupkg | grep -v '\.snupkg$' | head -n 1)"
version="$(basename "$nupkg" .nupkg)"
version="${version#ItsmCore.Calendars.}"
echo "consumer: packages $(cd "$feed" && ls *.nupkg | tr '\n' ' ')"
echo "consumer: version $version"

url="$(sed -n 's:.*<ItsmCoreRepositoryUrl>\(.*\)</ItsmCoreRepositoryUrl>.*:\1:p' "$root/Directory.Build.props")"
stray="$(grep -ho 'https://github.com/[^) ]*' "$root"/src/*/README.md | grep -v "^$url" || true)"
if [ -n "$url" ] && [ -z "$stray" ]; then pass "package README links start with $url"; else fail "package README links outside $url: $stray"; fi

consumer="$work/consumer"
cp -r "$root/tests/consumer" "$consumer"
rm -rf "$consumer/bin" "$consumer/obj"
(
  cd "$consumer" &&
  dotnet new nugetconfig --force > /dev/null &&
  dotnet nuget add source "$feed" --name itsmcore-feed --configfile nuget.config > /dev/null
) || { echo "consumer: cannot write nuget.config" >&2; echo "consumer: 0 passed, 1 failed"; exit 1; }
# Package source mapping: ItsmCore.* only from the folder feed, everything else from the other source.
other="$(sed -n 's:.*<add key="\([^"]*\)" value="http.*:\1:p' "$consumer/nuget.config" | head -n 1)"
sed -i "s:</configuration>:  <packageSourceMapping>\n    <packageSource key=\"itsmcore-feed\">\n      <package pattern=\"ItsmCore.*\" />\n    </packageSource>\n    <packageSource key=\"$other\">\n      <package pattern=\"*\" />\n    </packageSource>\n  </packageSourceMapping>\n</configuration>:" "$consumer/nuget.config"
export NUGET_PACKAGES="$work/packages"

for readme in "$root"/src/*/README.md; do
  package="$(basename "$(dirname "$readme")")"
  # The first csharp block of the README.
  awk '/^```csharp/{inside=1; next} /^```/{if (inside) exit} inside' "$readme" > "$consumer/Program.cs"
  if [ ! -s "$consumer/Program.cs" ]; then
    continue # no C# example (the tool's README shows commands instead)
  fi
  expected="$(sed -n 's:.*// prints\: \(.*\)$:\1:p' "$consumer/Program.cs" | sed 's/[[:space:]]*$//')"
  if dotnet run --project "$consumer" -c Release -p:ItsmCoreVersion="$version" > "$work/out.txt" 2>&1; then
    missing=""
    while IFS= read -r line; do
      [ -z "$line" ] && continue
      grep -qxF -- "$line" <(sed 's/[[:space:]]*$//' "$work/out.txt") || missing="$missing [$line]"
    done <<< "$expected"
    if [ -z "$missing" ]; then
      pass "$package README example ($(printf '%s\n' "$expected" | grep -c .) printed lines checked)"
    else
      fail "$package README example: missing$missing"; sed 's/^/    | /' "$work/out.txt"
    fi
  else
    fail "$package README example does not build or run"; tail -n 30 "$work/out.txt" | sed 's/^/    | /'
  fi
done

# The tool package: install it from the feed (by version) and ask it the README's calendar question.
if (cd "$consumer" && dotnet tool install ItsmCore.Cli --version "$version" --tool-path "$work/tools" > "$work/tool.log" 2>&1) &&
   "$work/tools/itsmcore" calendar add "$root/samples/calendars/jp-office.json" 2026-11-20T16:30 4h --json > "$work/out.txt" 2>&1 &&
   grep -q '"result": "2026-11-24T02:30:00Z"' "$work/out.txt"; then
  pass "itsmcore tool installed from the feed answers calendar add"
else
  fail "itsmcore tool from the feed"; cat "$work/tool.log" "$work/out.txt" | tail -n 30 | sed 's/^/    | /'
fi

# Nothing may have come from a project reference: every ItsmCore package restored is the feed's version.
if ls "$NUGET_PACKAGES"/itsmcore.* > /dev/null 2>&1 && [ -z "$(ls -d "$NUGET_PACKAGES"/itsmcore.*/* | grep -v "/$version$")" ]; then
  pass "ItsmCore packages restored from the feed at version $version only"
else
  fail "ItsmCore packages restored at other versions: $(ls -d "$NUGET_PACKAGES"/itsmcore.*/* 2>/dev/null)"
fi

echo "consumer: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
