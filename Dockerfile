# Reelwise as a Hugging Face Docker Space (port 7860, uid 1000).
# Stage 1: production build with the Vaadin frontend bundle.
FROM maven:3.9-eclipse-temurin-17 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY pom.xml .
COPY frontend frontend
COPY src src
RUN mvn -B -Pproduction -DskipTests package

# Stage 2: JRE only.
FROM eclipse-temurin:17-jre
RUN useradd --create-home --uid 1000 user
USER user
ENV HOME=/home/user \
    REELWISE_DATA_DIR=/home/user/data \
    DJL_CACHE_DIR=/home/user/.djl.ai \
    DJL_OFFLINE=true \
    OPT_OUT_TRACKING=true \
    PORT=7860
WORKDIR /home/user/app
COPY --from=build --chown=user /build/target/reelwise-*.jar app.jar
EXPOSE 7860
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-Dai.djl.offline=true", "-jar", "app.jar"]
