// The overview's patient filter, shared by every figure's SQL.

/**
 * The patients the filters select (by their current GP, wijk and doelgroep; '' selects all), as a condition
 * on `p` (patients). Bound as :gp, :wijk, :tag.
 */
export const PATIENT_FILTER = `(:gp = '' OR p.gp_id = :gp) AND (:wijk = '' OR p.wijk = :wijk)
  AND (:tag = '' OR EXISTS (SELECT 1 FROM patient_tags t WHERE t.tag = :tag AND t.patient_seq = p.seq))`;
