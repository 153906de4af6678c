package se.stegvis.assessment;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InstrumentRepository implements PanacheRepositoryBase<InstrumentEntity, UUID> {

    public List<InstrumentEntity> allOrdered() {
        return list("order by code, version");
    }
}
