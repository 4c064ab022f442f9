# Runs an npm script's command line (the first argument) under Node >= 22.18, fetching Node 24 from the npm
# registry first where the system's node is older (ensure-node.sh). Arguments npm passes on after it
# (`npm test -- tests/unit`) go to the command line's last command.
set -e
. "$(dirname "$0")/ensure-node.sh"
command="$1"
shift
exec sh -c "$command \"\$@\"" sh "$@"
