#!/bin/sh
# Makes the real loopback captures under test/fixtures/captures/ (needs root, python3, tcpdump,
# and dumpcap/editcap from wireshark-common for pcapng). Each capture is one run of
# scripts/loopback-talk.py; the kernel's final states, as `ss` reports them afterwards, are written
# beside it (NAME.states) for the tests to compare: an end `ss` no longer lists is CLOSED.
set -eu
cd "$(dirname "$0")/.."
out=test/fixtures/captures
mkdir -p "$out"

# The tools, installed when missing (Debian; as root, which capturing needs anyway).
if ! command -v tcpdump >/dev/null || ! command -v dumpcap >/dev/null || ! command -v editcap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends tcpdump wireshark-common
fi

# capture NAME PORT TOOL CAPTURE-ARGS... -- TALK-ARGS...
capture() {
  name=$1; port=$2; tool=$3; shift 3
  args=""; while [ "$1" != "--" ]; do args="$args $1"; shift; done; shift
  rm -f "$out/$name" "$out/$name.raw"
  case $tool in
    # shellcheck disable=SC2086
    tcpdump) tcpdump -n -U -q --immediate-mode $args -w "$out/$name" "tcp port $port" 2>/dev/null & ;;
    # shellcheck disable=SC2086
    tcpdump+editcap) tcpdump -n -U -q --immediate-mode $args -w "$out/$name.raw" "tcp port $port" 2>/dev/null & ;;
    # shellcheck disable=SC2086
    dumpcap) dumpcap -q $args -f "tcp port $port" -w "$out/$name" 2>/dev/null & ;;
  esac
  dump=$!
  sleep 2
  ports=$(python3 scripts/loopback-talk.py "$@")
  sleep 1.5
  : > "$out/$name.states"
  for client in $ports; do
    ss -tanH state all "( sport = :$client or dport = :$client )" | awk '{print $1, $4, $5}' >> "$out/$name.states"
  done
  kill -INT "$dump"; wait "$dump" || true
  if [ "$tool" = tcpdump+editcap ]; then
    editcap -F pcapng "$out/$name.raw" "$out/$name"
    rm -f "$out/$name.raw"
  fi
}

capture ipv4-lo.pcap 18081 tcpdump -i lo -- 127.0.0.1 18081
capture ipv6-lo.pcapng 18082 dumpcap -i lo -- ::1 18082
capture ipv4-any-sll2.pcap 18083 tcpdump -i any -y LINUX_SLL2 -- 127.0.0.1 18083
capture ipv6-any-sll-nano.pcapng 18084 tcpdump+editcap -i any -y LINUX_SLL --time-stamp-precision nano -- ::1 18084
capture ipv4-three.pcap 18085 tcpdump -i lo -- 127.0.0.1 18085 close 3
capture ipv4-reset-nano.pcap 18086 tcpdump -i lo --time-stamp-precision nano -- 127.0.0.1 18086 reset
# examples/21-a-real-loopback-capture.tcpflow is written from this capture: a new run makes new
# numbers, and the lesson is then imported and annotated again.
capture ipv4-lesson-lo.pcap 18090 tcpdump -i lo -- 127.0.0.1 18090 lesson
