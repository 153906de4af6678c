package se.stegvis.assessment;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "instrument_item")
public class InstrumentItemEntity {

    @Id
    public UUID id;

    @Column(name = "instrument_id")
    public UUID instrumentId;

    public int position;

    @Column(name = "item_key")
    public String itemKey;

    @Column(name = "label_sv")
    public String labelSv;

    @Column(name = "label_en")
    public String labelEn;

    @Column(name = "participant_rates")
    public boolean participantRates;

    @Column(name = "coordinator_rates")
    public boolean coordinatorRates;

    @Column(name = "predicts_employment")
    public boolean predictsEmployment;
}
