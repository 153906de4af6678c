package se.stegvis.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** An assessment instrument version (BIP-11, SKAPA, a well-being survey): data, not code. */
@Entity
@Table(name = "instrument")
public class InstrumentEntity {

    @Id
    public UUID id;

    public String code;

    public int version;

    @Column(name = "name_sv")
    public String nameSv;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_sv")
    public String descriptionSv;

    @Column(name = "scale_min")
    public int scaleMin;

    @Column(name = "scale_max")
    public int scaleMax;

    public String purpose;

    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "instrument_id")
    @OrderBy("position")
    public List<InstrumentItemEntity> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "instrument_scale_step", joinColumns = @JoinColumn(name = "instrument_id"))
    @OrderBy("value")
    public List<ScaleStep> steps = new ArrayList<>();

    @Embeddable
    public static class ScaleStep {
        public int value;

        @Column(name = "label_sv")
        public String labelSv;

        @Column(name = "label_en")
        public String labelEn;
    }

    public Optional<InstrumentItemEntity> item(String key) {
        return items.stream().filter(i -> i.itemKey.equals(key)).findFirst();
    }

    public boolean onScale(int value) {
        return value >= scaleMin && value <= scaleMax;
    }
}
