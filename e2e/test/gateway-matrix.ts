/*
 * The authorisation matrix of the public API: for every operation of the
 * gateway's document (method and path below /api/v1), who gets through.
 * `public`: anyone, without a token. Otherwise the roles that may call it,
 * separated by spaces; every other role (and a token without roles) gets 403,
 * and a missing, expired, foreign, tampered or unsigned token gets 401.
 *
 * Reviewed by hand: this table is what the matrix test
 * (gateway-matrix.e2e-spec.ts) holds the running gateway to, and an
 * operation of the document without a row here fails that test, so a new
 * route cannot go public unreviewed. Change a row only together with the
 * permission it reflects (libs/auth's PERMISSIONS and the route table).
 */
export const MATRIX: Readonly<Record<string, string>> = {
  'POST /bestuursonderzoeken': 'inspecteur coordinator',
  'POST /bestuursonderzoeken/{id}/conceptrapport': 'inspecteur',
  'POST /bestuursonderzoeken/{id}/oordelen': 'inspecteur',
  'POST /bestuursonderzoeken/{id}/vaststellen': 'inspecteur',
  'POST /bestuursonderzoeken/{id}/verificaties': 'inspecteur',
  'POST /bestuursonderzoeken/{id}/zienswijze': 'inspecteur',
  'GET /bestuursonderzoeken/planning': 'coordinator',
  'GET /boards':
    'inspecteur vertrouwensinspecteur coordinator analist klantcontact beheerder partner',
  'GET /boards/{nummer}':
    'inspecteur vertrouwensinspecteur coordinator analist klantcontact beheerder partner',
  'PUT /boards/{nummer}/contact': 'beheerder',
  'GET /boards/{nummer}/schools':
    'inspecteur vertrouwensinspecteur coordinator analist klantcontact beheerder partner',
  'GET /case-types': 'inspecteur vertrouwensinspecteur coordinator analist klantcontact beheerder',
  'GET /case-types/{code}':
    'inspecteur vertrouwensinspecteur coordinator analist klantcontact beheerder',
  'PUT /case-types/{code}': 'beheerder',
  'GET /case-types/{code}/{version}':
    'inspecteur vertrouwensinspecteur coordinator analist klantcontact beheerder',
  // Not klantcontact: it registers meldingen and klachten and answers callers,
  // it does not read every case (least privilege; libs/auth's cases.read).
  'GET /cases': 'inspecteur vertrouwensinspecteur coordinator analist',
  'GET /cases/{id}': 'inspecteur vertrouwensinspecteur coordinator analist',
  'POST /cases/{id}/assign': 'inspecteur vertrouwensinspecteur coordinator',
  'POST /cases/{id}/deadlines/{kind}/{action}': 'inspecteur vertrouwensinspecteur coordinator',
  'POST /cases/{id}/notes': 'inspecteur vertrouwensinspecteur coordinator',
  'GET /cases/{id}/reads': 'inspecteur vertrouwensinspecteur coordinator analist',
  'POST /cases/{id}/report/adopt': 'inspecteur vertrouwensinspecteur coordinator',
  'GET /cases/{id}/timeline': 'inspecteur vertrouwensinspecteur coordinator analist',
  'POST /cases/{id}/zienswijze': 'inspecteur vertrouwensinspecteur coordinator',
  'POST /deadline-checks': 'beheerder coordinator',
  'POST /handmatige-analyses/{id}/besluit': 'analist',
  'POST /imports': 'beheerder',
  'GET /imports': 'beheerder',
  'GET /imports/{id}': 'beheerder',
  // A partner system reads only the inboxes of its own boards (its token's
  // bevoegd_gezag; the matrix asks for board 99999, not one of them), no
  // school's inbox and no letters (gateway-roles checks its own board gets
  // through, with the local realm's partner-demo).
  'GET /inbox/board/{nummer}': 'inspecteur coordinator klantcontact',
  'GET /inbox/school/{brin}': 'inspecteur coordinator klantcontact',
  'POST /klachten': 'klantcontact coordinator',
  'POST /klachten/{id}/aanvulling': 'klantcontact coordinator',
  'POST /klachten/{id}/afhandeling': 'coordinator',
  'POST /klachten/{id}/hoorzitting': 'coordinator',
  'POST /klachten/{id}/hoorzitting/verslag': 'coordinator',
  'POST /klachten/{id}/horen-achterwege': 'coordinator',
  'POST /klachten/{id}/intrekking': 'coordinator',
  'POST /klachten/{id}/uitstel': 'coordinator',
  'POST /klachten/{id}/verdaging': 'coordinator',
  'GET /klachten/register': 'coordinator beheerder analist',
  'GET /klachten/register.csv': 'coordinator beheerder analist',
  'POST /kwaliteitsonderzoeken': 'inspecteur coordinator',
  'POST /kwaliteitsonderzoeken/{id}/conceptrapport': 'inspecteur',
  'POST /kwaliteitsonderzoeken/{id}/oordelen': 'inspecteur',
  'POST /kwaliteitsonderzoeken/{id}/vaststellen': 'inspecteur',
  'POST /kwaliteitsonderzoeken/{id}/zienswijze': 'inspecteur',
  'GET /letters': 'inspecteur vertrouwensinspecteur coordinator klantcontact',
  'GET /letters/{kenmerk}': 'inspecteur vertrouwensinspecteur coordinator klantcontact',
  // The files an inbox links to: a partner system with a board in its token is
  // forwarded, and notifications serves only letters in its own boards' inboxes
  // (404 for others; gateway-roles checks two partners against each other).
  'GET /letters/{kenmerk}/attachments/{n}/pdf':
    'inspecteur vertrouwensinspecteur coordinator klantcontact partner',
  'GET /letters/{kenmerk}/pdf': 'inspecteur vertrouwensinspecteur coordinator klantcontact partner',
  'POST /letters/{kenmerk}/resend': 'coordinator beheerder',
  'POST /meldingen': 'klantcontact inspecteur vertrouwensinspecteur',
  'GET /monitoring/consents': 'instrumentaanbieder',
  'PUT /monitoring/consents/{schooljaar}/{vestigingCode}/{providerId}': 'instrumentaanbieder',
  'DELETE /monitoring/consents/{schooljaar}/{vestigingCode}/{providerId}': 'instrumentaanbieder',
  'GET /monitoring/deadlines/{schooljaar}': 'inspecteur vertrouwensinspecteur coordinator analist',
  'PUT /monitoring/deadlines/{schooljaar}': 'beheerder coordinator',
  'POST /monitoring/providers': 'beheerder',
  'GET /monitoring/providers': 'beheerder',
  'GET /monitoring/providers/{providerId}': 'beheerder',
  'POST /monitoring/providers/{providerId}/keys': 'beheerder',
  'DELETE /monitoring/providers/{providerId}/keys/{keyId}': 'beheerder',
  'POST /monitoring/submissions': 'instrumentaanbieder',
  'GET /monitoring/submissions': 'instrumentaanbieder',
  'GET /monitoring/submissions/{schooljaar}/{vestigingCode}': 'instrumentaanbieder',
  'POST /monitoring/submissions/bulk': 'instrumentaanbieder',
  'POST /monitoring/sweeps/{schooljaar}': 'beheerder coordinator',
  'GET /monitoring/sweeps/{schooljaar}/missing':
    'inspecteur vertrouwensinspecteur coordinator analist',
  'GET /onderzoekskaders': 'inspecteur coordinator analist beheerder',
  'GET /public/changes': 'public',
  'GET /public/datasets': 'public',
  'GET /public/datasets/{dataset}/dictionary': 'public',
  'GET /public/datasets/{file}': 'public',
  'GET /public/herstelopdrachten/{schooljaar}': 'public',
  'GET /public/items': 'public',
  'GET /public/items/{itemId}': 'public',
  'GET /public/items/{itemId}/report.pdf': 'public',
  'GET /public/toezichtresultaten': 'public',
  'GET /publication/items': 'beheerder',
  'GET /publication/items/{itemId}': 'beheerder',
  'POST /publication/items/{itemId}/hold': 'beheerder',
  'POST /publication/items/{itemId}/release-hold': 'beheerder',
  'POST /publication/items/{itemId}/withdraw': 'beheerder',
  'GET /publication/review': 'beheerder',
  'POST /publication/review/{itemId}/reject': 'beheerder',
  'POST /publication/review/{itemId}/release': 'beheerder',
  'POST /publication/webhooks/subscriptions': 'beheerder partner',
  'GET /publication/webhooks/subscriptions': 'beheerder partner',
  'GET /publication/webhooks/subscriptions/{subscriptionId}': 'beheerder partner',
  'GET /publication/webhooks/subscriptions/{subscriptionId}/deliveries': 'beheerder partner',
  'POST /publication/webhooks/subscriptions/{subscriptionId}/disable': 'beheerder partner',
  'POST /publication/webhooks/subscriptions/{subscriptionId}/enable': 'beheerder partner',
  'POST /publication/webhooks/subscriptions/{subscriptionId}/replay': 'beheerder partner',
  'POST /publication/webhooks/subscriptions/{subscriptionId}/rotate-secret': 'beheerder partner',
  'GET /schools':
    'inspecteur vertrouwensinspecteur coordinator analist klantcontact beheerder partner',
  'GET /schools/{brin}':
    'inspecteur vertrouwensinspecteur coordinator analist klantcontact beheerder partner',
  'PUT /schools/{brin}/contact': 'beheerder',
  'GET /schools/{brin}/dossier': 'inspecteur vertrouwensinspecteur coordinator analist',
  'GET /schools/{brin}/history':
    'inspecteur vertrouwensinspecteur coordinator analist klantcontact beheerder partner',
  'GET /schools/{brin}/vestigingen':
    'inspecteur vertrouwensinspecteur coordinator analist klantcontact beheerder partner',
  'GET /templates': 'inspecteur vertrouwensinspecteur coordinator beheerder',
  'GET /templates/{name}': 'inspecteur vertrouwensinspecteur coordinator beheerder',
  'PUT /templates/{name}': 'beheerder',
  'GET /vertrouwensdossiers': 'vertrouwensinspecteur',
  'GET /vertrouwensdossiers/{id}': 'vertrouwensinspecteur',
  'POST /vertrouwensdossiers/{id}/advice': 'vertrouwensinspecteur',
  'POST /vertrouwensdossiers/{id}/close': 'vertrouwensinspecteur',
  'POST /vertrouwensdossiers/{id}/contacts': 'vertrouwensinspecteur',
  'GET /vertrouwensdossiers/{id}/reads': 'vertrouwensinspecteur',
  'GET /vestigingen':
    'inspecteur vertrouwensinspecteur coordinator analist klantcontact beheerder partner',
  'GET /vestigingen/{code}':
    'inspecteur vertrouwensinspecteur coordinator analist klantcontact beheerder partner',
  'PUT /vestigingen/{code}/contact': 'beheerder',
  'GET /risk/datasets': 'analist inspecteur vertrouwensinspecteur coordinator',
  'POST /risk/imports': 'analist',
  'GET /risk/imports': 'analist inspecteur vertrouwensinspecteur coordinator',
  'GET /risk/imports/{id}': 'analist inspecteur vertrouwensinspecteur coordinator',
  'GET /risk/model': 'analist inspecteur vertrouwensinspecteur coordinator',
  'POST /risk/runs': 'analist',
  'GET /risk/runs': 'analist inspecteur vertrouwensinspecteur coordinator',
  'GET /risk/runs/{id}': 'analist inspecteur vertrouwensinspecteur coordinator',
  'GET /risk/runs/{id}/assessments': 'analist inspecteur vertrouwensinspecteur coordinator',
  'GET /risk/runs/{id}/assessments/{kind}/{subject}':
    'analist inspecteur vertrouwensinspecteur coordinator',
  'POST /risk/samples': 'analist',
  'GET /risk/samples/{id}': 'analist inspecteur vertrouwensinspecteur coordinator',
  'GET /risk/stelsel': 'analist inspecteur vertrouwensinspecteur coordinator',
  'GET /risk/stelsel.csv': 'analist inspecteur vertrouwensinspecteur coordinator',
  'GET /risk/stelsel/charts/{indicator}.svg':
    'analist inspecteur vertrouwensinspecteur coordinator',
  'POST /risk/what-if': 'analist',
};
