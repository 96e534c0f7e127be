# Reelwise as a Hugging Face Docker Space: port 7860, uid 1000, writable home.
# Every RUN step is a script under deploy/ so deploy/verify-outside-docker.sh can run the same
# commands without a Docker engine.
#
# Data: fetched at image build (deploy/fetch-data.sh: ml-latest-small, about 1 MB, checksummed against
# GroupLens's published MD5), so a start never depends on GroupLens being reachable. MOVIELENS_URL points the
# download at a mirror that serves the same zip and its .md5 (deploy/build-image-offline.sh uses a loopback one).
# TMDB enrichment runs only with the build secret TMDB_API_KEY; the key never enters a layer.
# Models: trained at image build by default (deploy/train-models.sh, every model the app serves), so a
# start only loads them; --build-arg TRAIN_MODELS=false leaves them to the first start instead.

# Stage 1: production jar with the Vaadin frontend bundle (Vaadin installs the Node.js it supports).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
COPY frontend frontend
COPY src src
COPY deploy deploy
COPY model-training/eval/results model-training/eval/results
COPY model-training/eval/newcomer model-training/eval/newcomer
COPY model-training/rating/results model-training/rating/results
COPY docs/report.pdf docs/report.pdf
RUN deploy/build-app.sh /out
ARG MOVIELENS_URL=https://files.grouplens.org/datasets/movielens/
RUN --mount=type=secret,id=TMDB_API_KEY,mode=0444,required=false \
    deploy/fetch-data.sh /out/data ml-latest-small
ARG TRAIN_MODELS=true
RUN deploy/train-models.sh /out/app.jar /out/data /out/models ml-latest-small
RUN deploy/layout.sh /out /out/home/app \
    && cp -r /out/data/. /out/home/app/data/ \
    && cp -r /out/models/. /out/home/app/models/

# Stage 2: JRE only.
FROM eclipse-temurin:17-jre
# Ubuntu 24.04 images ship a user "ubuntu" with uid 1000; Spaces run as uid 1000, so it becomes "user".
# XGBoost4J's native library (the hybrid's ranker) links against OpenMP's libgomp, which the JRE image lacks.
RUN (userdel --remove ubuntu 2>/dev/null || true) \
    && useradd --create-home --uid 1000 --shell /bin/bash user \
    && apt-get update -qq && apt-get install -y -qq --no-install-recommends libgomp1 && rm -rf /var/lib/apt/lists/*
ENV HOME=/home/user \
    APP_HOME=/home/user/app \
    PORT=7860 \
    SPRING_PROFILES_ACTIVE=space
COPY --from=build --chown=1000:1000 /out/home/app /home/user/app
USER 1000
WORKDIR /home/user/app
EXPOSE 7860
# JVM flags, DJL cache/offline settings and OpenMP threads are in deploy/start.sh (explained there).
ENTRYPOINT ["/home/user/app/start.sh"]
