package se.stegvis.intervention;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "intervention_type")
public class InterventionTypeEntity {

    @Id
    public UUID id;

    public String code;

    @Column(name = "name_sv")
    public String nameSv;

    @Column(name = "name_en")
    public String nameEn;

    /** job_focused, competence, health or social. */
    public String category;

    @Column(name = "project_id")
    public UUID projectId;

    public boolean active;
}
