package com.reelwise.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The {@value #NAME} cookie that ties a browser to its profile: "id.key", HttpOnly, for a year. SameSite and
 * Secure come from {@code reelwise.profile-cookie.*}: Lax over plain HTTP by default, None + Secure where the
 * app runs in another site's iframe (the Hugging Face Space).
 */
@Component
public class ProfileCookie {

    static final String NAME = "rw-profile";
    private static final Duration LIFETIME = Duration.ofDays(365);

    /** The cookie's attributes. */
    @ConfigurationProperties("reelwise.profile-cookie")
    public record Settings(@DefaultValue("Lax") String sameSite, @DefaultValue("false") boolean secure) {
    }

    /** A profile id with its key. */
    public record Credentials(UUID profileId, String key) {

        String encode() {
            return profileId + "." + key;
        }

        static Optional<Credentials> decode(String value) {
            int dot = value == null ? -1 : value.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Credentials(UUID.fromString(value.substring(0, dot)), value.substring(dot + 1)));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        }
    }

    private final Settings settings;

    public ProfileCookie(Settings settings) {
        this.settings = settings;
    }

    /** The credentials the current request carries, if any. */
    public Optional<Credentials> read() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).findFirst().flatMap(c -> Credentials.decode(c.getValue()));
    }

    /** Sets the cookie on the current response (no-op outside a request). */
    public void write(Credentials credentials) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie(credentials));
        }
    }

    Cookie cookie(Credentials credentials) {
        Cookie cookie = new Cookie(NAME, credentials.encode());
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.secure());
        cookie.setPath("/");
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", settings.sameSite());
        return cookie;
    }
}
