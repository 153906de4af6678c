package se.stegvis.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import se.stegvis.api.generated.model.BudgetRow;
import se.stegvis.api.generated.model.CountCell;
import se.stegvis.api.generated.model.GoalAttainment;
import se.stegvis.api.generated.model.NumberCell;
import se.stegvis.api.generated.model.ReferralFunnelRow;
import se.stegvis.api.generated.model.ShareCell;
import se.stegvis.api.generated.model.SusListRow;

/**
 * The API leaves out null fields, but a report cell always carries its {@code value} (null when
 * suppressed): the contract requires it, so that a partner's generated client reads every cell
 * the same way. These schemas' nulls are therefore written out.
 */
@Singleton
public class ReportJson implements ObjectMapperCustomizer {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    private interface WithNulls {
    }

    /** The SUS variables and exit outcome are whole objects: left out when not recorded. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    private interface SusListRowNulls {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        se.stegvis.api.generated.model.SusStatus getSusEntry();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        se.stegvis.api.generated.model.SusStatus getSusExit();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        se.stegvis.api.generated.model.ExitOutcome getExitOutcome();
    }

    @Override
    public void customize(ObjectMapper mapper) {
        for (Class<?> c : new Class<?>[] { CountCell.class, ShareCell.class, NumberCell.class, GoalAttainment.class,
                ReferralFunnelRow.class, BudgetRow.class }) {
            mapper.addMixIn(c, WithNulls.class);
        }
        mapper.addMixIn(SusListRow.class, SusListRowNulls.class);
    }
}
