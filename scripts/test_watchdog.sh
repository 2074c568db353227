#!/usr/bin/env bash
# Usage: scripts/test_watchdog.sh SECONDS COMMAND...
# Runs COMMAND (the test suite). If it still runs after SECONDS, prints the programs the test process is
# waiting for and every thread's stack, then stops it: a hang ends the run with its cause, not a CI timeout.
set -uo pipefail
limit=$1; shift
"$@" &
suite=$!
(
    for ((second = 0; second < limit; second++)); do
        sleep 1
        kill -0 "$suite" 2>/dev/null || exit 0
    done
    echo "test watchdog: the suite still runs after $limit s; what it is doing:" >&2
    children() { cat /proc/"$1"/task/*/children 2>/dev/null; }
    for test_process in $(children "$suite"); do
        for process in "$test_process" $(children "$test_process"); do
            echo "pid $process: $(tr '\0' ' ' < /proc/"$process"/cmdline 2>/dev/null)" >&2
        done
        if command -v gdb >/dev/null; then
            gdb -p "$test_process" -batch -ex 'thread apply all bt 25' 2>&1 | grep -E '^(Thread|#)' >&2
        elif command -v lldb >/dev/null; then
            lldb -p "$test_process" --batch -o 'thread backtrace all -c 25' 2>&1 >&2
        fi
        kill -KILL $(children "$test_process") "$test_process" 2>/dev/null
    done
    kill "$suite" 2>/dev/null
) &
watchdog=$!
wait "$suite"
status=$?
kill "$watchdog" 2>/dev/null
wait "$watchdog" 2>/dev/null
exit "$status"
