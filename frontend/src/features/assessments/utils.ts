import type { Instrument } from '@/lib/catalogue';
import type { Assessment, AssessmentInput, ItemChange } from './api/assessments';

export type Rater = 'participant' | 'coordinator';

/** "+2", "−1", "±0", or undefined when either value is missing. */
export function formatChange(value: number | null | undefined): string | undefined {
  if (value == null) return undefined;
  if (value > 0) return `+${value}`;
  if (value < 0) return `\u2212${Math.abs(value)}`;
  return '\u00b10';
}

export function changeFor(changes: readonly ItemChange[], key: string, rater: Rater): number | null | undefined {
  return changes.find((c) => c.itemKey === key)?.[rater];
}

export function ratingFor(a: Assessment | undefined, key: string, rater: Rater): number | null | undefined {
  return a?.ratings.find((r) => r.itemKey === key)?.[rater];
}

export interface IndicatorRow {
  key: string;
  label: string;
  firstParticipant?: number | null;
  latestParticipant?: number | null;
  changeParticipant?: number | null;
  firstCoordinator?: number | null;
  latestCoordinator?: number | null;
  changeCoordinator?: number | null;
  lowest: boolean;
}

/** One row per instrument item: first and latest ratings per rater, the change (from the API) and "lowest". */
export function indicatorRows(instrument: Instrument, assessments: readonly Assessment[], language: string): IndicatorRow[] {
  const first = assessments[0];
  const latest = assessments[assessments.length - 1];
  const several = assessments.length > 1;
  return [...instrument.items]
    .sort((a, b) => a.position - b.position)
    .map((item) => ({
      key: item.key,
      label: language === 'en' ? item.labelEn : item.label,
      firstParticipant: several ? ratingFor(first, item.key, 'participant') : undefined,
      latestParticipant: ratingFor(latest, item.key, 'participant'),
      changeParticipant: latest ? changeFor(latest.changeSinceFirst, item.key, 'participant') : undefined,
      firstCoordinator: several ? ratingFor(first, item.key, 'coordinator') : undefined,
      latestCoordinator: ratingFor(latest, item.key, 'coordinator'),
      changeCoordinator: latest ? changeFor(latest.changeSinceFirst, item.key, 'coordinator') : undefined,
      lowest: latest?.lowestItems.includes(item.key) ?? false,
    }));
}

/** Assessments on one instrument, oldest first. */
export function assessmentsFor(instrumentId: string, assessments: readonly Assessment[]): Assessment[] {
  return assessments.filter((a) => a.instrumentId === instrumentId).sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
}

/** What the user picked per item: '' = not rated. */
export type RatingDraft = Record<string, { participant: string; coordinator: string }>;

export interface AssessmentDraft {
  assessedOn: string;
  comment: string;
  ratings: RatingDraft;
}

export function emptyDraft(today: string): AssessmentDraft {
  return { assessedOn: today, comment: '', ratings: {} };
}

export function validateAssessment(
  draft: AssessmentDraft,
  today: string,
  isIsoDate: (v: string) => boolean,
): { assessedOn?: 'required' | 'invalid' | 'future'; ratings?: 'required' } {
  const errors: { assessedOn?: 'required' | 'invalid' | 'future'; ratings?: 'required' } = {};
  if (!draft.assessedOn) errors.assessedOn = 'required';
  else if (!isIsoDate(draft.assessedOn)) errors.assessedOn = 'invalid';
  else if (draft.assessedOn > today) errors.assessedOn = 'future';
  const anyValue = Object.values(draft.ratings).some((r) => r.participant !== '' || r.coordinator !== '');
  if (!anyValue) errors.ratings = 'required';
  return errors;
}

/** The POST body: only items with a value, only the raters the instrument allows, in item order. */
export function toAssessmentInput(instrument: Instrument, draft: AssessmentDraft): AssessmentInput {
  const ratings = [...instrument.items]
    .sort((a, b) => a.position - b.position)
    .flatMap((item) => {
      const r = draft.ratings[item.key];
      const participant = item.participantRates && r?.participant ? Number(r.participant) : null;
      const coordinator = item.coordinatorRates && r?.coordinator ? Number(r.coordinator) : null;
      if (participant === null && coordinator === null) return [];
      return [{ itemKey: item.key, participant, coordinator }];
    });
  return {
    instrumentId: instrument.id,
    assessedOn: draft.assessedOn,
    comment: draft.comment.trim() || null,
    ratings,
  };
}

/** Maps a server field like `ratings[2].coordinator` back to `<itemKey>.<rater>` of that payload row. */
export function ratingErrorsByItem(input: AssessmentInput | undefined, errors: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const match = /^ratings\[(\d+)\](?:\.(participant|coordinator))?/.exec(field);
    if (!match) continue;
    const key = input?.ratings[Number(match[1])]?.itemKey;
    const id = key ? `${key}.${match[2] ?? 'coordinator'}` : undefined;
    if (id && !(id in result)) result[id] = message;
  }
  return result;
}
