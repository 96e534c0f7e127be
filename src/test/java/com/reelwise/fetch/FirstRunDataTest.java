package com.reelwise.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh machine's first start against a loopback stub of GroupLens (the real one is unreachable here). */
class FirstRunDataTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private byte[] zip;
    private String md5;
    private int requests;

    @BeforeEach
    void start() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("ml-latest-small/ratings.csv"));
            out.write("userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,2,3.0,964981247\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("ml-latest-small/movies.csv"));
            out.write("movieId,title,genres\n1,Toy Story (1995),Animation\n2,Jumanji (1995),Adventure\n".getBytes(StandardCharsets.UTF_8));
        }
        zip = bytes.toByteArray();
        md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(zip));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ml-latest-small.zip", exchange -> {
            requests++;
            exchange.sendResponseHeaders(200, zip.length);
            exchange.getResponseBody().write(zip);
            exchange.close();
        });
        server.createContext("/ml-latest-small.zip.md5", exchange -> {
            byte[] body = (md5 + "  ml-latest-small.zip\n").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI stub() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Test
    void anEmptyDataDirectoryGetsMlLatestSmallOnce() {
        var first = FirstRunData.ensure(dir, "auto", true, stub());
        var second = FirstRunData.ensure(dir, "auto", true, stub());

        assertThat(first).isPresent();
        assertThat(first.get().name()).isEqualTo("ml-latest-small");
        assertThat(first.get().ratingsFile()).exists();
        assertThat(second).isPresent();
        assertThat(requests).isEqualTo(1);
    }

    @Test
    void theFlagTurnsItOff() {
        assertThat(FirstRunData.ensure(dir, "auto", false, stub())).isEmpty();
        assertThat(requests).isZero();
    }

    @Test
    void aDamagedDownloadStartsWithoutRatings() {
        md5 = "00000000000000000000000000000000";
        assertThat(FirstRunData.ensure(dir, "auto", true, stub())).isEmpty();
        assertThat(dir.resolve("ml-latest-small")).doesNotExist();
    }

    @Test
    void anUnreachableServerStartsWithoutRatings() {
        server.stop(0);
        assertThat(FirstRunData.ensure(dir, "auto", true, stub())).isEmpty();
    }
}
