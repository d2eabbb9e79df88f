/**
 * The duties the team corrections name teams by (a team is the one skill whose description states the duty, so a site
 * cut differently is simply not corrected), and the shape of a correction: shared by teamCorrections.ts,
 * teamCorrectionsMore.ts and teamCorrectionsLate.ts.
 */
export const TROUBLESHOOTING_DUTY = String.raw`troubleshooting|(?:that )?(?:don'?t|do not) work|not working`;
export const PRE_SALES_DUTY = String.raw`pre-?sales|before buying`;
export const RETURNS_DUTY = 'returns';
export const REFUNDS_DUTY = 'refunds';
export const WARRANTY_DUTY = 'warranty';
export const SHIPPING_DUTY = 'shipping';
export const PAYMENTS_DUTY = String.raw`payments?|failed (or double )?charges?`;
export const INVOICES_DUTY = 'invoices?';
export const CODES_DUTY = String.raw`discount codes?|vouchers?|coupons?`;
export const PRIVACY_DUTY = String.raw`gdpr|data deletion|data access|personal data|data protection`;

export interface CorrectionInput {
  topical: string;
  conversation: string;
  current: string;
}

export interface Correction {
  /** Duties of the teams this correction moves a chat away from; empty: from any team. */
  from: string[];
  to: string;
  when: (c: CorrectionInput, fromDuty: string | undefined) => boolean;
}
