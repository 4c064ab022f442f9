# npm run build: Astro builds the site into a staging folder, which is swapped in for the published one only when
# the whole build passed; a failed build leaves the last good site as it was (scripts/build-steps.ts). A shell,
# not a Node process, waits for Astro: Node waiting held about 60 MiB through the build's memory peak.
# Arguments go to `astro build`.
cd "$(dirname "$0")/.." || exit 1
prepared=$(node scripts/build-steps.ts prepare) || exit $?
staging=$(printf '%s\n' "$prepared" | sed -n 1p)
flags=$(printf '%s\n' "$prepared" | sed -n 2p)
# Memory the build freed is handed back sooner, which lowered its peak at no cost in time (docs/performance-log.md):
# glibc gives each thread that allocates an arena of its own, which keeps what it freed (two for the process); the
# bundler's and the Astro compiler's allocator (mimalloc) takes huge pages, which it cannot hand back in part; and
# Pagefind's (jemalloc) keeps an arena per thread, so what one thread freed of a part's index was not reused for the
# next part. A setting of one's own wins.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" MIMALLOC_ALLOW_THP="${MIMALLOC_ALLOW_THP:-0}"
export _RJEM_MALLOC_CONF="${_RJEM_MALLOC_CONF:-narenas:1}"
# Astro's anonymous usage reports stay off: a build has no need to call out to the network, and a build machine may
# reach no more than the npm registry. Set the variable empty to send them.
export ASTRO_TELEMETRY_DISABLED="${ASTRO_TELEMETRY_DISABLED-1}"
# The flags are single words, split here on purpose.
# shellcheck disable=SC2086
EXPLAINER_OUT_DIR="$staging" node $flags node_modules/astro/bin/astro.mjs build "$@"
exec node scripts/build-steps.ts publish $?
