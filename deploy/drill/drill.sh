#!/usr/bin/env bash
# The install drill: deploy/README.md followed on a bare Debian 12 host, end to end.
#
#   sudo deploy/drill/drill.sh [--mode embedded|production] [--qdrant-url URL] [--bundle DIR]
#                              [--work DIR] [--keep]
#
# The "host" is a container with systemd as PID 1 (systemd-nspawn --boot) made from a plain
# debootstrap of bookworm, in its own network namespace: its ports are its own, it reaches
# the Debian mirror through NAT and nothing else is installed in it. Then, as an operator:
#   1. deploy/bundle.sh builds the offline bundle here (skipped when --bundle is given)
#   2. install.sh --offline runs inside the host (apt from the mirror, Python from the bundle)
#   3. the services are active; HTTP redirects to HTTPS; the site's certificate verifies for
#      its name; file modes are as the README says
#   4. first organization and users with appliance-manage; the demo documents ingested
#      through the workers; a search through the CLI
#   5. a user on another machine logs in over HTTPS through nginx and asks; the answer
#      streams, with a citation; another organization, /metrics and /readyz are out of reach
#   6. install.sh again: no file changes, no service restarted
#   7. backup -> wipe -> restore (the README's drill): the same search results
#   8. install.sh --upgrade; then power off and boot again: everything comes back by itself
# Each step prints its duration; the first failure stops the drill with its reason.
#
# Needs root and the Debian packages debootstrap, systemd-container and iptables; the mirror
# and PyPI reachable (the bundle is built here). Production mode needs a Qdrant .deb in the
# bundle (bundle.sh --qdrant-deb) or --qdrant-url; without either the drill checks that
# install.sh refuses production mode with its explanation, then stops. With a --qdrant-url
# that does not answer, it installs production mode and checks everything that does not
# need the vector store (PostgreSQL and Redis provisioning, the web, worker and LLM units,
# TLS, login, re-run, upgrade, reboot), and says which steps it skipped.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"

MODE=embedded
QDRANT_URL=""
BUNDLE=""
WORK=""
KEEP=0
MACHINE=appliance-drill
SERVER_NAME=drill.example.internal
ORG=drill
UPLOADED_LATER=経費精算マニュアル.docx
NET_PREFIX=10.231.0
CACHE_DIR="${APPLIANCE_DRILL_CACHE:-$HOME/.cache/appliance/drill}"
MIRROR="${APPLIANCE_DRILL_MIRROR:-http://deb.debian.org/debian}"

die() {
    echo "drill: FAILED: $*" >&2
    exit 1
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --mode) MODE="${2:?}"; shift ;;
        --qdrant-url) QDRANT_URL="${2:?}"; shift ;;
        --bundle) BUNDLE="${2:?}"; shift ;;
        --work) WORK="${2:?}"; shift ;;
        --keep) KEEP=1 ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option $1" ;;
    esac
    shift
done
case "$MODE" in embedded|production) ;; *) die "--mode must be embedded or production" ;; esac
[[ -z "$QDRANT_URL" || "$MODE" == production ]] || die "--qdrant-url is for --mode production"
[[ "$(id -u)" -eq 0 ]] || die "run as root (it boots a container and configures NAT)"
if ! command -v debootstrap >/dev/null || ! command -v systemd-nspawn >/dev/null || ! command -v iptables >/dev/null; then
    echo "==> installing the drill's tools: debootstrap systemd-container iptables"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        debootstrap systemd-container iptables iproute2 > /dev/null \
        || die "could not install debootstrap, systemd-container and iptables"
fi

WORK="${WORK:-$REPO_ROOT/var/drill}"
mkdir -p "$WORK" "$CACHE_DIR/apt-archives"
# One drill at a time on a machine: they share the network namespace, veth and subnet.
exec {LOCK_FD}> "$CACHE_DIR/drill.lock"
flock -n "$LOCK_FD" || die "another drill is running on this machine ($CACHE_DIR/drill.lock)"
WORK="$(cd "$WORK" && pwd)"
ROOTFS="$WORK/rootfs"
NETNS="$MACHINE"
VETH=ve-drill
LOG="$WORK/host.log"
NSPAWN_PID=""

DRILL_STARTED=$(date +%s)
STEP_STARTED=$DRILL_STARTED
RESULTS=()
step() {
    STEP_STARTED=$(date +%s)
    echo
    echo "=== $*"
}
passed() {
    local took=$(( $(date +%s) - STEP_STARTED ))
    echo "--- ok ($took s): $*"
    RESULTS+=("$(printf '%-58s %5d s' "$*" "$took")")
}

# --- the host -----------------------------------------------------------------------------

leader() {
    [[ -n "$NSPAWN_PID" ]] && pgrep -P "$NSPAWN_PID" | head -1
}

# Run a command on the drill host as root, with a clean login-like environment.
inside() {
    local pid
    pid="$(leader)" || true
    if [[ -z "$pid" ]]; then
        echo "drill: the drill host is not running (see $LOG)" >&2
        return 1
    fi
    nsenter -t "$pid" -m -u -i -n -p -C -- /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=dumb \
        "$@"
}

network_up() {
    network_down
    ip netns add "$NETNS"
    ip link add "$VETH" type veth peer name host0 netns "$NETNS"
    ip addr add "$NET_PREFIX.1/30" dev "$VETH"
    ip link set "$VETH" up
    ip netns exec "$NETNS" ip addr add "$NET_PREFIX.2/30" dev host0
    ip netns exec "$NETNS" ip link set host0 up
    ip netns exec "$NETNS" ip link set lo up
    ip netns exec "$NETNS" ip route add default via "$NET_PREFIX.1"
    IP_FORWARD_BEFORE="$(sysctl -n net.ipv4.ip_forward)"
    sysctl -qw net.ipv4.ip_forward=1
    # -I: ahead of any REJECT rules a firewall (ufw, Docker) keeps on this machine.
    iptables -t nat -I POSTROUTING -s "$NET_PREFIX.0/30" -j MASQUERADE
    iptables -I FORWARD -i "$VETH" -j ACCEPT
    iptables -I FORWARD -o "$VETH" -j ACCEPT
}

network_down() {
    iptables -t nat -D POSTROUTING -s "$NET_PREFIX.0/30" -j MASQUERADE 2>/dev/null || true
    iptables -D FORWARD -i "$VETH" -j ACCEPT 2>/dev/null || true
    iptables -D FORWARD -o "$VETH" -j ACCEPT 2>/dev/null || true
    ip link del "$VETH" 2>/dev/null || true
    ip netns del "$NETNS" 2>/dev/null || true
    if [[ -n "${IP_FORWARD_BEFORE:-}" ]]; then
        sysctl -qw net.ipv4.ip_forward="$IP_FORWARD_BEFORE"
        IP_FORWARD_BEFORE=""
    fi
}

boot() {
    # --keep-unit/--register=no: no systemd or machined is needed on the machine running
    # the drill. The mirror's packages are cached across drills (only downloads are saved).
    systemd-nspawn --quiet -D "$ROOTFS" --machine="$MACHINE" --register=no --keep-unit \
        --network-namespace-path="/run/netns/$NETNS" \
        --bind="$CACHE_DIR/apt-archives:/var/cache/apt/archives" \
        --bind-ro="$BUNDLE:/srv/bundle" \
        --boot >> "$LOG" 2>&1 < /dev/null &
    NSPAWN_PID=$!
    local state=""
    for _ in $(seq 120); do
        if leader >/dev/null; then
            # is-system-running exits non-zero for "degraded", which still counts as booted.
            state="$(inside systemctl is-system-running 2>/dev/null || true)"
            [[ "$state" == running || "$state" == degraded ]] && break
        fi
        kill -0 "$NSPAWN_PID" 2>/dev/null || die "the drill host did not boot (see $LOG)"
        sleep 1
    done
    [[ "$state" == running || "$state" == degraded ]] || die "the drill host did not finish booting: $state"
    if [[ "$state" == degraded ]]; then
        inside systemctl --failed --no-legend || true
    fi
}

power_off() {
    [[ -n "$NSPAWN_PID" ]] || return 0
    if kill -0 "$NSPAWN_PID" 2>/dev/null; then
        inside systemctl poweroff >/dev/null 2>&1 || kill -TERM "$NSPAWN_PID" 2>/dev/null || true
        for _ in $(seq 90); do kill -0 "$NSPAWN_PID" 2>/dev/null || break; sleep 1; done
        kill -0 "$NSPAWN_PID" 2>/dev/null && kill -KILL "$NSPAWN_PID" 2>/dev/null
    fi
    wait "$NSPAWN_PID" 2>/dev/null || true
    NSPAWN_PID=""
}

cleanup() {
    local status=$?
    if [[ "$status" -ne 0 && -n "$NSPAWN_PID" ]]; then
        echo "--- the drill host's appliance logs (last 60 lines):" >&2
        inside journalctl --no-pager -n 60 -u 'appliance*' -u nginx >&2 2>/dev/null || true
    fi
    power_off
    network_down
    if [[ "$KEEP" -eq 0 ]]; then
        rm -rf "$ROOTFS"
    else
        echo "kept: $ROOTFS (boot it again: systemd-nspawn -D $ROOTFS --boot)"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. the bundle ------------------------------------------------------------------------

if [[ -z "$BUNDLE" ]]; then
    BUNDLE="$WORK/bundle"
    step "1. offline bundle (deploy/bundle.sh $BUNDLE)"
    head="$(git -C "$REPO_ROOT" rev-parse HEAD)"
    if [[ -f "$BUNDLE/BUNDLE-INFO" ]] && grep -qx "commit: $head" "$BUNDLE/BUNDLE-INFO"; then
        echo "the bundle in $BUNDLE is of this commit already"
    else
        rm -rf "$BUNDLE"
        bash "$REPO_ROOT/deploy/bundle.sh" "$BUNDLE"
    fi
    passed "bundle built ($(du -sh "$BUNDLE" | cut -f1))"
fi
BUNDLE="$(cd "$BUNDLE" && pwd)"
[[ -f "$BUNDLE/MANIFEST.sha256" ]] || die "$BUNDLE is not a bundle (no MANIFEST.sha256)"

# --- the bare host ------------------------------------------------------------------------

step "bare Debian 12 host (debootstrap, systemd as PID 1, own network namespace)"
PRISTINE="$CACHE_DIR/bookworm-rootfs.tar"
if [[ ! -f "$PRISTINE" ]]; then
    scratch="$WORK/debootstrap"
    rm -rf "$scratch"
    # What a minimal server install has: systemd, dbus, apt, ca-certificates, an ip tool.
    debootstrap --variant=minbase \
        --include=systemd,systemd-sysv,dbus,ca-certificates,iproute2,procps,curl \
        bookworm "$scratch" "$MIRROR" > "$WORK/debootstrap.log" 2>&1 \
        || die "debootstrap failed (see $WORK/debootstrap.log)"
    tar -C "$scratch" -cf "$PRISTINE.tmp" . && mv "$PRISTINE.tmp" "$PRISTINE"
    rm -rf "$scratch"
fi
rm -rf "$ROOTFS"
mkdir -p "$ROOTFS"
tar -C "$ROOTFS" -xf "$PRISTINE"
echo "$MACHINE" > "$ROOTFS/etc/hostname"
# As Debian's installer writes it (debootstrap writes none). The site's DNS would resolve
# the appliance's name; here it is the host itself.
cat > "$ROOTFS/etc/hosts" <<EOF
127.0.0.1 localhost
127.0.1.1 $SERVER_NAME $MACHINE
::1 localhost ip6-localhost ip6-loopback
ff02::1 ip6-allnodes
ff02::2 ip6-allrouters
EOF
: > "$LOG"
network_up
boot
# shellcheck disable=SC2016  # expanded on the drill host
inside bash -c '. /etc/os-release; echo "$PRETTY_NAME, systemd $(systemctl --version | head -1 | cut -d" " -f2), python3.11: $(command -v python3.11 || echo absent), postgres: $(command -v psql || echo absent)"'
passed "bare host booted"

# --- 2. install ---------------------------------------------------------------------------

INSTALL=(bash /srv/bundle/source/deploy/install.sh --offline /srv/bundle --server-name "$SERVER_NAME" --mode "$MODE")
[[ -n "$QDRANT_URL" ]] && INSTALL+=(--qdrant-url "$QDRANT_URL")
LOCAL_QDRANT=0
if [[ "$MODE" == production && -z "$QDRANT_URL" ]] && compgen -G "$BUNDLE/qdrant/qdrant_*.deb" >/dev/null; then
    LOCAL_QDRANT=1
fi

if [[ "$MODE" == production && -z "$QDRANT_URL" && "$LOCAL_QDRANT" -eq 0 ]]; then
    step "2. production install without Qdrant's .deb must refuse, explaining why"
    set +e
    inside "${INSTALL[@]}" > "$WORK/install-refused.log" 2>&1
    status=$?
    set -e
    [[ "$status" -eq 3 ]] || die "install.sh exited $status, not 3 (see $WORK/install-refused.log)"
    grep -q -- "--mode embedded" "$WORK/install-refused.log" || die "the refusal does not offer --mode embedded"
    inside test ! -e /opt/appliance || die "the refused install changed the host (/opt/appliance exists)"
    passed "production refused with exit 3 and nothing installed"
    echo "No Qdrant .deb in the bundle: production mode goes no further (bundle.sh --qdrant-deb"
    echo "FILE, or --qdrant-url URL to check all the rest)."
    exit 0
fi

step "2. install.sh --offline (${INSTALL[*]:2})"
if ! inside "${INSTALL[@]}" > "$WORK/install.log" 2>&1; then
    tail -40 "$WORK/install.log" >&2
    die "install.sh failed (all of its output: $WORK/install.log)"
fi
grep -E '^(==>|install\.sh|    )' "$WORK/install.log" || true
passed "installed"

# Without a vector store the steps that ingest, search or answer cannot run; all else can.
PARTIAL=0
SKIPPED=()
if [[ -n "$QDRANT_URL" ]] && ! inside curl -sS -m 5 -o /dev/null "$QDRANT_URL" 2>/dev/null; then
    PARTIAL=1
    echo "NOTE: no Qdrant server answers at $QDRANT_URL: the steps that need the vector store are skipped"
fi
skip() {
    echo "--- skipped (no vector store): $*"
    SKIPPED+=("$*")
}

# --- 3. services, TLS, files --------------------------------------------------------------

step "3. services active, TLS, permissions"
if [[ "$MODE" == embedded ]]; then
    UNITS=(appliance-embedded nginx)
else
    UNITS=(appliance-web appliance-worker appliance-llm-cpu postgresql redis-server nginx)
    [[ "$LOCAL_QDRANT" -eq 1 ]] && UNITS+=(appliance-qdrant)
fi
# /readyz: every component answers (without a vector store: every other one does).
wait_ready() {
    local body=""
    for _ in $(seq 180); do
        body="$(inside curl -sS -m 5 http://127.0.0.1:8000/readyz 2>/dev/null)" || body=""
        if [[ -n "$body" ]] && python3 -c '
import json, sys
checks = json.loads(sys.argv[1]).get("checks", {})
needed = [name for name in checks if not (sys.argv[2] == "1" and name == "vector_store")]
sys.exit(0 if needed and all(checks[name]["ok"] for name in needed) else 1)
' "$body" "$PARTIAL" 2>/dev/null; then
            echo "readyz: $body"
            return 0
        fi
        sleep 2
    done
    echo "readyz: $body" >&2
    die "/readyz did not report the components ready within 6 minutes"
}
wait_ready
for unit in "${UNITS[@]}"; do
    inside systemctl is-active --quiet "$unit" || die "$unit is not active"
    inside systemctl is-enabled --quiet "$unit" 2>/dev/null \
        || [[ "$unit" == postgresql || "$unit" == redis-server ]] || die "$unit is not enabled"
done
echo "active and enabled: ${UNITS[*]}"
inside curl -fsS --cacert /etc/appliance/tls/appliance.crt "https://$SERVER_NAME/healthz" >/dev/null \
    || die "https://$SERVER_NAME/healthz failed with the site's own certificate"
modes="$(inside stat -c '%n %a %U:%G' /etc/appliance/appliance.env /var/lib/appliance /etc/appliance/tls/appliance.key)"
echo "$modes"
grep -qx '/etc/appliance/appliance.env 640 root:appliance' <<< "$modes" || die "appliance.env mode/owner"
grep -qx '/var/lib/appliance 751 appliance:appliance' <<< "$modes" || die "/var/lib/appliance mode/owner"
grep -qx '/etc/appliance/tls/appliance.key 600 root:root' <<< "$modes" || die "TLS key mode/owner"
inside appliance-manage check --deploy --fail-level WARNING || die "check --deploy reports problems"
passed "services active and enabled; HTTPS with the site's certificate; check --deploy clean"

# --- 4. organization, users, documents ----------------------------------------------------

step "4. organization, users and the demo documents (appliance-manage)"
if [[ "$PARTIAL" -eq 1 ]]; then
    echo "(no vector store: the organization and users only)"
fi
PASSWORD="drill-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
inside appliance-manage createorg "$ORG" --name "ドリル株式会社" >/dev/null
inside appliance-manage createorg "$ORG-other" --name "別会社" >/dev/null
inside appliance-manage createuser drill-admin --org "$ORG" --admin --password-stdin <<< "$PASSWORD" >/dev/null
inside appliance-manage createuser drill-member --org "$ORG" --password-stdin <<< "$PASSWORD" >/dev/null
if [[ "$PARTIAL" -eq 0 ]]; then
# Copied where the service user can read them, as an operator would from a share.
inside bash -c 'rm -rf /tmp/demo && cp -r /srv/bundle/source/deploy/demo-documents /tmp/demo && chmod -R a+rX /tmp/demo'
# One is kept back for step 5, where an admin uploads it through the web form.
inside rm "/tmp/demo/$UPLOADED_LATER"
inside appliance-manage ingest /tmp/demo --org "$ORG" --wait --json > "$WORK/ingest.json" \
    || die "ingest failed (see $WORK/ingest.json)"
inside python3.11 -c '
import json, sys, collections
rows = json.load(open(sys.argv[1]))
print("ingested:", dict(collections.Counter(r["status"] for r in rows)))
bad = [r for r in rows if r["status"] != "indexed"]
sys.exit(f"not indexed: {bad}" if bad or not rows else 0)
' /dev/stdin < "$WORK/ingest.json" || die "a demo document was not indexed"
# Same documents and passages in the same order (scores may differ in the last digits).
same_results() {
    python3 -c '
import json, sys
ids = [[(r["document_id"], r["text"]) for r in json.load(open(path))["results"]] for path in sys.argv[1:]]
sys.exit(0 if ids[0] and ids[0] == ids[1] else 1)
' "$1" "$2"
}
search() {
    inside appliance-manage search "$1" --org "$ORG" --user drill-member -k 3 --json
}
QUERY="在宅勤務は週に何日まで"
search "$QUERY" > "$WORK/search-before.json"
inside python3.11 -c '
import json, sys
results = json.load(sys.stdin)["results"]
print("top:", [(r["title"], r.get("page")) for r in results])
sys.exit(0 if results and "就業規則" in results[0]["title"] else "the top result is not 就業規則")
' < "$WORK/search-before.json" || die "search did not find 就業規則"
passed "org, 2 users, 8 demo documents indexed, search finds 就業規則"
else
    passed "org and 2 users"
    skip "4. ingest the demo documents and search"
fi

# --- 5. a user over HTTPS -----------------------------------------------------------------

step "5. from another machine: log in over HTTPS through nginx and ask (streamed, cited)"
ASK=(--question "在宅勤務は週に何日までできますか？")
# An admin's upload through the form: a Japanese Word file to index, a truncated PDF to fail.
# (Step 4 left that one out of its ingest.)
head -c 2000 "$REPO_ROOT/deploy/demo-documents/就業規則.pdf" > "$WORK/壊れた規程.pdf"
UPLOAD=(--admin drill-admin --upload "$REPO_ROOT/deploy/demo-documents/$UPLOADED_LATER" --upload-bad "$WORK/壊れた規程.pdf")
if [[ "$PARTIAL" -eq 1 ]]; then
    ASK=()
    UPLOAD=()
fi
# From this machine, as a browser elsewhere on the network: to the host's address, no DNS.
python3 "$SCRIPT_DIR/https_check.py" --url "https://$SERVER_NAME" --connect "$NET_PREFIX.2" \
    --ca "$ROOTFS/etc/appliance/tls/appliance.crt" --org "$ORG" --other-org "$ORG-other" --user drill-member \
    "${ASK[@]}" "${UPLOAD[@]}" <<< "$PASSWORD" | tee "$WORK/https.json" \
    || die "the HTTPS round trip failed (see $WORK/https.json)"
if [[ "$PARTIAL" -eq 0 ]]; then
    passed "login, Secure cookies, streamed cited answer, 404s; admin upload: indexed, failed with reason, 413"
else
    passed "login over HTTPS, Secure cookies, 404s"
    skip "5. ask a question"
fi

# --- 6. idempotence -----------------------------------------------------------------------

fingerprint() {
    inside bash -c 'find /etc/appliance /opt/appliance/app /etc/systemd/system /etc/nginx /usr/local/bin \
        /etc/redis /var/lib/appliance/models -type f -print0 2>/dev/null | sort -z | xargs -0 sha256sum'
    local unit
    for unit in "${UNITS[@]}"; do
        inside systemctl show -p MainPID -p ActiveEnterTimestampMonotonic "$unit" | tr '\n' ' '
        echo "$unit"
    done
}
step "6. install.sh again: nothing changes, nothing restarts"
fingerprint > "$WORK/fingerprint-1"
inside "${INSTALL[@]}" > "$WORK/install-again.log" 2>&1 || die "the second install.sh failed (see $WORK/install-again.log)"
fingerprint > "$WORK/fingerprint-2"
if ! diff -u "$WORK/fingerprint-1" "$WORK/fingerprint-2"; then
    die "the second run changed files or restarted services (diff above)"
fi
passed "second run: $(wc -l < "$WORK/fingerprint-1") files and ${#UNITS[@]} services unchanged"

# --- 7. backup, wipe, restore -------------------------------------------------------------

step "7. backup -> wipe -> restore (deploy/README.md, restore drill)"
if [[ "$PARTIAL" -eq 1 ]]; then
    skip "7. backup -> wipe -> restore (restore rebuilds the vectors)"
else
search "$QUERY" > "$WORK/search-before.json"  # what the backup holds, the upload included
inside appliance-manage backup /var/backups/appliance/drill --json > "$WORK/backup.json" || die "backup failed"
cat "$WORK/backup.json"; echo
# Written after the backup: the restore must take it away again (or it restored nothing).
inside appliance-manage createuser drill-after-backup --org "$ORG" --password-stdin <<< "$PASSWORD" >/dev/null
if [[ "$MODE" == embedded ]]; then
    inside systemctl stop appliance-embedded
else
    inside systemctl stop appliance-web appliance-worker
fi
inside appliance-manage restore /var/backups/appliance/drill --yes --json > "$WORK/restore.json" || die "restore failed"
cat "$WORK/restore.json"; echo
python3 -c '
import json, sys
backup, restore, ingested = (json.load(open(path)) for path in sys.argv[1:])
# The documents that were searchable: those of the CLI ingest and the upload of step 5.
indexed = sum(1 for row in ingested if row["status"] == "indexed") + 1
problems = [
    what for what, ok in (
        ("wiped", restore["wiped"] is True),
        ("counts", restore["counts"] == backup["counts"]),
        ("originals", restore["originals"] == backup["originals"] > 0),
        ("reindexed", restore["reindexed"] == indexed),
        ("unfinished_documents", restore["unfinished_documents"] == 0),
        ("warnings", restore["warnings"] == []),
    ) if not ok
]
sys.exit(f"restore summary does not match the backup: {problems}" if problems else 0)
' "$WORK/backup.json" "$WORK/restore.json" "$WORK/ingest.json" || die "the restore did not bring back what the backup held"
if inside appliance-manage createuser drill-after-backup --org "$ORG" --password-stdin <<< "$PASSWORD" >/dev/null 2>&1; then
    :  # the user made after the backup was gone, so it could be made again
else
    die "a user created after the backup survived the restore"
fi
inside systemctl start appliance.target
wait_ready
search "$QUERY" > "$WORK/search-after.json"
same_results "$WORK/search-before.json" "$WORK/search-after.json" \
    || die "search results differ after the restore ($WORK/search-before.json, search-after.json)"
passed "restored: same counts, the same search results"
fi

step "7b. the nightly backup timer, its service run now"
inside systemctl is-enabled --quiet appliance-backup.timer || die "appliance-backup.timer is not enabled"
inside systemctl is-active --quiet appliance-backup.timer || die "appliance-backup.timer is not active"
inside systemctl start appliance-backup.service || die "appliance-backup.service failed"
made="$(inside find /var/backups/appliance -mindepth 2 -maxdepth 2 -path '*/20*/manifest.json')"
[[ -n "$made" && "$(wc -l <<< "$made")" -eq 1 ]] \
    || die "appliance-backup.service did not write one backup under /var/backups/appliance: $made"
inside grep -q '"format": "appliance-backup"' "$made" || die "$made is not a complete backup's manifest"
passed "timer enabled and active; the service wrote a complete backup"

# --- 8. upgrade and reboot ----------------------------------------------------------------

step "8. install.sh --upgrade, then power off and boot again"
inside "${INSTALL[@]}" --upgrade > "$WORK/install-upgrade.log" 2>&1 || die "--upgrade failed (see $WORK/install-upgrade.log)"
wait_ready
power_off
boot
wait_ready
for unit in "${UNITS[@]}"; do
    inside systemctl is-active --quiet "$unit" || die "$unit did not come back after the reboot"
done
if [[ "$PARTIAL" -eq 0 ]]; then
    search "$QUERY" > "$WORK/search-reboot.json"
    same_results "$WORK/search-before.json" "$WORK/search-reboot.json" \
        || die "search results differ after upgrade and reboot"
fi
passed "upgraded; after a reboot everything came back by itself"

echo
echo "=== drill passed in $(( $(date +%s) - DRILL_STARTED )) s ($MODE mode, bundle $(sed -n 's/^commit: //p' "$BUNDLE/BUNDLE-INFO" | cut -c1-12))"
printf '  %s\n' "${RESULTS[@]}"
if [[ "${#SKIPPED[@]}" -gt 0 ]]; then
    echo "  skipped, for want of a vector store at $QDRANT_URL:"
    printf '    %s\n' "${SKIPPED[@]}"
fi
