package se.stegvis.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Query;

/**
 * A resolved report request: what it covers (project, municipality), the period, and how small
 * cells are protected for this caller ({@code minCell} 0 means exact counts).
 */
record ReportContext(UUID projectId, String projectName, String municipalityCode, String municipalityName,
        Goals goals, boolean exact, int configuredMinCell, LocalDate today) {

    record Goals(Integer workOrStudiesAtExitPct, Integer stepForwardPct, Integer wellbeingImprovedPct) {
        static final Goals NONE = new Goals(null, null, null);
    }

    /** The threshold to apply: none for a caller who sees exact counts. */
    int minCell() {
        return exact ? 0 : configuredMinCell;
    }

    /** SQL conditions on the fact alias {@code f} (or another alias with the same two columns). */
    String filter(String alias) {
        StringBuilder sb = new StringBuilder(" 1 = 1");
        if (projectId != null) {
            sb.append(" AND ").append(alias).append(".project_id = :rProject");
        }
        if (municipalityCode != null) {
            sb.append(" AND ").append(alias).append(".municipality_code = :rMunicipality");
        }
        return sb.toString();
    }

    Map<String, Object> filterParams() {
        Map<String, Object> p = new HashMap<>();
        if (projectId != null) {
            p.put("rProject", projectId);
        }
        if (municipalityCode != null) {
            p.put("rMunicipality", municipalityCode);
        }
        return p;
    }

    void bind(Query q) {
        filterParams().forEach(q::setParameter);
    }
}
