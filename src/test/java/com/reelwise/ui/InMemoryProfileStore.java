package com.reelwise.ui;

import com.reelwise.catalog.Catalog;
import com.reelwise.people.NewProfile;
import com.reelwise.people.PersonLists;
import com.reelwise.people.ProfileStore;
import com.reelwise.people.Verdict;
import com.reelwise.problems.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A profile store in memory for page tests; {@link #down} makes every call fail like an unreachable database. */
class InMemoryProfileStore implements ProfileStore {

    private record Entry(String key, String name, Map<Integer, Verdict> verdicts, Set<Integer> films, Map<Integer, Float> stars) {
    }

    private final Catalog catalog;
    private final Map<UUID, Entry> entries = new HashMap<>();
    String down;

    InMemoryProfileStore(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public NewProfile create(String name) {
        check();
        UUID id = UUID.randomUUID();
        String key = "key-" + id;
        entries.put(id, new Entry(key, name == null ? "Film fan" : name, new LinkedHashMap<>(), new LinkedHashSet<>(), new LinkedHashMap<>()));
        return new NewProfile(lists(id), key);
    }

    @Override
    public PersonLists open(UUID profileId, String key) {
        check();
        return lists(profileId);
    }

    @Override
    public PersonLists rename(UUID profileId, String key, String name) {
        check();
        Entry e = entries.get(profileId);
        entries.put(profileId, new Entry(e.key(), name, e.verdicts(), e.films(), e.stars()));
        return lists(profileId);
    }

    @Override
    public PersonLists setVerdict(UUID profileId, String key, int movieId, Verdict verdict) {
        check();
        known(movieId);
        if (verdict == null) {
            entries.get(profileId).verdicts().remove(movieId);
        } else {
            entries.get(profileId).verdicts().remove(movieId);
            entries.get(profileId).verdicts().put(movieId, verdict);
        }
        return lists(profileId);
    }

    @Override
    public PersonLists addFilm(UUID profileId, String key, int movieId) {
        check();
        known(movieId);
        entries.get(profileId).films().add(movieId);
        return lists(profileId);
    }

    @Override
    public PersonLists removeFilm(UUID profileId, String key, int movieId) {
        check();
        entries.get(profileId).films().remove(movieId);
        return lists(profileId);
    }

    @Override
    public PersonLists setStars(UUID profileId, String key, int movieId, Float stars) {
        check();
        known(movieId);
        entries.get(profileId).stars().remove(movieId);
        if (stars != null) {
            entries.get(profileId).stars().put(movieId, stars);
        }
        return lists(profileId);
    }

    int count() {
        return entries.size();
    }

    /** The only profile created so far (page tests have one visitor). */
    PersonLists only() {
        return lists(entries.keySet().iterator().next());
    }

    private PersonLists lists(UUID id) {
        Entry e = entries.get(id);
        List<Integer> liked = new ArrayList<>();
        List<Integer> disliked = new ArrayList<>();
        e.verdicts().forEach((movie, verdict) -> (verdict == Verdict.LIKE ? liked : disliked).add(movie));
        return new PersonLists(id, e.name(), liked, disliked, List.copyOf(e.films()), e.stars());
    }

    private void known(int movieId) {
        if (catalog.byId(movieId).isEmpty()) {
            throw new InvalidInputException("Unknown movie id " + movieId + ".");
        }
    }

    private void check() {
        if (down != null) {
            throw new IllegalStateException(down);
        }
    }
}
