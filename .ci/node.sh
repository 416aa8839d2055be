# Sourced by .ci/run and the bench: puts Node >= 24 on PATH.
# The machines ship Node 20; Actions runs node24 and vitest 5 needs >= 22.12,
# so when the machine's Node is older we take the official Node 24 binary
# that the npm registry publishes as node-linux-<arch>.
MODELGATE_NODE_VERSION="${MODELGATE_NODE_VERSION:-24.21.0}"

modelgate_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(modelgate_node_major)" -lt 24 ]; then
  case "$(uname -m)" in
    x86_64) node_arch=x64 ;;
    aarch64|arm64) node_arch=arm64 ;;
    *) echo "modelgate CI: no Node 24 package for $(uname -m)" >&2; return 1 ;;
  esac
  node_home="${XDG_CACHE_HOME:-$HOME/.cache}/modelgate/node-$MODELGATE_NODE_VERSION-$node_arch"
  if [ ! -x "$node_home/bin/node" ]; then
    echo "modelgate CI: installing Node $MODELGATE_NODE_VERSION ($node_arch) from the npm registry" >&2
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "node-linux-$node_arch@$MODELGATE_NODE_VERSION" >/dev/null) || return 1
    mkdir -p "$node_home"
    tar xzf "$tmp"/node-linux-*.tgz -C "$node_home" --strip-components=1 package/bin/node package/LICENSE || return 1
    rm -rf "$tmp"
  fi
  export PATH="$node_home/bin:$PATH"
fi
echo "modelgate CI: node $(node --version), npm $(npm --version 2>/dev/null)" >&2
