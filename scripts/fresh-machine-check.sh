#!/usr/bin/env bash
# Proves the README's "Run it" on a machine like a new reader's: clones this repository (its last commit) into a
# temporary folder and runs the two commands of that section there, word for word, with an empty npm cache, no
# CHROMIUM_PATH, and a PATH that holds every command of this machine except Chromium, Chrome and any Node >= 22.18.
# Command one must build the site and serve it (checked by fetching pages and the search index, then stopped);
# command two must pass.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill -- "-$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
say() { echo "fresh-machine-check: $*"; }

# The README's two commands: the lines of the first sh block under "## Run it", comments dropped.
mapfile -t commands < <(awk '/^## Run it/ { on = 1 } on && /^```sh/ { block = 1; next }
  block && /^```/ { exit } block { sub(/[ \t]*#.*/, ""); if ($0 != "") print }' "$root/README.md")
if [ "${#commands[@]}" != 2 ]; then
  say "expected two commands in the README's Run it section, found ${#commands[@]}" >&2
  exit 1
fi

# A PATH without a browser or a current Node: links to everything else, the first of each name winning.
mkdir "$work/bin" "$work/tmp"
old_node=""
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  for file in "$dir"/*; do
    name="${file##*/}"
    if [ -d "$file" ] || [ ! -x "$file" ] || [ -e "$work/bin/$name" ]; then continue; fi
    case "$name" in chromium* | google-chrome* | chrome) continue ;; esac
    if [ "$name" = node ]; then
      # shellcheck disable=SC2016
      if "$file" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)'
      then continue; fi
      old_node="$("$file" --version)"
    fi
    ln -s "$file" "$work/bin/$name"
  done
done
if [ -z "$old_node" ]; then
  say "no Node older than 22.18 on this machine, so only a current one: the Node download is not exercised"
  ln -s "$(command -v node)" "$work/bin/node"
fi

git clone --quiet "$root" "$work/repo"
cd "$work/repo"
say "in a fresh clone at $(git rev-parse --short HEAD), system node ${old_node:-current}, no browser on PATH"
# What a new user's shell has: a home, a PATH, a language; the temp folder and npm cache start empty.
fresh=(env -i HOME="$HOME" PATH="$work/bin" LANG="${LANG:-C.UTF-8}" TMPDIR="$work/tmp"
  npm_config_cache="$work/npm-cache")

say "command one: ${commands[0]}"
start=$SECONDS
setsid "${fresh[@]}" sh -c "${commands[0]}" >"$work/one.log" 2>&1 &
server=$!
url=""
while [ -z "$url" ]; do
  if ! kill -0 "$server" 2>/dev/null; then
    tail -n 40 "$work/one.log" >&2
    say "command one stopped before serving the site" >&2
    exit 1
  fi
  if ((SECONDS - start > 1800)); then
    tail -n 40 "$work/one.log" >&2
    say "command one has not served the site after 30 minutes" >&2
    exit 1
  fi
  sleep 2
  url="$(sed 's/\x1b\[[0-9;]*m//g' "$work/one.log" | grep -o 'http://localhost:[0-9]*/[^ ]*' | head -n 1 || true)"
done
say "command one serves $url after $((SECONDS - start)) s"
grep '^node: ' "$work/one.log" || true
# The home page, the first article it links, the search page and Pagefind's index must all be served.
"$work/bin/node" --input-type=module -e '
  const base = process.argv[1];
  const get = async (path) => {
    const response = await fetch(new URL(path, base));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.text();
  };
  const home = await get(".");
  const article = home.match(/href="[^"]*?(articles\/[^"#]+)"/)?.[1];
  if (!article) throw new Error("the home page links no article");
  for (const path of [article, "search/", "pagefind/pagefind.js"]) await get(path);
  const index = JSON.parse(await get("pagefind/pagefind-entry.json"));
  const pages = Object.values(index.languages).reduce((n, l) => n + l.page_count, 0);
  if (pages < 10) throw new Error(`the search index holds ${pages} pages`);
  console.log(`fresh-machine-check: served the home page, ${article}, search/ and a search index of ${pages} pages`);
' "$url"
kill -- "-$server"
wait "$server" 2>/dev/null || true
server=""

say "command two: ${commands[1]}"
start=$SECONDS
if ! "${fresh[@]}" sh -c "${commands[1]}" >"$work/two.log" 2>&1; then
  tail -n 60 "$work/two.log" >&2
  say "command two failed after $((SECONDS - start)) s" >&2
  exit 1
fi
grep -E '^(node|browser tests): ' "$work/two.log" || true
sed 's/\x1b\[[0-9;]*m//g' "$work/two.log" | grep -E '^ +(Test Files|Tests) ' || true
say "command two passed in $((SECONDS - start)) s"
