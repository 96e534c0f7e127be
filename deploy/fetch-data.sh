#!/usr/bin/env bash
# Image build step 2: MovieLens into DATA_DIR with the project's fetch-data command (checksummed,
# skips what is already there). TMDB enrichment runs only when a TMDB key is given as a build secret
# (/run/secrets/TMDB_API_KEY on Hugging Face) or in the environment; the key is never written to a layer.
# Usage: deploy/fetch-data.sh DATA_DIR [DATASET]    (run from the project root, after build-app.sh)
set -euo pipefail
data="${1:?usage: deploy/fetch-data.sh DATA_DIR [DATASET]}"
dataset="${2:-ml-latest-small}"
args="--data-dir $data --dataset $dataset"
# A mirror serving the same <name>.zip and <name>.zip.md5 (the build's MOVIELENS_URL argument); GroupLens otherwise.
if [ -n "${MOVIELENS_URL:-}" ]; then
  args="$args --movielens-url $MOVIELENS_URL"
fi
if [ -z "${TMDB_API_KEY:-}" ] && [ -r /run/secrets/TMDB_API_KEY ]; then
  TMDB_API_KEY="$(cat /run/secrets/TMDB_API_KEY)"
fi
if [ -n "${TMDB_API_KEY:-}" ]; then
  export TMDB_API_KEY
  args="$args --tmdb"
fi
mvn -B -q -Pproduction exec:java@fetch-data -Dexec.args="$args"
