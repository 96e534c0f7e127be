package com.reelwise.ui;

import com.reelwise.people.NewProfile;
import com.reelwise.people.PersonLists;
import com.reelwise.people.ProfileAccessException;
import com.reelwise.people.ProfileStore;
import com.reelwise.people.Verdict;
import com.reelwise.problems.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The visitor's saved lists as a page sees them. A browser with a {@link ProfileCookie} sees its profile; one
 * without gets a profile, and the cookie, at its first save, so visits that save nothing (people looking
 * around, crawlers) write no rows. A stale or foreign cookie counts as none. When the database is down the
 * page keeps working from memory and the next change tries again.
 */
public class MyLists {

    private final ProfileStore store;
    private final ProfileCookie cookie;
    private ProfileCookie.Credentials credentials;
    private PersonLists lists;

    private MyLists(ProfileStore store, ProfileCookie cookie) {
        this.store = store;
        this.cookie = cookie;
    }

    /**
     * Opens the profile the visitor's cookie names, if any. Never throws for a database problem: the returned
     * lists are then empty and {@link #problem()} says why.
     */
    public static MyLists open(ProfileStore store, ProfileCookie cookie) {
        MyLists mine = new MyLists(store, cookie);
        mine.problem = mine.tryLoad(false);
        return mine;
    }

    private String problem;

    private String tryLoad(boolean createIfNone) {
        try {
            Optional<ProfileCookie.Credentials> remembered = cookie.read();
            if (remembered.isPresent()) {
                try {
                    lists = store.open(remembered.get().profileId(), remembered.get().key());
                    credentials = remembered.get();
                    return null;
                } catch (ProfileAccessException stale) {
                    // The profile is gone (another database) or the cookie was tampered with: start afresh.
                }
            }
            if (!createIfNone) {
                return null;
            }
            NewProfile created = store.create(null);
            credentials = new ProfileCookie.Credentials(created.lists().profileId(), created.key());
            cookie.write(credentials);
            lists = created.lists();
            return null;
        } catch (RuntimeException storageDown) {
            return storageDown.getMessage();
        }
    }

    /** Why saving does not work right now, or null when it does. */
    public String problem() {
        return problem;
    }

    /** The profile's name; empty before the first save, and "Guest (not saved)" while the database is down. */
    public String name() {
        if (lists == null) {
            return problem == null ? "" : "Guest (not saved)";
        }
        return lists.name();
    }

    public List<Integer> liked() {
        return lists == null ? List.of() : lists.liked();
    }

    public List<Integer> disliked() {
        return lists == null ? List.of() : lists.disliked();
    }

    public List<Integer> myFilms() {
        return lists == null ? List.of() : lists.myFilms();
    }

    /** The person's own stars per movie id, oldest first. */
    public Map<Integer, Float> stars() {
        return lists == null ? Map.of() : lists.stars();
    }

    /** Saves (or, with null, clears) the person's stars for a movie. */
    public void setStars(int movieId, Float stars) {
        change(c -> store.setStars(c.profileId(), c.key(), movieId, stars));
    }

    public void like(int movieId) {
        change(c -> store.setVerdict(c.profileId(), c.key(), movieId, Verdict.LIKE));
    }

    public void dislike(int movieId) {
        change(c -> store.setVerdict(c.profileId(), c.key(), movieId, Verdict.DISLIKE));
    }

    public void clearVerdict(int movieId) {
        change(c -> store.setVerdict(c.profileId(), c.key(), movieId, null));
    }

    public void addFilm(int movieId) {
        change(c -> store.addFilm(c.profileId(), c.key(), movieId));
    }

    public void removeFilm(int movieId) {
        change(c -> store.removeFilm(c.profileId(), c.key(), movieId));
    }

    public void rename(String name) {
        change(c -> store.rename(c.profileId(), c.key(), name));
    }

    /** Runs one change; a database problem is thrown to the caller (who shows it) and remembered. */
    private void change(Function<ProfileCookie.Credentials, PersonLists> work) {
        if (credentials == null) {
            problem = tryLoad(true);
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
        }
        try {
            lists = work.apply(credentials);
            problem = null;
        } catch (RuntimeException e) {
            if (!(e instanceof InvalidInputException)) {
                problem = e.getMessage();
            }
            throw e;
        }
    }
}
