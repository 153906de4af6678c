-- Recording an assessment compares it with two earlier ones on the same instrument: the first, and
-- the last that sorts before it (by date, then recording time, then id; see AssessmentService).
-- With only (enrollment_id, assessed_on) to go by, each lookup read and sorted every assessment of
-- the enrollment, so recording one grew slower with the enrollment's history. In this index each
-- lookup is the first entry of a range (the primary key, id, ends every secondary index entry).
CREATE INDEX ix_assessment_enrollment_instrument ON assessment (enrollment_id, instrument_id, assessed_on, created_at);
