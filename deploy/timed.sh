#!/usr/bin/env bash
# deploy/timed.sh "WHAT" COMMAND [ARGS...]: run COMMAND, then say how long WHAT took.
# `make run` and `make install` wrap each of their steps in it, so a first run (minutes of
# packages, a llama.cpp build, the model) shows where the time went.
set -uo pipefail
what="$1"
shift
started=$(date +%s)
"$@"
status=$?
elapsed=$(( $(date +%s) - started ))
if (( elapsed >= 60 )); then took="$(( elapsed / 60 )) min $(( elapsed % 60 )) s"; else took="${elapsed} s"; fi
if (( status == 0 )); then
    echo "${what}: done in ${took}"
else
    echo "${what}: failed after ${took} (exit ${status})" >&2
fi
exit "$status"
