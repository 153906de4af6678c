package se.stegvis.catalogue;

import se.stegvis.common.web.Sql;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.Instrument;
import se.stegvis.api.generated.model.Municipality;
import se.stegvis.api.generated.model.Organisation;
import se.stegvis.api.generated.model.OrganisationType;
import se.stegvis.assessment.InstrumentMapper;
import se.stegvis.assessment.InstrumentRepository;
import se.stegvis.common.error.ApiException;

/** Reference data: read-only, the same for every caller. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogueService {

    @Inject
    EntityManager em;

    @Inject
    InstrumentRepository instruments;

    public List<Municipality> municipalities() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m.code, m.name, c.code, c.name FROM municipality m JOIN county c ON c.code = m.county_code
                ORDER BY m.code""").getResultList();
        return rows.stream()
                .map(r -> new Municipality((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    public List<Organisation> organisations() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, code, name, type, municipality_code FROM organisation ORDER BY name").getResultList();
        return rows.stream().map(r -> {
            Organisation o = new Organisation(Sql.uuid(r[0]), (String) r[1], (String) r[2], OrganisationType.fromValue((String) r[3]));
            o.setMunicipalityCode((String) r[4]);
            return o;
        }).toList();
    }

    public List<Instrument> instruments() {
        return instruments.allOrdered().stream().map(InstrumentMapper::toDto).toList();
    }

    public Instrument instrument(UUID id) {
        return instruments.findByIdOptional(id).map(InstrumentMapper::toDto)
                .orElseThrow(() -> ApiException.notFound("Instrument"));
    }
}
