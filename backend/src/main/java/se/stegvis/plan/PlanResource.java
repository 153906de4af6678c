package se.stegvis.plan;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.PlansApi;
import se.stegvis.api.generated.model.Goal;
import se.stegvis.api.generated.model.GoalInput;
import se.stegvis.api.generated.model.PlanFollowUp;
import se.stegvis.api.generated.model.PlanFollowUpInput;
import se.stegvis.api.generated.model.SubGoal;
import se.stegvis.api.generated.model.SubGoalInput;
import se.stegvis.common.security.Roles;
import se.stegvis.common.web.Versions;

public class PlanResource implements PlansApi {

    @Inject
    PlanService service;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getActionPlan(UUID enrollmentId) {
        return Response.ok(service.get(enrollmentId), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response createGoal(UUID enrollmentId, GoalInput input) {
        Goal g = service.createGoal(enrollmentId, input);
        return Versions.created("goals/" + g.getId(), g, g.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response updateGoal(UUID goalId, GoalInput input, String ifMatch) {
        Goal g = service.updateGoal(goalId, ifMatch, input);
        return Versions.ok(g, g.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response createSubGoal(UUID goalId, SubGoalInput input) {
        SubGoal s = service.createSubGoal(goalId, input);
        return Versions.created("sub-goals/" + s.getId(), s, s.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response updateSubGoal(UUID subGoalId, SubGoalInput input, String ifMatch) {
        SubGoal s = service.updateSubGoal(subGoalId, ifMatch, input);
        return Versions.ok(s, s.getVersion());
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response createPlanFollowUp(UUID enrollmentId, PlanFollowUpInput input) {
        PlanFollowUp f = service.createFollowUp(enrollmentId, input);
        // Follow-ups have no resource of their own; they are read as part of the plan.
        return Response.created(URI.create("enrollments/" + enrollmentId + "/plan")).entity(f).build();
    }
}
