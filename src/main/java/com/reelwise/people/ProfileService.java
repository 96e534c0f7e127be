package com.reelwise.people;

import com.reelwise.catalog.Catalog;
import com.reelwise.problems.InvalidInputException;
import com.reelwise.recommend.RequestValidator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profiles in the database through Spring Data JPA. Each change runs in its own transaction and the method
 * returns only after the commit, so an acknowledged change is on disk (see README "People and persistence").
 * Writes are serialised: H2's MVStore folds a commit into one already in progress on another thread, and
 * one writer at a time keeps "committed" and "written to the file" the same moment; the lists are small.
 */
@Service
class ProfileService implements ProfileStore {

    static final int MAX_NAME_CHARS = 80;
    private static final Logger log = LoggerFactory.getLogger(ProfileService.class);

    private final ProfileRepository profiles;
    private final FeedbackRepository feedback;
    private final SavedFilmRepository films;
    private final StarRatingRepository stars;
    private final TransactionTemplate transactions;
    private final PeopleDatabase database;
    private final Catalog catalog;
    private final SecretKeys keys = new SecretKeys();
    private final Clock clock = Clock.systemUTC();
    private final ReentrantLock writes = new ReentrantLock(true);

    ProfileService(ProfileRepository profiles, FeedbackRepository feedback, SavedFilmRepository films, StarRatingRepository stars,
                   PlatformTransactionManager transactionManager, PeopleDatabase database, Catalog catalog) {
        this.profiles = profiles;
        this.feedback = feedback;
        this.films = films;
        this.stars = stars;
        this.transactions = new TransactionTemplate(transactionManager);
        this.database = database;
        this.catalog = catalog;
    }

    @Override
    public NewProfile create(String name) {
        String key = keys.newKey();
        UUID id = UUID.randomUUID();
        String clean = cleanName(name);
        PersonLists lists = write(() -> {
            profiles.save(new ProfileRow(id, clean == null ? "Film fan " + id.toString().substring(0, 4) : clean,
                    SecretKeys.hash(key), clock.instant()));
            return listsOf(profiles.findById(id).orElseThrow());
        });
        return new NewProfile(lists, key);
    }

    @Override
    public PersonLists open(UUID profileId, String key) {
        return read(() -> listsOf(authorised(profileId, key)));
    }

    @Override
    public PersonLists rename(UUID profileId, String key, String name) {
        String clean = cleanName(name);
        if (clean == null) {
            throw new InvalidInputException("A profile name cannot be empty.");
        }
        return write(() -> {
            ProfileRow row = authorised(profileId, key);
            row.rename(clean);
            return listsOf(row);
        });
    }

    @Override
    public PersonLists setVerdict(UUID profileId, String key, int movieId, Verdict verdict) {
        requireKnown(movieId);
        return write(() -> {
            ProfileRow row = authorised(profileId, key);
            MovieOfProfile id = new MovieOfProfile(profileId, movieId);
            if (verdict == null) {
                feedback.deleteById(id);
            } else {
                feedback.findById(id).ifPresentOrElse(f -> f.change(verdict, clock.instant()), () -> {
                    if (feedback.findByProfileIdOrderByUpdatedAscMovieIdAsc(profileId).size() >= RequestValidator.MAX_MOVIES) {
                        throw new InvalidInputException("A profile can hold at most " + RequestValidator.MAX_MOVIES
                                + " likes and dislikes; clear some first.");
                    }
                    feedback.save(new FeedbackRow(profileId, movieId, verdict, clock.instant()));
                });
            }
            feedback.flush();
            return listsOf(row);
        });
    }

    @Override
    public PersonLists setStars(UUID profileId, String key, int movieId, Float given) {
        requireKnown(movieId);
        String bad = ProfileStore.badStars(given);
        if (bad != null) {
            throw new InvalidInputException(bad);
        }
        return write(() -> {
            ProfileRow row = authorised(profileId, key);
            MovieOfProfile id = new MovieOfProfile(profileId, movieId);
            if (given == null) {
                stars.deleteById(id);
            } else {
                stars.findById(id).ifPresentOrElse(s -> s.change(given, clock.instant()), () -> {
                    if (stars.findByProfileIdOrderByUpdatedAscMovieIdAsc(profileId).size() >= RequestValidator.MAX_MOVIES) {
                        throw new InvalidInputException("A profile can hold at most " + RequestValidator.MAX_MOVIES
                                + " star ratings; clear some first.");
                    }
                    stars.save(new StarRatingRow(profileId, movieId, given, clock.instant()));
                });
            }
            stars.flush();
            return listsOf(row);
        });
    }

    @Override
    public PersonLists addFilm(UUID profileId, String key, int movieId) {
        requireKnown(movieId);
        return write(() -> {
            ProfileRow row = authorised(profileId, key);
            MovieOfProfile id = new MovieOfProfile(profileId, movieId);
            if (!films.existsById(id)) {
                if (films.findByProfileIdOrderByAddedAscMovieIdAsc(profileId).size() >= RequestValidator.MAX_MOVIES) {
                    throw new InvalidInputException("My films can hold at most " + RequestValidator.MAX_MOVIES + " films; remove some first.");
                }
                films.save(new SavedFilmRow(profileId, movieId, clock.instant()));
                films.flush();
            }
            return listsOf(row);
        });
    }

    @Override
    public PersonLists removeFilm(UUID profileId, String key, int movieId) {
        requireKnown(movieId);
        return write(() -> {
            ProfileRow row = authorised(profileId, key);
            films.deleteById(new MovieOfProfile(profileId, movieId));
            films.flush();
            return listsOf(row);
        });
    }

    private ProfileRow authorised(UUID profileId, String key) {
        if (key == null || key.isBlank()) {
            throw ProfileAccessException.missingKey();
        }
        // An unknown id answers like a wrong key, so nobody can probe which profiles exist.
        return profiles.findById(profileId).filter(row -> SecretKeys.matches(key.strip(), row.keyHash()))
                .orElseThrow(() -> ProfileAccessException.wrongKey(profileId));
    }

    private PersonLists listsOf(ProfileRow row) {
        List<Integer> liked = new ArrayList<>();
        List<Integer> disliked = new ArrayList<>();
        for (FeedbackRow f : feedback.findByProfileIdOrderByUpdatedAscMovieIdAsc(row.id())) {
            (f.verdict() == Verdict.LIKE ? liked : disliked).add(f.movieId());
        }
        List<Integer> saved = films.findByProfileIdOrderByAddedAscMovieIdAsc(row.id()).stream().map(SavedFilmRow::movieId).toList();
        Map<Integer, Float> given = new LinkedHashMap<>();
        stars.findByProfileIdOrderByUpdatedAscMovieIdAsc(row.id()).forEach(s -> given.put(s.movieId(), s.stars()));
        return new PersonLists(row.id(), row.name(), liked, disliked, saved, given);
    }

    private void requireKnown(int movieId) {
        if (catalog.byId(movieId).isEmpty()) {
            throw new InvalidInputException("Unknown movie id " + movieId + "; search for titles with /api/movies/search.");
        }
    }

    static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String clean = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (clean.length() > MAX_NAME_CHARS) {
            throw new InvalidInputException("A profile name can be at most " + MAX_NAME_CHARS + " characters (got " + clean.length() + ").");
        }
        return clean.isEmpty() ? null : clean;
    }

    private <T> T write(Supplier<T> work) {
        database.ensureReady();
        writes.lock();
        try {
            return transactions.execute(status -> work.get());
        } catch (DataAccessException | TransactionException e) {
            throw unavailable("Your change was not saved", e);
        } finally {
            writes.unlock();
        }
    }

    private <T> T read(Supplier<T> work) {
        database.ensureReady();
        try {
            return transactions.execute(status -> work.get());
        } catch (DataAccessException | TransactionException e) {
            throw unavailable("Your lists could not be read", e);
        }
    }

    private static StorageUnavailableException unavailable(String what, RuntimeException e) {
        log.warn("Profile database error", e);
        return new StorageUnavailableException(what + ": " + PeopleDatabase.reason(e) + ". Nothing saved earlier is lost; try again.", e);
    }
}
