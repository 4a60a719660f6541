import { dutchDate } from '../../engine/letters';

/**
 * The texts of the monitoring bureauonderzoek reports, in our own words,
 * built on the facts of the inspectorate's letter (seed 004). The letters
 * themselves are templates in notifications; these are the report documents
 * that casework keeps and publication publishes without personal data.
 */
export interface ReportFacts {
  schoolName: string;
  vestigingCode: string;
  boardName: string;
  schooljaar: string;
  monitoringDeadline: string;
  legalBasis: string;
  herstelDeadline: string;
}

export function conceptReport(f: ReportFacts): { title: string; paragraphs: string[] } {
  return {
    title: `Conceptrapport bureauonderzoek monitoring sociale veiligheid ${f.schoolName} (${f.vestigingCode}), schooljaar ${f.schooljaar}`,
    paragraphs: [
      `Scholen moeten ieder schooljaar de sociale veiligheid van hun leerlingen monitoren en de resultaten vóór ${dutchDate(f.monitoringDeadline)} aan de inspectie beschikbaar stellen, via de aanbieder van hun monitoringsinstrument.`,
      `Voor ${f.schoolName} (${f.vestigingCode}) heeft de inspectie over schooljaar ${f.schooljaar} geen resultaten ontvangen. Het bestuur ${f.boardName} voldoet daarmee niet aan ${f.legalBasis}.`,
      `De inspectie geeft het bestuur daarom een herstelopdracht: lever de resultaten van de monitoring over schooljaar ${f.schooljaar} vóór ${dutchDate(f.herstelDeadline)} aan, via de instrumentaanbieder, en controleer dat de aanbieder daarvoor opdracht of toestemming heeft.`,
      'Dit rapport is een concept. Het bestuur kan binnen de gestelde termijn een zienswijze geven; daarna stelt de inspectie het rapport vast.',
    ],
  };
}

export function finalReport(
  f: ReportFacts,
  outcome: 'voldaan' | 'niet-voldaan' | null,
  zienswijze: boolean,
): { title: string; paragraphs: string[] } {
  const concept = conceptReport(f);
  const paragraphs = concept.paragraphs.slice(0, 3);
  paragraphs.push(
    zienswijze
      ? 'Het bestuur heeft een zienswijze op het conceptrapport gegeven. De inspectie heeft die meegewogen; de zienswijze is bij dit rapport gevoegd.'
      : 'Het bestuur heeft geen zienswijze op het conceptrapport gegeven.',
  );
  if (outcome === 'voldaan') {
    paragraphs.push(
      `De resultaten zijn alsnog ontvangen vóór ${dutchDate(f.herstelDeadline)}. Het bestuur heeft de herstelopdracht uitgevoerd.`,
    );
  } else if (outcome === 'niet-voldaan') {
    paragraphs.push(
      `De resultaten zijn niet ontvangen vóór ${dutchDate(f.herstelDeadline)}. Het bestuur heeft de herstelopdracht niet uitgevoerd.`,
    );
  }
  return { title: concept.title.replace('Conceptrapport', 'Rapport'), paragraphs };
}

export { dutchDate };
