-- The note a withdrawal of consent may carry (ConsentWithdrawalInput.note), so that the consents
-- feature can keep using the `consent` table that enrollment from a referral fills.
ALTER TABLE consent ADD COLUMN withdrawal_note VARCHAR(2000) NULL AFTER withdrawn_by;
