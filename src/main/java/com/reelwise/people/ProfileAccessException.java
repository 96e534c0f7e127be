package com.reelwise.people;

import com.reelwise.problems.Problem;

/** The caller sent no key (unauthenticated) or a key that does not open the profile (forbidden). */
public class ProfileAccessException extends Problem {

    private final boolean keyMissing;

    ProfileAccessException(boolean keyMissing, String message) {
        super(message);
        this.keyMissing = keyMissing;
    }

    /** 401 when no key was sent, 403 when it is the wrong one. */
    @Override
    public int status() {
        return keyMissing ? 401 : 403;
    }

    static ProfileAccessException missingKey() {
        return new ProfileAccessException(true, "Send the profile's secret key in the X-Profile-Key header; "
                + "create a profile with POST /api/profiles to get one.");
    }

    static ProfileAccessException wrongKey(Object profileId) {
        return new ProfileAccessException(false, "This key does not open profile " + profileId
                + "; each person can only read and change their own lists.");
    }

    public boolean keyMissing() {
        return keyMissing;
    }
}
