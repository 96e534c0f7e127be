#!/usr/bin/env bash
# Samples a running server's memory for a load run: RSS and thread counts from /proc, and the JVM's own
# native memory (NMT) total; needs the JVM started with -XX:NativeMemoryTracking=summary.
# Usage: bench/sample-native-memory.sh PID OUT_FILE [SECONDS_BETWEEN=60]
# Takes an NMT baseline first; afterwards `jcmd PID VM.native_memory summary.diff` shows what grew by category.
set -euo pipefail
pid="${1:?usage: sample-native-memory.sh PID OUT_FILE [SECONDS]}"
out="${2:?usage: sample-native-memory.sh PID OUT_FILE [SECONDS]}"
every="${3:-60}"
jcmd "$pid" VM.native_memory baseline > /dev/null
while kill -0 "$pid" 2> /dev/null; do
  # the server may exit between the check and a read: stop quietly then
  rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2> /dev/null) || break
  threads=$(awk '/^Threads/ {print $2}' "/proc/$pid/status" 2> /dev/null) || break
  nmt=$(jcmd "$pid" VM.native_memory summary 2> /dev/null | awk '/^Total:/ {print $3}') || break
  echo "$(date +%H:%M:%S) rss_kb=$rss_kb os_threads=$threads nmt_$nmt" >> "$out"
  sleep "$every"
done
