package se.stegvis.me;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.Assignment;
import se.stegvis.api.generated.model.Me;
import se.stegvis.api.generated.model.Role;
import se.stegvis.common.security.AccessScope;
import se.stegvis.common.security.CurrentUser;
import se.stegvis.project.ProjectRepository;

@ApplicationScoped
@Transactional
public class MeService {

    @Inject
    CurrentUser user;

    @Inject
    AccessScope scope;

    @Inject
    ProjectRepository projects;

    public Me me() {
        List<Role> roles = user.roles().stream()
                .filter(r -> java.util.Arrays.stream(Role.values()).anyMatch(v -> v.toString().equals(r)))
                .map(Role::fromValue)
                .sorted()
                .toList();
        Map<UUID, List<String>> byProject = new LinkedHashMap<>();
        for (AccessScope.Assignment a : scope.assignments()) {
            List<String> codes = byProject.computeIfAbsent(a.projectId(), k -> new ArrayList<>());
            if (a.municipalityCode() != null) {
                codes.add(a.municipalityCode());
            }
        }
        Map<UUID, String> names = projects.names(byProject.keySet());
        List<Assignment> assignments = byProject.entrySet().stream()
                .map(e -> new Assignment(e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
        Me me = new Me(user.id(), user.username(), user.displayName(), new ArrayList<>(roles), new ArrayList<>(assignments));
        me.setOrganisationCode(user.organisationCode());
        return me;
    }
}
