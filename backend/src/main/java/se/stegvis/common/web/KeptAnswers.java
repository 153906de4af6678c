package se.stegvis.common.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Read answers kept as the JSON sent, for as long as the change stamps they were computed under
 * still hold: the caseload's ({@code CaseloadAnswers}) and the participant page's. They are opened
 * many times a day and change seldom;
 * computing one costs several statements and the mapping, asking whether it changed costs a
 * column or two of the statement that checks the caller's access anyway.
 *
 * <p>The caller reads the fingerprint (the stamps of everything the answer shows, moved by
 * triggers on every change: migration V99) <em>before</em> computing, so a kept answer is never
 * older than the fingerprint it is kept under. Access is never kept: it is checked on every request,
 * in the statement that reads the fingerprint, and only the JSON of an answer every permitted caller
 * would get alike is kept under a key without the caller.
 */
@ApplicationScoped
public class KeptAnswers {

    /** What an answer is of: the operation ({@code kind}) and its subject, and anything else it depends on. */
    public record Key(String kind, Object subject) {
    }

    /** An answer as kept: the JSON sent, and the participants it names (each reading of it is audited). */
    public record Kept(byte[] json, List<UUID> participantIds) {
    }

    private record Answer(String fingerprint, Kept kept) {
    }

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "stegvis.kept-answers.max-bytes", defaultValue = "48000000")
    long maxBytes;

    private Cache<Key, Answer> answers;

    @PostConstruct
    void init() {
        answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key k, Answer a) -> a.kept().json().length + a.fingerprint().length() * 2
                        + a.kept().participantIds().size() * 64 + 128)
                .expireAfterAccess(Duration.ofHours(1))
                .build();
    }

    /**
     * The kept JSON when {@code fingerprint} is the one it was computed under; otherwise the JSON of
     * {@code compute}, kept under {@code fingerprint}.
     */
    public byte[] json(Key key, String fingerprint, Supplier<?> compute) {
        return keep(key, fingerprint, () -> {
            try {
                return new Kept(json.writeValueAsBytes(compute.get()), List.of());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the answer could not be written as JSON", e);
            }
        }).json();
    }

    /** As {@link #json}, for an answer computed as JSON already, with the participants it names. */
    public Kept keep(Key key, String fingerprint, Supplier<Kept> compute) {
        Answer kept = answers.getIfPresent(key);
        if (kept != null && kept.fingerprint().equals(fingerprint)) {
            return kept.kept();
        }
        Kept fresh = compute.get();
        answers.put(key, new Answer(fingerprint, fresh));
        return fresh;
    }
}
