#!/bin/sh
# Writes a folder of about 20 MB of news articles (the project's sample and
# corpus articles, repeated) for the folder benchmarks: make_corpus.sh DIR [MB]
set -eu
dir=${1:?usage: make_corpus.sh DIR [MB]}
mb=${2:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$dir"
set -- "$root"/examples/articles/*.txt "$root"/tests/corpus/*.txt
total=0 n=0
limit=$((mb * 1000 * 1000))
while [ "$total" -lt "$limit" ]; do
  for f in "$@"; do
    sub=$(printf '%03d' $((n / 1000)))
    mkdir -p "$dir/$sub"
    cp "$f" "$dir/$sub/$(printf '%06d' "$n").txt"
    total=$((total + $(wc -c < "$f")))
    n=$((n + 1))
    [ "$total" -ge "$limit" ] && break
  done
done
echo "$n files, $total bytes in $dir"
