package se.stegvis.report;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import se.stegvis.api.generated.ReportsApi;
import se.stegvis.api.generated.model.ExportFormat;
import se.stegvis.api.generated.model.ReportTable;
import se.stegvis.audit.AuditLog;
import se.stegvis.common.security.Roles;

public class ReportResource implements ReportsApi {

    @Inject
    ReportService reports;

    @Inject
    ReportTables tables;

    @Inject
    SusListService susList;

    @Inject
    AuditLog audit;

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST })
    public Response getParticipantsReport(LocalDate from, LocalDate to, UUID projectId, String municipality,
            LocalDate compareFrom, LocalDate compareTo) {
        return Response.ok(reports.participants(projectId, municipality, from, to, compareFrom, compareTo)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST })
    public Response getReferralsReport(LocalDate from, LocalDate to, UUID projectId, String municipality,
            LocalDate compareFrom, LocalDate compareTo) {
        return Response.ok(reports.referrals(projectId, municipality, from, to, compareFrom, compareTo)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST })
    public Response getOutcomesReport(LocalDate from, LocalDate to, UUID projectId, String municipality,
            LocalDate compareFrom, LocalDate compareTo) {
        return Response.ok(reports.outcomes(projectId, municipality, from, to, compareFrom, compareTo)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST })
    public Response getProgressionReport(LocalDate from, LocalDate to, UUID projectId, String municipality,
            LocalDate compareFrom, LocalDate compareTo) {
        return Response.ok(reports.progression(projectId, municipality, from, to, compareFrom, compareTo)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST })
    public Response getBipSignalsReport(LocalDate from, LocalDate to, UUID projectId, String municipality,
            LocalDate compareFrom, LocalDate compareTo) {
        return Response.ok(reports.bipSignals(projectId, municipality, from, to, compareFrom, compareTo)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST })
    public Response getSusVariablesReport(LocalDate from, LocalDate to, UUID projectId, String municipality,
            LocalDate compareFrom, LocalDate compareTo) {
        return Response.ok(reports.susVariables(projectId, municipality, from, to, compareFrom, compareTo)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST })
    public Response getBudgetReport(LocalDate from, LocalDate to, UUID projectId) {
        return Response.ok(reports.budget(projectId, from, to)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST })
    public Response getPeriodSummary(LocalDate from, LocalDate to, UUID projectId, String municipality,
            LocalDate compareFrom, LocalDate compareTo) {
        return Response.ok(reports.summary(projectId, municipality, from, to, compareFrom, compareTo)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER, Roles.ANALYST })
    public Response exportReportTable(ReportTable table, ExportFormat format, LocalDate from, LocalDate to, UUID projectId,
            String municipality) {
        ExportTable t = tables.table(table, projectId, municipality, from, to);
        // Aggregates hold no participant ids, but who exported which statistics is still worth keeping.
        audit.record(AuditLog.Action.EXPORT, "report/" + table, projectId, java.util.List.of());
        return file(ReportExporter.write(t, format), format, "stegvis-" + table + "-" + from + "-" + to);
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response getSusList(LocalDate from, LocalDate to, UUID projectId, String municipality, Boolean identityNumbers) {
        return Response.ok(susList.list(projectId, municipality, from, to, Boolean.TRUE.equals(identityNumbers),
                AuditLog.Action.LIST)).build();
    }

    @Override
    @RolesAllowed({ Roles.COORDINATOR, Roles.PROJECT_MANAGER })
    public Response exportSusList(ExportFormat format, LocalDate from, LocalDate to, UUID projectId, String municipality,
            Boolean identityNumbers) {
        ExportTable t = susList.table(projectId, municipality, from, to, Boolean.TRUE.equals(identityNumbers));
        return file(ReportExporter.write(t, format), format, "stegvis-sus-" + from + "-" + to);
    }

    private static Response file(byte[] body, ExportFormat format, String baseName) {
        return Response.ok(body, ReportExporter.contentType(format))
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format + "\"").build();
    }
}
