package se.stegvis.assessment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InstrumentRepository implements PanacheRepositoryBase<InstrumentEntity, UUID> {

    /**
     * Instruments are reference data that only migrations write (a changed instrument is a new
     * version, a new row), so a read may use the copy loaded first, with its items and scale
     * steps, instead of three queries per instrument on every assessment list.
     */
    private final Map<UUID, InstrumentEntity> loaded = new ConcurrentHashMap<>();

    public List<InstrumentEntity> allOrdered() {
        return list("order by code, version");
    }

    /** The instrument for reading only (never change it): see {@link #loaded}. */
    public InstrumentEntity cached(UUID id) {
        InstrumentEntity known = loaded.get(id);
        if (known != null) {
            return known;
        }
        InstrumentEntity found = findById(id);
        if (found == null) {
            return null;
        }
        // Fully loaded (its collections are eager); no one changes it, so sharing it between
        // requests after its session has ended is safe.
        loaded.putIfAbsent(id, found);
        return found;
    }
}
