package se.stegvis.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import se.stegvis.participant.IdentityNumber;

/**
 * Generates the demo people deterministically from a seeded {@link Random}, relative to {@code today}.
 * Pure Java: it only builds rows; {@link DemoDataLoader} writes them.
 */
final class DemoDataset {

    // --- Fixed ids from demo/base.sql and V2__reference_data.sql ------------------------------
    static final String ANNA = "5e9f1a00-0000-4000-8000-000000000001";
    static final String ERIK = "5e9f1a00-0000-4000-8000-000000000002";
    static final String MARIA = "5e9f1a00-0000-4000-8000-000000000003";
    static final String CRESCO = "30000000-0000-0000-0000-000000000001";
    static final String MAC = "30000000-0000-0000-0000-000000000002";
    static final String REBUS = "30000000-0000-0000-0000-000000000003";
    static final String BIP11 = "20000000-0000-0000-0000-000000000001";
    static final String WELLBEING = "20000000-0000-0000-0000-000000000003";
    private static final String ORG_AF = "40000000-0000-0000-0000-000000000002";
    private static final String ORG_FK = "40000000-0000-0000-0000-000000000003";
    private static final String ORG_SKOVDE_SOC = "40000000-0000-0000-0000-000000000004";
    private static final String ORG_FALKOPING_AM = "40000000-0000-0000-0000-000000000005";
    private static final String ORG_VGR = "40000000-0000-0000-0000-000000000006";
    private static final String ORG_HAGFORS_SOC = "40000000-0000-0000-0000-000000000008";
    private static final String ORG_RVARMLAND = "40000000-0000-0000-0000-000000000009";

    /** BIP-11 items in position order; the participant rates all but cooperation (4) and coordinator_belief (7). */
    private static final String[] BIP_ITEM_KEYS = { "job_search", "labour_market_knowledge", "health_coping", "cooperation",
            "purposefulness", "self_efficacy", "coordinator_belief", "concentration", "contact", "network_support",
            "everyday_coping" };
    private static final boolean[] BIP_PARTICIPANT_RATES = { true, true, true, false, true, true, false, true, true, true,
            true };

    private static String bipItem(int position) {
        return String.format("21000000-0000-0000-0001-%012d", position);
    }

    private static String wellbeingItem(int position) {
        return String.format("21000000-0000-0000-0003-%012d", position);
    }

    private static String type(int n) {
        return String.format("10000000-0000-0000-0000-%012d", n);
    }

    /**
     * Skatteverket's test personal identity numbers (testpersonnummer): numbers Skatteverket has set
     * aside for testing, which belong to no real person. Source: Skatteverket's open dataset
     * "Testpersonnummer" (https://www.dataportal.se/sv/datasets/6_67959/testpersonnummer, served from
     * skatteverket.entryscape.net), as mirrored number by number in the ActiveLogin.Identity project
     * (github.com/ActiveLogin/ActiveLogin.Identity, src/ActiveLogin.Identity.Swedish.TestData/AllPins.fs,
     * generated from that dataset), and Skatteverket's older PU test numbers listed in
     * github.com/KentorIT/PU-Adapter (TestData/Testpersonnummer.cs, "Testpersonnummer från
     * skatteverket"). Only numbers found in those lists are used; birth years 1963–2005 (ages 19–63).
     * Every number is validated with {@link IdentityNumber#parse} before use.
     */
    static final List<String> TEST_NUMBERS = List.of(
            "19630102-2866", "19630507-3345", "19630616-3400", "19630731-2774", "19631007-2993",
            "19640105-3076", "19640212-3191", "19640415-3832", "19640511-2985", "19641010-2880",
            "19650113-3372", "19650420-3792", "19650623-2880", "19651207-3245",
            "19660114-2976", "19660210-3464", "19660518-3398", "19660606-3193",
            "19670520-3252", "19670813-3076", "19671109-2681", "19671203-2884",
            "19680102-9288", "19680124-9290", "19680415-9264",
            "19710116-9295", "19710301-1032", "19750325-9280", "19750404-9292",
            "19790124-9297", "19790206-9272", "19790316-9261", "19790618-9282",
            "19800113-9297", "19800514-9284", "19800828-9285",
            "19810119-9282", "19810516-9281", "19811001-9299",
            "19820117-9283", "19820613-9290", "19821015-9284",
            "19830119-9298", "19830414-9282", "19831108-9299",
            "19840121-9293", "19840607-9288", "19841127-9287",
            "19850113-9995", "19850208-9884",
            "19900321-2389", "19900406-2395", "19900512-2388", "19900617-2390", "19900927-2387", "19901024-2395",
            "19970105-2392", "19970319-2386", "19970625-2385", "19970916-2391",
            "19980112-2392", "19980224-2389", "19980416-2395", "19980509-2385",
            "20000102-2391", "20000103-2382", "20000731-2382", "20030430-2383", "20051016-2381", "20051231-2398");

    private static final String[] FEMALE = { "Emma", "Sara", "Maja", "Elin", "Johanna", "Linnea", "Fatima", "Amina",
            "Lena", "Eva", "Sofia", "Hanna", "Ida", "Jenny", "Malin", "Camilla", "Therese", "Frida", "Nour", "Leila",
            "Annika", "Helena", "Petra", "Susanne", "Lina", "Zainab", "Hawa", "Ulrika", "Marie", "Jessica" };
    private static final String[] MALE = { "Johan", "Mikael", "Anders", "Peter", "Daniel", "Marcus", "Oskar", "Ahmed",
            "Mohammed", "Ali", "Fredrik", "Stefan", "Jonas", "Patrik", "Niklas", "Tobias", "Simon", "Viktor", "Emil",
            "Hassan", "Omar", "Mattias", "Andreas", "Kristoffer", "Robin", "Sebastian", "Per", "Thomas", "Magnus",
            "Jimmy" };
    private static final String[] LAST = { "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
            "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
            "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Axelsson", "Berglund",
            "Bergström", "Lundberg", "Lundgren", "Mattsson", "Fredriksson", "Henriksson", "Forsberg", "Sjöberg",
            "Wallin", "Engström", "Danielsson", "Håkansson", "Eklund", "Mohamed", "Hussein", "Abdi", "Yusuf" };
    private static final String[] LANGUAGES = { "arabiska", "somaliska", "tigrinja", "dari", "persiska" };

    private record Slot(String project, String municipality, String coordinator, int maxStayMonths, int capacity,
            int participants) {
    }

    /** Where the demo people are enrolled: Anna in Skövde, Falköping and MAC; Erik in Lidköping, Mariestad and REBUS. */
    private static final List<Slot> SLOTS = List.of(
            new Slot(CRESCO, "1496", ANNA, 12, 20, 9),
            new Slot(CRESCO, "1499", ANNA, 12, 15, 7),
            new Slot(CRESCO, "1494", ERIK, 12, 15, 7),
            new Slot(CRESCO, "1493", ERIK, 12, 10, 5),
            new Slot(MAC, "1496", ANNA, 6, 24, 14),
            new Slot(REBUS, "1783", ERIK, 12, 17, 8),
            new Slot(REBUS, "1763", ERIK, 12, 17, 7),
            new Slot(REBUS, "1762", ERIK, 12, 6, 3));

    private enum Scenario { NORMAL, NO_JOB_FOCUSED, GAP }

    private final LocalDate today;
    private final Random rnd;
    private final Function<String, byte[]> encrypt;
    private final Function<String, byte[]> lookupHash;

    final Table participant = new Table("participant", "id", "identity_type", "identity_cipher", "identity_hash",
            "identity_masked", "birth_date", "protected_identity", "first_name", "last_name", "sex", "birth_year",
            "home_municipality_code", "education", "interpreter_needed", "interpreter_language", "created_by",
            "created_at", "updated_at", "version");
    final Table enrollment = new Table("enrollment", "id", "participant_id", "project_id", "municipality_code",
            "start_date", "planned_end_date", "status", "phase", "coordinator_id", "caseworker_name",
            "caseworker_organisation_id", "caseworker_email", "sus_entry_employment", "sus_entry_extent_pct",
            "sus_entry_income_sources", "sus_entry_months_support", "sus_exit_employment", "sus_exit_extent_pct",
            "sus_exit_income_sources", "sus_exit_months_support", "exit_date", "exit_outcome", "exit_work_extent_pct",
            "exit_wage_subsidy", "exit_summary", "follow_up_date", "follow_up_outcome", "follow_up_note",
            "last_assessment_on", "next_assessment_due", "last_plan_follow_up_on", "open_marker", "created_at", "version");
    final Table phase = new Table("enrollment_phase", "id", "enrollment_id", "phase", "from_date", "changed_by",
            "changed_at");
    final Table coordinator = new Table("enrollment_coordinator", "id", "enrollment_id", "coordinator_id", "from_date",
            "to_date", "changed_by");
    final Table extension = new Table("enrollment_extension", "id", "enrollment_id", "previous_planned_end",
            "new_planned_end", "decided_on", "reason", "recorded_by");
    final Table intervention = new Table("intervention", "id", "enrollment_id", "type_id", "provider_organisation_id",
            "provider_name", "start_date", "planned_end_date", "end_date", "hours_per_week", "status", "note",
            "created_at", "version");
    final Table assessment = new Table("assessment", "id", "enrollment_id", "instrument_id", "assessed_on", "comment",
            "recorded_by", "created_at", "version");
    final Table rating = new Table("assessment_rating", "assessment_id", "item_id", "participant_value",
            "coordinator_value", "comment");
    final Table goal = new Table("plan_goal", "id", "enrollment_id", "title", "description", "created_at", "version");
    final Table subGoal = new Table("plan_sub_goal", "id", "goal_id", "description", "target_date", "status",
            "achieved_on", "linked_item_keys", "created_at", "version");
    final Table followUp = new Table("plan_follow_up", "id", "enrollment_id", "meeting_date", "attendees", "note",
            "recorded_by", "created_at");
    final Table journal = new Table("journal_note", "id", "enrollment_id", "note_date", "category", "body",
            "author_id", "created_at");

    final Table consent = new Table("consent", "id", "participant_id", "purpose", "given_on", "organisation_ids",
            "form_reference", "recorded_by", "recorded_at");
    final Table group = new Table("participant_group", "id", "project_id", "name", "description", "start_date", "end_date",
            "capacity", "created_by", "created_at", "version");
    final Table groupLeader = new Table("group_leader", "group_id", "user_id");
    final Table groupMember = new Table("group_member", "id", "group_id", "enrollment_id", "joined_on", "left_on",
            "leave_reason", "added_by", "created_at", "version");
    final Table groupSession = new Table("group_session", "id", "group_id", "session_date", "part_of_day", "start_time",
            "end_time", "topic", "location", "partner_organisation_id", "lecturer", "status", "cancellation_reason",
            "attendance_version", "attendance_recorded_by", "attendance_recorded_at", "created_at", "version");
    final Table attendance = new Table("group_attendance", "session_id", "member_id", "status", "note");
    final Table sipMeeting = new Table("sip_meeting", "id", "enrollment_id", "meeting_date", "agreed", "next_meeting_date",
            "consent_id", "created_by", "created_at", "version");
    final Table sipParticipant = new Table("sip_meeting_participant", "meeting_id", "position", "organisation_id",
            "organisation_name", "role", "person_name");
    final Table sipActionItem = new Table("sip_action_item", "meeting_id", "position", "who", "what", "due_date", "done");

    DemoDataset(LocalDate today, Random rnd, Function<String, byte[]> encrypt, Function<String, byte[]> lookupHash) {
        this.today = today;
        this.rnd = rnd;
        this.encrypt = encrypt;
        this.lookupHash = lookupHash;
    }

    /** The tables in the order they must be inserted (foreign keys). */
    List<Table> generate() {
        int total = SLOTS.stream().mapToInt(Slot::participants).sum();
        List<Slot> slotOfPerson = new ArrayList<>();
        SLOTS.forEach(s -> {
            for (int i = 0; i < s.participants(); i++) {
                slotOfPerson.add(s);
            }
        });

        // Who exits, who re-enrolled after an earlier exit, who is anonymous.
        List<Integer> order = shuffled(total);
        Map<Integer, String> exitOutcome = new HashMap<>();
        String[] exitOutcomes = { "work", "work", "work", "work", "studies", "studies", "studies",
                "rehabilitation_elsewhere", "rehabilitation_elsewhere", "moved", "moved" };
        for (int i = 0; i < exitOutcomes.length; i++) {
            exitOutcome.put(order.get(i), exitOutcomes[i]);
        }
        Map<Integer, String> earlierExit = new HashMap<>();
        String[] earlierOutcomes = { "illness", "illness", "dropped_out", "dropped_out" };
        for (int i = 0; i < earlierOutcomes.length; i++) {
            earlierExit.put(order.get(exitOutcomes.length + i), earlierOutcomes[i]);
        }
        List<Integer> anonymousOrder = shuffled(total);
        int protectedPerson = anonymousOrder.get(0);
        List<Integer> withoutNumber = anonymousOrder.subList(0, 5);

        List<String> numbers = new ArrayList<>(TEST_NUMBERS);
        Collections.shuffle(numbers, rnd);
        int nextNumber = 0;

        // Open enrollments: the start offsets (days ago), spread over the last 15 months.
        Map<Slot, Integer> openPerSlot = new HashMap<>();
        List<OpenPlan> openPlans = new ArrayList<>();

        for (int p = 0; p < total; p++) {
            Slot slot = slotOfPerson.get(p);
            String participantId = uuid();
            boolean anonymous = withoutNumber.contains(p);
            boolean isProtected = p == protectedPerson;
            IdentityNumber number = null;
            String sex;
            int birthYear;
            if (!anonymous) {
                String raw = numbers.get(nextNumber++);
                number = IdentityNumber.parse(raw, today).number()
                        .orElseThrow(() -> new IllegalStateException("a demo test number failed validation"));
                // The third digit of the birth number is odd for men, even for women.
                sex = (raw.charAt(11) - '0') % 2 == 1 ? "male" : "female";
                birthYear = number.birthDate().getYear();
            } else {
                sex = p % 2 == 0 ? "female" : "male";
                birthYear = today.getYear() - 20 - rnd.nextInt(40);
            }
            String first = isProtected ? null : pick("female".equals(sex) ? FEMALE : MALE);
            String last = isProtected ? null : pick(LAST);
            boolean interpreter = rnd.nextInt(10) == 0 || (anonymous && !isProtected);
            String education = education();

            // Enrollments: exited only, earlier exit + open, or open.
            LocalDate firstStart;
            String outcome = exitOutcome.get(p);
            String earlier = earlierExit.get(p);
            List<Runnable> enrollmentWriters = new ArrayList<>();
            if (outcome != null) {
                int exitDaysAgo = 15 + rnd.nextInt(280);
                int stay = 120 + rnd.nextInt(Math.max(1, Math.min(300, 455 - exitDaysAgo - 120)));
                LocalDate exit = today.minusDays(exitDaysAgo);
                LocalDate start = exit.minusDays(stay);
                firstStart = start;
                enrollmentWriters.add(() -> writeEnrollment(participantId, slot, start, exit, outcome, Scenario.NORMAL,
                        false, false, false, interpreter));
            } else {
                int daysAgo;
                if (earlier != null) {
                    LocalDate earlierStart = today.minusDays(400 + rnd.nextInt(55));
                    LocalDate earlierExitDate = earlierStart.plusDays(60 + rnd.nextInt(90));
                    firstStart = earlierStart;
                    enrollmentWriters.add(() -> writeEnrollment(participantId, slot, earlierStart, earlierExitDate, earlier,
                            Scenario.NORMAL, false, false, false, interpreter));
                    daysAgo = 20 + rnd.nextInt(160);
                } else {
                    daysAgo = 5 + rnd.nextInt(450);
                    if (slot.project().equals(MAC)) {
                        daysAgo = 5 + rnd.nextInt(300);
                    }
                    firstStart = today.minusDays(daysAgo);
                }
                int capacityUsed = openPerSlot.merge(slot, 1, Integer::sum);
                if (capacityUsed > slot.capacity()) {
                    throw new IllegalStateException("demo data would exceed a municipality's capacity");
                }
                LocalDate start = today.minusDays(daysAgo);
                OpenPlan plan = new OpenPlan(participantId, slot, start, interpreter);
                openPlans.add(plan);
                enrollmentWriters.add(() -> writeEnrollment(plan.participantId, plan.slot, plan.start, null, null,
                        plan.scenario, plan.assessmentOverdue, plan.planOverdue, plan.coordinatorChange, plan.interpreter));
            }
            participant.add(participantId, number == null ? "none" : number.type().toString(),
                    number == null ? null : encrypt.apply(number.canonical()),
                    number == null ? null : lookupHash.apply(number.canonical()),
                    number == null ? null : number.masked(),
                    number == null ? null : number.birthDate(),
                    isProtected, first, last, sex, birthYear,
                    isProtected ? null : slot.municipality(), education, interpreter,
                    interpreter ? pick(LANGUAGES) : null, slot.coordinator(),
                    firstStart.atTime(9, 0), firstStart.atTime(9, 0), 0);
            pendingWriters.addAll(enrollmentWriters);
        }

        // Flags on open enrollments, so that the caseload shows every kind of need.
        List<OpenPlan> longEnough = openPlans.stream().filter(o -> days(o.start, today) >= 120).toList();
        List<OpenPlan> pool = new ArrayList<>(longEnough);
        Collections.shuffle(pool, rnd);
        for (int i = 0; i < pool.size(); i++) {
            OpenPlan o = pool.get(i);
            if (i < 7) {
                o.scenario = Scenario.NO_JOB_FOCUSED;
            } else if (i < 10) {
                o.scenario = Scenario.GAP;
            }
        }
        Collections.shuffle(pool, rnd);
        for (int i = 0; i < pool.size(); i++) {
            pool.get(i).assessmentOverdue = i < 6;
            pool.get(i).planOverdue = i >= 6 && i < 11;
            pool.get(i).coordinatorChange = i >= 11 && i < 16;
        }

        pendingWriters.forEach(Runnable::run);
        // After everything above, so that the groups add rows without changing any drawn before.
        writeGroups();
        return List.of(participant, enrollment, phase, coordinator, extension, intervention, assessment, rating, goal,
                subGoal, followUp, journal, consent, group, groupLeader, groupMember, groupSession, attendance,
                sipMeeting, sipParticipant, sipActionItem);
    }

    private final List<Runnable> pendingWriters = new ArrayList<>();

    /** Every enrollment written, for the groups drawn from them. */
    private record Written(String id, String participantId, Slot slot, LocalDate start, LocalDate exit) {
    }

    private final List<Written> written = new ArrayList<>();

    private static final class OpenPlan {
        final String participantId;
        final Slot slot;
        final LocalDate start;
        final boolean interpreter;
        Scenario scenario = Scenario.NORMAL;
        boolean assessmentOverdue;
        boolean planOverdue;
        boolean coordinatorChange;

        OpenPlan(String participantId, Slot slot, LocalDate start, boolean interpreter) {
            this.participantId = participantId;
            this.slot = slot;
            this.start = start;
            this.interpreter = interpreter;
        }
    }

    // --- One enrollment with everything below it ------------------------------------------------

    private void writeEnrollment(String participantId, Slot slot, LocalDate start, LocalDate exit, String outcome,
            Scenario scenario, boolean assessmentOverdue, boolean planOverdue, boolean coordinatorChange,
            boolean interpreter) {
        String id = uuid();
        boolean exited = exit != null;
        LocalDate until = exited ? exit : today;
        long span = days(start, until);

        // Coordinators: the slot's coordinator, or the other one first and a change part-way.
        String current = slot.coordinator();
        String previous = current.equals(ANNA) ? ERIK : ANNA;
        LocalDate changeDate = coordinatorChange ? start.plusDays(span * (40 + rnd.nextInt(30)) / 100) : null;
        if (coordinatorChange) {
            coordinator.add(uuid(), id, previous, start, changeDate, previous);
            coordinator.add(uuid(), id, current, changeDate, null, MARIA);
        } else {
            coordinator.add(uuid(), id, current, start, null, current);
        }
        Function<LocalDate, String> coordinatorOn = d -> changeDate != null && d.isBefore(changeDate) ? previous : current;

        // Planned end, extended (6 months at a time) where the stay has run past it.
        LocalDate plannedEnd = start.plusMonths(slot.maxStayMonths());
        LocalDate mustReach = exited ? exit : today.plusDays(10);
        while (plannedEnd.isBefore(mustReach)) {
            LocalDate next = plannedEnd.plusMonths(6);
            LocalDate decided = plannedEnd.minusDays(7 + rnd.nextInt(14));
            extension.add(uuid(), id, plannedEnd, next, decided,
                    "Förlängning beslutad i samråd med handläggaren för att fullfölja pågående insatser.",
                    coordinatorOn.apply(decided));
            plannedEnd = next;
        }

        // Phases: mapping -> activity -> trial (-> exit).
        String currentPhase = "mapping";
        phase.add(uuid(), id, "mapping", start, coordinatorOn.apply(start), start.atTime(10, 0));
        LocalDate activity = start.plusDays(21 + rnd.nextInt(22));
        if (!activity.isAfter(until)) {
            phase.add(uuid(), id, "activity", activity, coordinatorOn.apply(activity), activity.atTime(10, 0));
            currentPhase = "activity";
            LocalDate trial = start.plusDays(slot.project().equals(MAC) ? 60 + rnd.nextInt(30) : 100 + rnd.nextInt(60));
            if (!trial.isAfter(until) && rnd.nextInt(10) < 7) {
                phase.add(uuid(), id, "trial", trial, coordinatorOn.apply(trial), trial.atTime(10, 0));
                currentPhase = "trial";
            }
        }
        if (exited) {
            phase.add(uuid(), id, "exit", exit, coordinatorOn.apply(exit), exit.atTime(15, 0));
            currentPhase = "exit";
        }

        writeInterventions(id, slot, start, exit, outcome, scenario, interpreter);
        LocalDate lastAssessment = writeAssessments(id, slot, start, exit, assessmentOverdue, coordinatorOn);
        writePlan(id, start, until, coordinatorOn);
        LocalDate lastFollowUp = writeFollowUps(id, slot, start, until, planOverdue, coordinatorOn);
        writeJournal(id, start, until, coordinatorOn);

        // Referring caseworker.
        String[] orgs = caseworkerOrganisations(slot);
        String org = orgs[rnd.nextInt(orgs.length)];
        String cwFirst = rnd.nextBoolean() ? pick(FEMALE) : pick(MALE);
        String cwLast = pick(LAST);
        String email = ascii(cwFirst + "." + cwLast).toLowerCase() + "@example.se";

        // SUS at entry.
        String entryEmployment = rnd.nextInt(10) < 6 ? "none" : "job_seeking";
        String[] incomeChoices = { "[\"social_assistance\"]", "[\"sickness_benefit\"]", "[\"activity_compensation\"]",
                "[\"activity_support\"]", "[\"social_assistance\", \"activity_support\"]", "[\"sickness_compensation\"]",
                "[\"unemployment_benefit\"]", "[\"social_assistance\"]", "[\"none\"]" };
        String entryIncome = incomeChoices[rnd.nextInt(incomeChoices.length)];
        int monthsSupport = 6 + rnd.nextInt(90);

        // Exit.
        String exitEmployment = null;
        Integer exitExtent = null;
        String exitIncome = null;
        Integer exitMonths = null;
        Integer workExtent = null;
        Boolean wageSubsidy = null;
        String summary = null;
        LocalDate followUpDate = null;
        String followUpOutcome = null;
        String followUpNote = null;
        if (exited) {
            exitMonths = monthsSupport + (int) (span / 30);
            switch (outcome) {
                case "work" -> {
                    workExtent = new int[] { 50, 75, 100, 100 }[rnd.nextInt(4)];
                    wageSubsidy = rnd.nextBoolean();
                    exitEmployment = "work";
                    exitExtent = workExtent;
                    exitIncome = workExtent < 100 ? "[\"salary\", \"social_assistance\"]" : "[\"salary\"]";
                    summary = "Deltagaren har fått en anställning på " + workExtent + " procent av heltid"
                            + (wageSubsidy ? " med lönestöd" : "")
                            + ". Under tiden i projektet har deltagaren genomfört arbetsträning och praktik och stärkt sin tilltro till att klara ett arbete.";
                }
                case "studies" -> {
                    exitEmployment = "studies";
                    exitExtent = 100;
                    exitIncome = "[\"student_aid\"]";
                    summary = "Deltagaren har påbörjat studier på komvux. Tiden i projektet har använts till studie- och yrkesvägledning och till att skapa en hållbar vardag.";
                }
                case "rehabilitation_elsewhere" -> {
                    exitEmployment = "none";
                    exitExtent = 0;
                    exitIncome = "[\"sickness_benefit\"]";
                    summary = "Deltagaren fortsätter sin rehabilitering hos annan aktör. Överlämningen har skett i samråd med handläggaren.";
                }
                case "illness" -> {
                    exitEmployment = "none";
                    exitExtent = 0;
                    exitIncome = "[\"sickness_benefit\"]";
                    summary = "Insatsen avslutas på grund av sjukdom. Deltagaren kan anvisas på nytt när hälsan tillåter.";
                }
                case "dropped_out" -> {
                    exitEmployment = entryEmployment;
                    exitExtent = 0;
                    exitIncome = entryIncome;
                    summary = "Deltagaren har valt att avbryta sin medverkan. Handläggaren är informerad och planerar fortsatt stöd.";
                }
                default -> { // moved
                    exitEmployment = "none";
                    exitExtent = 0;
                    exitIncome = entryIncome;
                    summary = "Deltagaren har flyttat från kommunen. Handläggaren är informerad.";
                }
            }
            if (exit.isBefore(today.minusMonths(6)) && rnd.nextInt(3) > 0) {
                followUpDate = exit.plusMonths(6).plusDays(rnd.nextInt(10));
                if (followUpDate.isAfter(today)) {
                    followUpDate = today;
                }
                followUpOutcome = switch (outcome) {
                    case "work" -> rnd.nextInt(4) > 0 ? "work" : "job_seeking";
                    case "studies" -> "studies";
                    case "rehabilitation_elsewhere" -> "rehabilitation";
                    case "illness" -> "illness";
                    case "moved" -> "unknown";
                    default -> "job_seeking";
                };
                followUpNote = "Uppföljning per telefon sex månader efter avslut.";
            }
        }

        written.add(new Written(id, participantId, slot, start, exit));
        LocalDate nextDue = exited ? null
                : (lastAssessment == null ? start : lastAssessment.plusMonths(3));
        enrollment.add(id, participantId, slot.project(), slot.municipality(), start, plannedEnd,
                exited ? "exited" : "open", currentPhase, current, cwFirst + " " + cwLast, org, email,
                entryEmployment, 0, entryIncome, monthsSupport,
                exitEmployment, exitExtent, exitIncome, exitMonths,
                exit, outcome, workExtent, wageSubsidy, summary, followUpDate, followUpOutcome, followUpNote,
                lastAssessment, nextDue, lastFollowUp, exited ? null : 1, start.atTime(9, 0), 0);
    }

    private String[] caseworkerOrganisations(Slot slot) {
        if (slot.project().equals(REBUS)) {
            return slot.municipality().equals("1783") ? new String[] { ORG_AF, ORG_FK, ORG_HAGFORS_SOC, ORG_RVARMLAND }
                    : new String[] { ORG_AF, ORG_FK, ORG_RVARMLAND };
        }
        return switch (slot.municipality()) {
            case "1496" -> new String[] { ORG_AF, ORG_FK, ORG_SKOVDE_SOC, ORG_VGR };
            case "1499" -> new String[] { ORG_AF, ORG_FK, ORG_FALKOPING_AM, ORG_VGR };
            default -> new String[] { ORG_AF, ORG_FK, ORG_VGR };
        };
    }

    // --- Interventions ------------------------------------------------------------------------

    private record Kind(int type, String category, String provider, String providerName) {
    }

    private Kind kind(Slot slot, String category, boolean interpreter) {
        boolean rebus = slot.project().equals(REBUS);
        boolean mac = slot.project().equals(MAC);
        String region = rebus ? ORG_RVARMLAND : ORG_VGR;
        return switch (category) {
            case "job_focused" -> {
                int[] types = mac ? new int[] { 7, 4, 8, 3 } : rebus ? new int[] { 5, 2, 3, 1 } : new int[] { 1, 2, 3, 4, 6 };
                int t = types[rnd.nextInt(types.length)];
                yield new Kind(t, category, t == 1 || t == 6 ? ORG_AF : null,
                        t == 3 || t == 4 || t == 2 ? "Arbetsplats i kommunen" : null);
            }
            case "competence" -> {
                int t = interpreter && rnd.nextBoolean() ? 11 : (rnd.nextBoolean() ? 10 : 9);
                yield new Kind(t, category, null, t == 9 ? "Komvux" : t == 11 ? "Studieförbund" : null);
            }
            case "health" -> {
                int[] types = mac || rebus ? new int[] { 15, 16, 13, 14, 12 } : new int[] { 12, 13, 14, 15, 16, 17, 18, 19 };
                yield new Kind(types[rnd.nextInt(types.length)], category, region, null);
            }
            default -> {
                int[] types = mac ? new int[] { 26, 22, 20, 23 } : rebus ? new int[] { 24, 21, 22, 20 }
                        : new int[] { 20, 21, 22, 23, 25 };
                yield new Kind(types[rnd.nextInt(types.length)], category, null, null);
            }
        };
    }

    private void writeInterventions(String enrollmentId, Slot slot, LocalDate start, LocalDate exit, String outcome,
            Scenario scenario, boolean interpreter) {
        boolean exited = exit != null;
        LocalDate until = exited ? exit : today;
        long span = Math.max(1, days(start, until));
        int n = 3 + rnd.nextInt(4);
        List<String> categories = new ArrayList<>();
        categories.add("job_focused");
        String[] others = { "job_focused", "competence", "health", "health", "social", "social" };
        for (int i = 1; i < n; i++) {
            categories.add(others[rnd.nextInt(others.length)]);
        }
        Collections.shuffle(categories, rnd);

        record Row(Kind kind, LocalDate start, LocalDate end) {
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long offset = Math.min(span * i / n + rnd.nextInt(10), Math.max(0, span - 3));
            LocalDate s = start.plusDays(offset);
            LocalDate e = s.plusDays(42 + rnd.nextInt(100));
            rows.add(new Row(kind(slot, categories.get(i), interpreter), s, e));
        }
        if (!exited) {
            if (scenario == Scenario.GAP) {
                LocalDate lastEnd = today.minusDays(7 + rnd.nextInt(20));
                rows.replaceAll(r -> {
                    LocalDate e = r.end().isAfter(lastEnd) ? lastEnd : r.end();
                    LocalDate s = r.start().isAfter(e.minusDays(14)) ? max(start, e.minusDays(14)) : r.start();
                    return new Row(r.kind(), s, e);
                });
            } else if (scenario == Scenario.NO_JOB_FOCUSED) {
                LocalDate jobEnd = today.minusDays(5 + rnd.nextInt(30));
                rows.replaceAll(r -> {
                    if (!r.kind().category().equals("job_focused") || !r.end().isAfter(jobEnd)) {
                        return r;
                    }
                    LocalDate s = r.start().isAfter(jobEnd.minusDays(14)) ? max(start, jobEnd.minusDays(14)) : r.start();
                    return new Row(r.kind(), s, jobEnd);
                });
                if (rows.stream().noneMatch(r -> !r.kind().category().equals("job_focused") && r.end().isAfter(today))) {
                    rows.add(new Row(kind(slot, "health", interpreter), max(start, today.minusDays(20 + rnd.nextInt(30))),
                            today.plusDays(30 + rnd.nextInt(60))));
                }
            } else if (rows.stream().noneMatch(r -> r.kind().category().equals("job_focused") && r.end().isAfter(today))) {
                rows.add(new Row(kind(slot, "job_focused", interpreter), max(start, today.minusDays(10 + rnd.nextInt(50))),
                        today.plusDays(20 + rnd.nextInt(80))));
            }
        }
        for (Row r : rows) {
            String status;
            LocalDate plannedEnd = r.end();
            LocalDate end;
            if (exited) {
                end = r.end().isAfter(exit) ? exit : r.end();
                status = r.end().isAfter(exit) && !"work".equals(outcome) && !"studies".equals(outcome) ? "cancelled"
                        : "completed";
            } else if (r.end().isAfter(today)) {
                end = null;
                status = "ongoing";
            } else {
                end = r.end();
                status = "completed";
            }
            double hours = 2 + rnd.nextInt(8) * 2 + (rnd.nextBoolean() ? 0.5 : 0);
            intervention.add(uuid(), enrollmentId, type(r.kind().type()), r.kind().provider(), r.kind().providerName(),
                    r.start(), plannedEnd, end, hours, status, null, r.start().atTime(11, 0), 0);
        }
    }

    // --- Assessments ---------------------------------------------------------------------------

    private LocalDate writeAssessments(String enrollmentId, Slot slot, LocalDate start, LocalDate exit, boolean overdue,
            Function<LocalDate, String> coordinatorOn) {
        LocalDate until = exit != null ? exit : today;
        List<LocalDate> dates = new ArrayList<>();
        for (int k = 0;; k++) {
            LocalDate d = start.plusMonths(3L * k).plusDays(k == 0 ? rnd.nextInt(5) : rnd.nextInt(7));
            if (d.isAfter(until)) {
                break;
            }
            dates.add(d);
        }
        if (overdue && exit == null) {
            while (dates.size() >= 2 && !dates.get(dates.size() - 1).plusMonths(3).isBefore(today)) {
                dates.remove(dates.size() - 1);
            }
        }
        // Participant level, progress per measurement (a few stay flat), and how the coordinator differs.
        double base = 1.5 + rnd.nextDouble();
        double trend = rnd.nextInt(5) == 0 ? 0 : 0.25 + rnd.nextDouble() * 0.35;
        double[] itemOffset = new double[11];
        for (int i = 0; i < 11; i++) {
            itemOffset[i] = rnd.nextDouble() * 1.2 - 0.6;
        }
        for (int k = 0; k < dates.size(); k++) {
            LocalDate d = dates.get(k);
            String aid = uuid();
            String by = coordinatorOn.apply(d);
            assessment.add(aid, enrollmentId, BIP11, d, null, by, d.atTime(13, 0), 0);
            for (int i = 0; i < 11; i++) {
                double level = base + trend * k + itemOffset[i];
                Integer participantValue = BIP_PARTICIPANT_RATES[i] ? clamp(level + rnd.nextDouble() - 0.5) : null;
                int coordinatorValue = clamp(level + rnd.nextDouble() - 0.7);
                rating.add(aid, bipItem(i + 1), participantValue, coordinatorValue, null);
            }
        }
        if (!slot.project().equals(CRESCO)) {
            double wb = 1.8 + rnd.nextDouble();
            writeWellbeing(enrollmentId, start.plusDays(rnd.nextInt(5)), wb, coordinatorOn);
            if (exit != null) {
                writeWellbeing(enrollmentId, exit, wb + rnd.nextDouble() * 1.8, coordinatorOn);
            }
        }
        return dates.isEmpty() ? null : dates.get(dates.size() - 1);
    }

    private void writeWellbeing(String enrollmentId, LocalDate d, double level, Function<LocalDate, String> coordinatorOn) {
        String aid = uuid();
        assessment.add(aid, enrollmentId, WELLBEING, d, null, coordinatorOn.apply(d), d.atTime(13, 30), 0);
        for (int i = 1; i <= 3; i++) {
            rating.add(aid, wellbeingItem(i), clamp(level + rnd.nextDouble() - 0.5), null, null);
        }
    }

    // --- Action plan, follow-ups, journal -----------------------------------------------------

    private record SubGoalTemplate(String description, String itemKeys) {
    }

    private record GoalTemplate(String title, String description, List<SubGoalTemplate> subGoals) {
    }

    private static final List<GoalTemplate> GOALS = List.of(
            new GoalTemplate("Komma ut i arbete eller praktik", "Stegvis närma sig arbetsmarknaden med stöd av samordnaren.",
                    List.of(new SubGoalTemplate("Uppdatera CV och personligt brev", "[\"job_search\"]"),
                            new SubGoalTemplate("Söka minst tre arbeten i veckan", "[\"job_search\", \"purposefulness\"]"),
                            new SubGoalTemplate("Påbörja praktik på en arbetsplats", "[\"labour_market_knowledge\", \"cooperation\"]"))),
            new GoalTemplate("Må bättre och orka mer i vardagen", "Hitta rutiner som ger ork till aktiviteter.",
                    List.of(new SubGoalTemplate("Promenera tre gånger i veckan", "[\"health_coping\"]"),
                            new SubGoalTemplate("Hålla fasta tider för sömn och måltider", "[\"everyday_coping\"]"),
                            new SubGoalTemplate("Delta i kursen Hälsa och arbete", "[\"health_coping\", \"concentration\"]"))),
            new GoalTemplate("Hitta rätt utbildning", "Ta reda på vilken utbildning som leder mot önskat yrke.",
                    List.of(new SubGoalTemplate("Träffa studie- och yrkesvägledare", "[\"labour_market_knowledge\"]"),
                            new SubGoalTemplate("Söka till en kurs på komvux", "[\"purposefulness\"]"))),
            new GoalTemplate("Bygga ett stödjande nätverk", "Få fler sammanhang och kontakter utanför hemmet.",
                    List.of(new SubGoalTemplate("Delta i gruppträffarna varje vecka", "[\"contact\", \"network_support\"]"),
                            new SubGoalTemplate("Ta kontakt med en förening på orten", "[\"network_support\"]"))),
            new GoalTemplate("Få ordning på ekonomin", "Skapa överblick över ekonomin.",
                    List.of(new SubGoalTemplate("Boka tid hos budget- och skuldrådgivningen", "[\"everyday_coping\"]"),
                            new SubGoalTemplate("Göra en månadsbudget", "[\"everyday_coping\"]"))));

    private void writePlan(String enrollmentId, LocalDate start, LocalDate until, Function<LocalDate, String> coordinatorOn) {
        List<GoalTemplate> templates = new ArrayList<>(GOALS.subList(1, GOALS.size()));
        Collections.shuffle(templates, rnd);
        templates.add(0, GOALS.get(0));
        int goals = 1 + rnd.nextInt(3);
        for (int g = 0; g < goals; g++) {
            GoalTemplate t = templates.get(g);
            LocalDate created = min(until, start.plusDays(7 + rnd.nextInt(15)));
            String goalId = uuid();
            goal.add(goalId, enrollmentId, t.title(), t.description(), created.atTime(14, 0), 0);
            int subs = 1 + rnd.nextInt(Math.min(3, t.subGoals().size()));
            for (int s = 0; s < subs; s++) {
                SubGoalTemplate st = t.subGoals().get(s);
                LocalDate target = created.plusDays(30 + rnd.nextInt(90));
                String status = "open";
                LocalDate achieved = null;
                if (!target.isAfter(until) && rnd.nextInt(10) < 6) {
                    status = "achieved";
                    achieved = max(created.plusDays(1), target.minusDays(rnd.nextInt(14)));
                } else if (target.isBefore(until) && rnd.nextInt(10) < 2) {
                    status = "dropped";
                }
                subGoal.add(uuid(), goalId, st.description(), target, status, achieved, st.itemKeys(),
                        created.atTime(14, 5), 0);
            }
        }
    }

    private LocalDate writeFollowUps(String enrollmentId, Slot slot, LocalDate start, LocalDate until, boolean overdue,
            Function<LocalDate, String> coordinatorOn) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate d = start.plusDays(14 + rnd.nextInt(14));
        while (!d.isAfter(until)) {
            dates.add(d);
            d = d.plusDays(53 + rnd.nextInt(10));
        }
        if (overdue) {
            while (dates.size() >= 2 && !dates.get(dates.size() - 1).isBefore(today.minusDays(70))) {
                dates.remove(dates.size() - 1);
            }
        }
        String agency = slot.project().equals(REBUS) ? "handläggare (Försäkringskassan)" : "handläggare (Arbetsförmedlingen)";
        String[] notes = { "Genomgång av delmålen. Nästa steg planerades tillsammans.",
                "Uppföljning av handlingsplanen; delmålen justerades efter läget.",
                "Trepartssamtal om insatserna framåt. Deltagaren beskrev vad som fungerar bra." };
        for (LocalDate m : dates) {
            followUp.add(uuid(), enrollmentId, m, "Deltagare, samordnare, " + agency, notes[rnd.nextInt(notes.length)],
                    coordinatorOn.apply(m), m.atTime(15, 0));
        }
        return dates.isEmpty() ? null : dates.get(dates.size() - 1);
    }

    private static final String[][] NOTES = {
            { "contact", "Telefonsamtal med deltagaren inför kommande vecka." },
            { "contact", "Deltagaren hörde av sig och bokade om ett möte." },
            { "meeting", "Individuellt samtal. Vi gick igenom handlingsplanen." },
            { "meeting", "Trepartssamtal med handläggaren om fortsatt planering." },
            { "intervention", "Start av ny insats enligt planen." },
            { "intervention", "Avstämning med anordnaren av insatsen. Närvaron är god." },
            { "sip", "SIP-möte genomfört tillsammans med vården och socialtjänsten." },
            { "other", "Intyg om deltagande skickat på deltagarens begäran." } };

    private void writeJournal(String enrollmentId, LocalDate start, LocalDate until, Function<LocalDate, String> coordinatorOn) {
        long span = Math.max(1, days(start, until));
        int n = 2 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            LocalDate d = start.plusDays(rnd.nextLong(span + 1));
            String[] note = NOTES[rnd.nextInt(NOTES.length)];
            journal.add(uuid(), enrollmentId, d, note[0], note[1], coordinatorOn.apply(d), d.atTime(16, 0));
        }
    }

    // --- Group start, sessions, attendance, SIP meetings ----------------------------------------

    private static final String[] TOPICS = { "Välkommen och presentation", "Min vardag och mina mål",
            "Hälsa, sömn och återhämtning", "Stress och hantering av oro", "Fysisk aktivitet – promenadgrupp",
            "Mina styrkor och intressen", "Arbetsmarknaden i Skaraborg", "Studiebesök på arbetsplats",
            "Kommunikation och bemötande", "Ekonomi i vardagen", "CV och personligt brev", "Att ta kontakt med arbetsgivare" };

    /** Lectures by the partner agencies, every third week on the Thursday. */
    private static final String[][] LECTURES = {
            { ORG_FK, "Försäkringskassan berättar om sjukpenning och aktivitetsersättning", "Handläggare från Försäkringskassan" },
            { ORG_AF, "Arbetsförmedlingen: stöd på vägen till arbete", "Arbetsförmedlare" },
            { ORG_VGR, "Vårdcentralen om hälsa och levnadsvanor", "Distriktssköterska" },
            { ORG_SKOVDE_SOC, "Socialtjänsten om försörjning och stöd", "Socialsekreterare" } };

    /**
     * MAC's current group start in Skövde: up to ten of MAC's enrollments, two half-days a week
     * (Tuesday and Thursday mornings) over twenty weeks, with attendance taken for every session
     * held so far, one member who left for full-time work training, one session cancelled, a
     * couple of SIP meetings (with SIP consent) and a recent well-being survey for the members.
     */
    private void writeGroups() {
        LocalDate start = today.minusWeeks(10).with(java.time.DayOfWeek.MONDAY);
        LocalDate end = start.plusWeeks(20).minusDays(3);
        String groupId = uuid();
        group.add(groupId, MAC, "MAC Skövde – gruppstart " + start.getYear() + " v" + start.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                "Två halvdagar i veckan: hälsa, vardag och steg mot arbete eller studier.", start, end, 12, ANNA,
                start.minusWeeks(2).atTime(10, 0), 0);
        groupLeader.add(groupId, ANNA);

        List<Written> candidates = written.stream()
                .filter(w -> w.slot().project().equals(MAC) && !w.start().isAfter(start.plusDays(14))
                        && (w.exit() == null || w.exit().isAfter(start.plusWeeks(3))))
                .sorted(java.util.Comparator.comparing(Written::start).reversed())
                .limit(10).toList();
        record Member(String id, Written enrollment, LocalDate joined, LocalDate left, double presence) {
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Written w = candidates.get(i);
            LocalDate joined = max(start, w.start());
            LocalDate left = i == 3 ? start.plusWeeks(6).plusDays(1) : null;
            Member m = new Member(uuid(), w, joined, left, 0.65 + rnd.nextDouble() * 0.3);
            members.add(m);
            groupMember.add(m.id(), groupId, w.id(), joined, left,
                    left == null ? null : "Började arbetsträning på heltid.", ANNA, joined.atTime(9, 0), left == null ? 0 : 1);
        }

        int cancelledWeek = 4;
        int n = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            boolean tuesday = d.getDayOfWeek() == java.time.DayOfWeek.TUESDAY;
            boolean thursday = d.getDayOfWeek() == java.time.DayOfWeek.THURSDAY;
            if (!tuesday && !thursday) {
                continue;
            }
            long week = days(start, d) / 7;
            String sessionId = uuid();
            String[] lecture = thursday && week % 3 == 2 ? LECTURES[(int) (week / 3) % LECTURES.length] : null;
            boolean cancelled = week == cancelledWeek && tuesday;
            boolean held = d.isBefore(today) && !cancelled;
            String topic = lecture != null ? lecture[1] : TOPICS[n++ % TOPICS.length];
            groupSession.add(sessionId, groupId, d, "morning", java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0),
                    topic, "Kulturhuset Skövde, rum 2", lecture == null ? null : lecture[0], lecture == null ? null : lecture[2],
                    cancelled ? "cancelled" : "scheduled", cancelled ? "Gruppledaren sjuk; ersätts inte." : null,
                    held ? 1 : 0, held ? ANNA : null, held ? d.atTime(12, 5) : null, start.minusWeeks(1).atTime(10, 0), 0);
            if (!held) {
                continue;
            }
            for (Member m : members) {
                LocalDate exit = m.enrollment().exit();
                boolean active = !d.isBefore(m.joined()) && (m.left() == null || m.left().isAfter(d))
                        && (exit == null || !exit.isBefore(d));
                if (!active) {
                    continue;
                }
                double r = rnd.nextDouble();
                String status = r < m.presence() ? "present" : r < m.presence() + (1 - m.presence()) * 0.6 ? "absent_with_notice" : "absent";
                attendance.add(sessionId, m.id(), status, "absent_with_notice".equals(status) && rnd.nextInt(3) == 0
                        ? "Läkarbesök." : null);
            }
        }

        // SIP meetings for two members, each with the SIP consent they gave first.
        for (int i = 0; i < Math.min(2, members.size()); i++) {
            Written w = members.get(i).enrollment();
            LocalDate given = max(w.start(), start).plusDays(5);
            LocalDate meeting = given.plusDays(14 + rnd.nextInt(10));
            if (meeting.isAfter(today) || (w.exit() != null && meeting.isAfter(w.exit()))) {
                continue;
            }
            String consentId = uuid();
            consent.add(consentId, w.participantId(), "sip", given, "[\"" + ORG_VGR + "\", \"" + ORG_SKOVDE_SOC + "\"]",
                    "SIP-samtycke, journal VGR", ANNA, given.atTime(11, 0));
            String meetingId = uuid();
            sipMeeting.add(meetingId, w.id(), meeting, i == 0
                    ? "Vårdcentralen utreder sömnproblemen och följer upp medicineringen. Socialtjänsten ansöker om boendestöd. "
                            + "Samordnaren stämmer av deltagandet i gruppen varannan vecka."
                    : "Deltagaren fortsätter i gruppen. Psykiatrin står för samtalsstöd; Arbetsförmedlingen planerar praktik efter gruppen.",
                    meeting.plusMonths(2), consentId, ANNA, meeting.atTime(15, 0), 0);
            sipParticipant.add(meetingId, 0, ORG_VGR, "Västra Götalandsregionen, primärvården", "Fast vårdkontakt", "Eva Berg");
            sipParticipant.add(meetingId, 1, ORG_SKOVDE_SOC, "Skövde kommun, socialtjänsten", "Socialsekreterare", null);
            sipParticipant.add(meetingId, 2, null, "MAC", "Samordnare", "Anna Lindqvist");
            sipActionItem.add(meetingId, 0, "Vårdcentralen", "Utreda sömnproblem och återkoppla", meeting.plusWeeks(4),
                    meeting.plusWeeks(4).isBefore(today));
            sipActionItem.add(meetingId, 1, "Socialtjänsten", i == 0 ? "Ansöka om boendestöd" : "Se över försörjningsstödet",
                    meeting.plusWeeks(3), false);
        }

        // A recent well-being survey for the members still in the project, so the change from the start shows.
        for (Member m : members) {
            Written w = m.enrollment();
            LocalDate on = today.minusDays(2 + rnd.nextInt(10));
            if (w.exit() == null && on.isAfter(w.start().plusDays(30))) {
                writeWellbeing(w.id(), on, 3.0 + rnd.nextDouble() * 1.4, d -> ANNA);
            }
        }
    }

    // --- Helpers ------------------------------------------------------------------------------

    private String uuid() {
        long hi = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    private List<Integer> shuffled(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        Collections.shuffle(list, rnd);
        return list;
    }

    private String pick(String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private String education() {
        int r = rnd.nextInt(100);
        if (r < 5) {
            return "unknown";
        } else if (r < 20) {
            return "compulsory_incomplete";
        } else if (r < 50) {
            return "compulsory";
        } else if (r < 85) {
            return "upper_secondary";
        } else if (r < 95) {
            return "post_secondary_short";
        }
        return "post_secondary_long";
    }

    private static int clamp(double v) {
        return (int) Math.max(1, Math.min(5, Math.round(v)));
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String ascii(String s) {
        return s.replace("å", "a").replace("ä", "a").replace("ö", "o").replace("Å", "A").replace("Ä", "A")
                .replace("Ö", "O").replace("é", "e");
    }
}
