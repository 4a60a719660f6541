/** The letters a bestuursonderzoek asks notifications for, by purpose (the report's are in kwaliteitsonderzoek/letters.ts). */
export const BO_LETTERS = {
  aankondiging: 'bestuursonderzoek-aankondiging',
  conceptrapport: 'bestuursonderzoek-conceptrapport',
  rapport: 'bestuursonderzoek-rapport',
} as const;
