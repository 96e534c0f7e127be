#!/usr/bin/env bash
# Image build step 3 (Dockerfile runtime stage): what the running app needs beside the jar.
# Usage: deploy/layout.sh APP_JAR_DIR APP_HOME    (run from the project root)
#   APP_HOME/app.jar, APP_HOME/model-training/eval/results (read by the metrics page),
#   APP_HOME/model-training/eval/newcomer (the chance each card shows), APP_HOME/model-training/rating/results
#   (the metrics page's predicted-stars table), APP_HOME/docs/report.pdf (the report, served at /report.pdf),
#   APP_HOME/models (written by first-start training), APP_HOME/data (the fetched data, copied by the caller).
set -euo pipefail
jar_dir="${1:?usage: deploy/layout.sh APP_JAR_DIR APP_HOME}"
home="${2:?usage: deploy/layout.sh APP_JAR_DIR APP_HOME}"
mkdir -p "$home/models" "$home/data" "$home/model-training/eval" "$home/model-training/rating" "$home/docs"
cp "$jar_dir/app.jar" "$home/app.jar"
cp -r model-training/eval/results "$home/model-training/eval/results"
cp -r model-training/eval/newcomer "$home/model-training/eval/newcomer"
cp -r model-training/rating/results "$home/model-training/rating/results"
cp docs/report.pdf "$home/docs/report.pdf"
cp deploy/start.sh "$home/start.sh"
chmod 755 "$home/start.sh"
