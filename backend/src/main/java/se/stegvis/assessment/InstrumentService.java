package se.stegvis.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.stegvis.api.generated.model.FieldError;
import se.stegvis.api.generated.model.Instrument;
import se.stegvis.api.generated.model.InstrumentInput;
import se.stegvis.api.generated.model.InstrumentItemInput;
import se.stegvis.api.generated.model.ScaleStepInput;
import se.stegvis.common.error.ApiException;

/**
 * Instruments defined by administrators and project managers, so that a project can adopt its
 * own survey without code. An instrument version never changes once created (assessments refer
 * to its items); sending an existing code creates the next version instead.
 *
 * <p>Rules (422 naming the field): the scale runs from a lower to a higher value, with exactly one
 * labelled step for each value between them ({@code scale.steps}); item keys are unique
 * ({@code items[i].key}); each item is rated by the participant, the coordinator or both.
 */
@ApplicationScoped
@Transactional
public class InstrumentService {

    @Inject
    InstrumentRepository instruments;

    public Instrument create(InstrumentInput in) {
        List<FieldError> errors = new ArrayList<>();
        int min = in.getScale().getMin();
        int max = in.getScale().getMax();
        if (max <= min) {
            errors.add(new FieldError("scale.max", "must be above scale.min"));
        } else {
            Set<Integer> values = new HashSet<>();
            boolean stepsOk = true;
            for (ScaleStepInput step : in.getScale().getSteps()) {
                if (step == null || step.getLabel() == null || step.getLabelEn() == null || step.getLabel().isBlank()
                        || step.getLabelEn().isBlank()) {
                    stepsOk = false;
                    continue;
                }
                stepsOk &= step.getValue() >= min && step.getValue() <= max && values.add(step.getValue());
            }
            if (!stepsOk || values.size() != max - min + 1) {
                errors.add(new FieldError("scale.steps", "give exactly one labelled step for each value from "
                        + min + " to " + max));
            }
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < in.getItems().size(); i++) {
            InstrumentItemInput item = in.getItems().get(i);
            if (item == null) {
                errors.add(new FieldError("items[" + i + "]", "must not be null"));
                continue;
            }
            if (!keys.add(item.getKey())) {
                errors.add(new FieldError("items[" + i + "].key", "is used by another item"));
            }
            if (!Boolean.TRUE.equals(item.getParticipantRates()) && !Boolean.TRUE.equals(item.getCoordinatorRates())) {
                errors.add(new FieldError("items[" + i + "].participantRates", "someone must rate the item"));
            }
            if (blank(item.getLabel())) {
                errors.add(new FieldError("items[" + i + "].label", "must not be blank"));
            }
            if (blank(item.getLabelEn())) {
                errors.add(new FieldError("items[" + i + "].labelEn", "must not be blank"));
            }
        }
        if (blank(in.getName())) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (blank(in.getNameEn())) {
            errors.add(new FieldError("nameEn", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        // One version at a time per code: the unique key (code, version) refuses a concurrent twin.
        Integer latest = instruments.getEntityManager()
                .createQuery("SELECT MAX(i.version) FROM InstrumentEntity i WHERE i.code = :code", Integer.class)
                .setParameter("code", in.getCode()).getSingleResult();
        InstrumentEntity e = new InstrumentEntity();
        e.id = UUID.randomUUID();
        e.code = in.getCode();
        e.version = latest == null ? 1 : latest + 1;
        e.nameSv = in.getName().trim();
        e.nameEn = in.getNameEn().trim();
        e.descriptionSv = blank(in.getDescription()) ? null : in.getDescription().trim();
        e.scaleMin = min;
        e.scaleMax = max;
        e.purpose = in.getPurpose().toString();
        instruments.persist(e);
        instruments.flush();
        for (ScaleStepInput step : in.getScale().getSteps().stream()
                .sorted(java.util.Comparator.comparingInt(ScaleStepInput::getValue)).toList()) {
            InstrumentEntity.ScaleStep s = new InstrumentEntity.ScaleStep();
            s.value = step.getValue();
            s.labelSv = step.getLabel().trim();
            s.labelEn = step.getLabelEn().trim();
            e.steps.add(s);
        }
        for (int i = 0; i < in.getItems().size(); i++) {
            InstrumentItemInput input = in.getItems().get(i);
            InstrumentItemEntity item = new InstrumentItemEntity();
            item.id = UUID.randomUUID();
            item.instrumentId = e.id;
            item.position = i + 1;
            item.itemKey = input.getKey();
            item.labelSv = input.getLabel().trim();
            item.labelEn = input.getLabelEn().trim();
            item.participantRates = Boolean.TRUE.equals(input.getParticipantRates());
            item.coordinatorRates = Boolean.TRUE.equals(input.getCoordinatorRates());
            item.predictsEmployment = Boolean.TRUE.equals(input.getPredictsEmployment());
            instruments.getEntityManager().persist(item);
            e.items.add(item);
        }
        instruments.flush();
        return InstrumentMapper.toDto(e);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
