package se.stegvis.catalogue;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.CatalogueApi;
import se.stegvis.api.generated.model.InterventionType;
import se.stegvis.api.generated.model.InterventionTypeInput;
import se.stegvis.api.generated.model.Instrument;
import se.stegvis.api.generated.model.InstrumentInput;
import se.stegvis.assessment.InstrumentService;
import se.stegvis.common.security.Roles;
import se.stegvis.intervention.InterventionTypeService;

public class CatalogueResource implements CatalogueApi {

    @Inject
    CatalogueService catalogue;

    @Inject
    InterventionTypeService interventionTypes;

    @Inject
    InstrumentService instruments;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.PARTNER_CASEWORKER, Roles.PARTNER_SYSTEM, Roles.ANALYST, Roles.ADMIN })
    public Response listMunicipalities() {
        return Response.ok(catalogue.municipalities()).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.PARTNER_CASEWORKER, Roles.PARTNER_SYSTEM, Roles.ANALYST, Roles.ADMIN })
    public Response listOrganisations() {
        return Response.ok(catalogue.organisations()).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST, Roles.ADMIN })
    public Response listInstruments() {
        return Response.ok(catalogue.instruments()).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST, Roles.ADMIN })
    public Response getInstrument(UUID instrumentId) {
        return Response.ok(catalogue.instrument(instrumentId)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST, Roles.ADMIN })
    public Response listInterventionTypes(UUID projectId) {
        return Response.ok(interventionTypes.catalogue(projectId)).build();
    }

    @Override
    @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.ADMIN })
    public Response createInterventionType(InterventionTypeInput input) {
        InterventionType created = interventionTypes.create(input);
        return Response.created(URI.create("intervention-types/" + created.getId())).entity(created).build();
    }

    @Override
    @RolesAllowed({ Roles.PROJECT_MANAGER, Roles.ADMIN })
    public Response createInstrument(InstrumentInput input) {
        Instrument created = instruments.create(input);
        return Response.created(URI.create("instruments/" + created.getId())).entity(created).build();
    }
}
