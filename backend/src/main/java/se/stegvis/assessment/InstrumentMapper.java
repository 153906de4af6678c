package se.stegvis.assessment;

import java.util.ArrayList;

import se.stegvis.api.generated.model.Instrument;
import se.stegvis.api.generated.model.InstrumentItem;
import se.stegvis.api.generated.model.Scale;
import se.stegvis.api.generated.model.ScaleStep;

public final class InstrumentMapper {

    private InstrumentMapper() {
    }

    public static Instrument toDto(InstrumentEntity e) {
        Scale scale = new Scale(e.scaleMin, e.scaleMax, new ArrayList<>(e.steps.stream()
                .map(s -> new ScaleStep(s.value, s.labelSv, s.labelEn)).toList()));
        Instrument dto = new Instrument(e.id, e.code, e.version, e.nameSv, e.nameEn,
                Instrument.PurposeEnum.fromValue(e.purpose), scale,
                new ArrayList<>(e.items.stream().map(InstrumentMapper::item).toList()));
        dto.setDescription(e.descriptionSv);
        return dto;
    }

    private static InstrumentItem item(InstrumentItemEntity i) {
        return new InstrumentItem(i.id, i.itemKey, i.position, i.labelSv, i.labelEn,
                i.participantRates, i.coordinatorRates, i.predictsEmployment);
    }
}
