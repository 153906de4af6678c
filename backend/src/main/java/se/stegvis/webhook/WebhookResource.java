package se.stegvis.webhook;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.WebhooksApi;
import se.stegvis.api.generated.model.WebhookSubscriptionCreated;
import se.stegvis.api.generated.model.WebhookSubscriptionInput;
import se.stegvis.common.security.Roles;

public class WebhookResource implements WebhooksApi {

    @Inject
    WebhookService service;

    @Override
    @RolesAllowed(Roles.PARTNER_SYSTEM)
    public Response createWebhookSubscription(WebhookSubscriptionInput input) {
        WebhookSubscriptionCreated s = service.create(input);
        return Response.created(URI.create("webhook-subscriptions/" + s.getId())).entity(s).build();
    }

    @Override
    @RolesAllowed(Roles.PARTNER_SYSTEM)
    public Response deleteWebhookSubscription(UUID subscriptionId) {
        service.delete(subscriptionId);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed(Roles.PARTNER_SYSTEM)
    public Response listWebhookDeliveries(UUID subscriptionId, Integer limit) {
        return Response.ok(service.deliveries(subscriptionId, limit == null ? 50 : limit)).build();
    }

    @Override
    @RolesAllowed(Roles.PARTNER_SYSTEM)
    public Response listWebhookSubscriptions() {
        return Response.ok(service.list()).build();
    }
}
