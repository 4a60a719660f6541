// Generated from services/gateway/src/openapi/public-api.json by `npm run client:generate`: do not edit.
export interface paths {
  '/api/v1/bestuursonderzoeken': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open the bestuursonderzoek of a board
     * @description Needs permission `kwaliteitsonderzoek.open`. Forwarded to casework.
     */
    post: operations['postBestuursonderzoeken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bestuursonderzoeken/{id}/conceptrapport': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the conceptrapport
     * @description Needs permission `kwaliteitsonderzoek.work`. Forwarded to casework.
     */
    post: operations['postBestuursonderzoekenIdConceptrapport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bestuursonderzoeken/{id}/oordelen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record oordelen per bestuursstandaard
     * @description Needs permission `kwaliteitsonderzoek.work`. Forwarded to casework.
     */
    post: operations['postBestuursonderzoekenIdOordelen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bestuursonderzoeken/{id}/vaststellen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Vaststellen: adopt the report
     * @description Needs permission `kwaliteitsonderzoek.work`. Forwarded to casework.
     */
    post: operations['postBestuursonderzoekenIdVaststellen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bestuursonderzoeken/{id}/verificaties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a verificatie-activiteit at one of its schools
     * @description Needs permission `kwaliteitsonderzoek.work`. Forwarded to casework.
     */
    post: operations['postBestuursonderzoekenIdVerificaties'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bestuursonderzoeken/{id}/zienswijze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the board's zienswijze
     * @description Needs permission `kwaliteitsonderzoek.work`. Forwarded to casework.
     */
    post: operations['postBestuursonderzoekenIdZienswijze'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bestuursonderzoeken/planning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The four-yearly planning of bestuursonderzoeken (the coordinators' queue)
     * @description Needs permission `cases.coordinators-queue`. Forwarded to casework.
     */
    get: operations['getBestuursonderzoekenPlanning'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/boards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Boards (bevoegde gezagen)
     * @description Needs permission `registry.read`. Forwarded to registry.
     */
    get: operations['getBoards'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/boards/{nummer}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One board
     * @description Needs permission `registry.read`. Forwarded to registry.
     */
    get: operations['getBoardsNummer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/boards/{nummer}/contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set a board's contact
     * @description Needs permission `registry.contacts.write`. Forwarded to registry.
     */
    put: operations['putBoardsNummerContact'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/boards/{nummer}/schools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A board's schools
     * @description Needs permission `registry.read`. Forwarded to registry.
     */
    get: operations['getBoardsNummerSchools'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/case-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Case types
     * @description Needs permission `case-types.read`. Forwarded to casework.
     */
    get: operations['getCaseTypes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/case-types/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One case type
     * @description Needs permission `case-types.read`. Forwarded to casework.
     */
    get: operations['getCaseTypesCode'];
    /**
     * Publish a case type version
     * @description Needs permission `case-types.manage`. Forwarded to casework.
     */
    put: operations['putCaseTypesCode'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/case-types/{code}/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One version of a case type
     * @description Needs permission `case-types.read`. Forwarded to casework.
     */
    get: operations['getCaseTypesCodeVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cases (a work queue)
     * @description Needs permission `cases.read`. Forwarded to casework.
     */
    get: operations['getCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One case (the read is recorded)
     * @description Needs permission `cases.read`. Forwarded to casework.
     */
    get: operations['getCasesId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign a case
     * @description Needs permission `cases.work`. Forwarded to casework.
     */
    post: operations['postCasesIdAssign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/deadlines/{kind}/{action}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Extend or settle a deadline
     * @description Needs permission `cases.work`. Forwarded to casework.
     */
    post: operations['postCasesIdDeadlinesKindAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a note
     * @description Needs permission `cases.work`. Forwarded to casework.
     */
    post: operations['postCasesIdNotes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/reads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who read a case
     * @description Needs permission `cases.read`. Forwarded to casework.
     */
    get: operations['getCasesIdReads'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/report/adopt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Adopt the final report
     * @description Needs permission `cases.work`. Forwarded to casework.
     */
    post: operations['postCasesIdReportAdopt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A case's timeline
     * @description Needs permission `cases.read`. Forwarded to casework.
     */
    get: operations['getCasesIdTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/zienswijze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the board's zienswijze
     * @description Needs permission `cases.work`. Forwarded to casework.
     */
    post: operations['postCasesIdZienswijze'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deadline-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run the deadline checks
     * @description Needs permission `cases.deadline-checks.run`. Forwarded to casework.
     */
    post: operations['postDeadlineChecks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/handmatige-analyses/{id}/besluit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide what follows a handmatige analyse: geen vervolg, gesprek met het bestuur, an onderzoek
     * @description Needs permission `handmatige-analyse.decide`. Forwarded to casework.
     */
    post: operations['postHandmatigeAnalysesIdBesluit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Import reports, newest first
     * @description Needs permission `registry.import`. Forwarded to registry.
     */
    get: operations['getImports'];
    put?: never;
    /**
     * Import a DUO list
     * @description The file is checked as a DUO list while it arrives and stored, then read and applied in the background: 202 with the import (status `queued`) and a `Location` header (`imports/<id>`, relative to the request, so it holds behind the gateway too). Poll it with `GET /imports/{id}` until `status` is `completed` (with `counts`, and `errors` of rows that were not applied, by line), `refused` (a complete list that would close (nearly) everything it covers: `failure` says why; nothing changed) or `failed` (with `failure`); `running` shows `progress`. An import survives the replica that applies it: another one (or it, restarted) picks it up again.
     *
     *     Needs permission `registry.import`. Forwarded to registry.
     */
    post: operations['postImports'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One import report
     * @description Needs permission `registry.import`. Forwarded to registry.
     */
    get: operations['getImportsId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inbox/board/{nummer}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A board's portal inbox
     * @description Needs permission `inbox.read`. For partner: only the boards in the token's `bevoegd_gezag` claim. Forwarded to notifications.
     */
    get: operations['getInboxBoardNummer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inbox/school/{brin}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A school's portal inbox
     * @description Needs permission `inbox.read`. Not for partner (they hold it only for their own boards, and this route names none). Forwarded to notifications.
     */
    get: operations['getInboxSchoolBrin'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/klachten': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a klacht
     * @description Needs permission `klachten.intake`. Forwarded to casework.
     */
    post: operations['postKlachten'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/klachten/{id}/aanvulling': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete a klaagschrift (Awb 9:4)
     * @description Needs permission `klachten.intake`. Forwarded to casework.
     */
    post: operations['postKlachtenIdAanvulling'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/klachten/{id}/afhandeling': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide a klacht
     * @description Needs permission `klachten.handle`. Forwarded to casework.
     */
    post: operations['postKlachtenIdAfhandeling'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/klachten/{id}/hoorzitting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Plan a hearing
     * @description Needs permission `klachten.handle`. Forwarded to casework.
     */
    post: operations['postKlachtenIdHoorzitting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/klachten/{id}/hoorzitting/verslag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach the hearing's report
     * @description Needs permission `klachten.handle`. Forwarded to casework.
     */
    post: operations['postKlachtenIdHoorzittingVerslag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/klachten/{id}/horen-achterwege': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Skip the hearing, with its reason (Awb 9:10(2))
     * @description Needs permission `klachten.handle`. Forwarded to casework.
     */
    post: operations['postKlachtenIdHorenAchterwege'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/klachten/{id}/intrekking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a withdrawn klacht
     * @description Needs permission `klachten.handle`. Forwarded to casework.
     */
    post: operations['postKlachtenIdIntrekking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/klachten/{id}/uitstel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Further delay with the complainant's consent
     * @description Needs permission `klachten.handle`. Forwarded to casework.
     */
    post: operations['postKlachtenIdUitstel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/klachten/{id}/verdaging': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Adjourn the decision
     * @description Needs permission `klachten.handle`. Forwarded to casework.
     */
    post: operations['postKlachtenIdVerdaging'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/klachten/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The yearly register of klachten
     * @description Needs permission `klachten.report`. Forwarded to casework.
     */
    get: operations['getKlachtenRegister'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/klachten/register.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The yearly register of klachten as CSV
     * @description Needs permission `klachten.report`. Forwarded to casework.
     */
    get: operations['getKlachtenRegisterCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kwaliteitsonderzoeken': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open a kwaliteitsonderzoek
     * @description Needs permission `kwaliteitsonderzoek.open`. Forwarded to casework.
     */
    post: operations['postKwaliteitsonderzoeken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kwaliteitsonderzoeken/{id}/conceptrapport': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the conceptrapport (hoor en wederhoor)
     * @description Needs permission `kwaliteitsonderzoek.work`. Forwarded to casework.
     */
    post: operations['postKwaliteitsonderzoekenIdConceptrapport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kwaliteitsonderzoeken/{id}/oordelen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record oordelen per standaard
     * @description Needs permission `kwaliteitsonderzoek.work`. Forwarded to casework.
     */
    post: operations['postKwaliteitsonderzoekenIdOordelen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kwaliteitsonderzoeken/{id}/vaststellen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Vaststellen: adopt the report
     * @description Needs permission `kwaliteitsonderzoek.work`. Forwarded to casework.
     */
    post: operations['postKwaliteitsonderzoekenIdVaststellen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/kwaliteitsonderzoeken/{id}/zienswijze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the school's zienswijze
     * @description Needs permission `kwaliteitsonderzoek.work`. Forwarded to casework.
     */
    post: operations['postKwaliteitsonderzoekenIdZienswijze'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Letters
     * @description Needs permission `letters.read`. Forwarded to notifications.
     */
    get: operations['getLetters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/letters/{kenmerk}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One letter
     * @description Needs permission `letters.read`. Forwarded to notifications.
     */
    get: operations['getLettersKenmerk'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/letters/{kenmerk}/attachments/{n}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A letter's attachment
     * @description Whoever reads letters; a partner system only the letters in its own boards' inboxes (its token's `bevoegd_gezag`), and 404 letter-not-found for any other, as for a kenmerk that does not exist.
     *
     *     Needs permission `letters.pdf`. For partner: only what belongs to the boards in the token's `bevoegd_gezag` claim (notifications answers 404 for anything else). Forwarded to notifications.
     */
    get: operations['getLettersKenmerkAttachmentsNPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/letters/{kenmerk}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A letter's PDF
     * @description Whoever reads letters; a partner system only the letters in its own boards' inboxes (its token's `bevoegd_gezag`), and 404 letter-not-found for any other, as for a kenmerk that does not exist.
     *
     *     Needs permission `letters.pdf`. For partner: only what belongs to the boards in the token's `bevoegd_gezag` claim (notifications answers 404 for anything else). Forwarded to notifications.
     */
    get: operations['getLettersKenmerkPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/letters/{kenmerk}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a letter again
     * @description Needs permission `letters.resend`. Forwarded to notifications.
     */
    post: operations['postLettersKenmerkResend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meldingen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a melding
     * @description With an `Idempotency-Key` header a client may send the request again after it got no answer (a timeout, a 502): the same key with the same body gives the same answer and registers nothing more, on any replica; the same key with another body is a 422.
     *
     *     Needs permission `cases.meldingen.create`. Forwarded to casework.
     */
    post: operations['postMeldingen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitoring/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The calling provider's consents
     * @description Needs permission `monitoring.own-consents`. Forwarded to monitoring-intake.
     */
    get: operations['getMonitoringConsents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitoring/consents/{schooljaar}/{vestigingCode}/{providerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Record a school's consent
     * @description Needs permission `monitoring.own-consents`. Forwarded to monitoring-intake.
     */
    put: operations['putMonitoringConsentsSchooljaarVestigingCodeProviderId'];
    post?: never;
    /**
     * Withdraw a school's consent
     * @description Needs permission `monitoring.own-consents`. Forwarded to monitoring-intake.
     */
    delete: operations['deleteMonitoringConsentsSchooljaarVestigingCodeProviderId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitoring/deadlines/{schooljaar}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A schooljaar's deadline
     * @description Needs permission `monitoring.read`. Forwarded to monitoring-intake.
     */
    get: operations['getMonitoringDeadlinesSchooljaar'];
    /**
     * Set a schooljaar's deadline
     * @description Needs permission `monitoring.deadlines.manage`. Forwarded to monitoring-intake.
     */
    put: operations['putMonitoringDeadlinesSchooljaar'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitoring/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Survey providers
     * @description Needs permission `monitoring.providers.manage`. Forwarded to monitoring-intake.
     */
    get: operations['getMonitoringProviders'];
    put?: never;
    /**
     * Register a survey provider
     * @description Needs permission `monitoring.providers.manage`. Forwarded to monitoring-intake.
     */
    post: operations['postMonitoringProviders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitoring/providers/{providerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One survey provider
     * @description Needs permission `monitoring.providers.manage`. Forwarded to monitoring-intake.
     */
    get: operations['getMonitoringProvidersProviderId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitoring/providers/{providerId}/keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new key for a provider
     * @description Needs permission `monitoring.providers.manage`. Forwarded to monitoring-intake.
     */
    post: operations['postMonitoringProvidersProviderIdKeys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitoring/providers/{providerId}/keys/{keyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a provider's key
     * @description Needs permission `monitoring.providers.manage`. Forwarded to monitoring-intake.
     */
    delete: operations['deleteMonitoringProvidersProviderIdKeysKeyId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitoring/submissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the calling provider delivered
     * @description Needs permission `monitoring.own-submissions`. Forwarded to monitoring-intake.
     */
    get: operations['getMonitoringSubmissions'];
    put?: never;
    /**
     * Deliver the results of one vestiging
     * @description Needs permission `monitoring.own-submissions`. Forwarded to monitoring-intake.
     */
    post: operations['postMonitoringSubmissions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitoring/submissions/{schooljaar}/{vestigingCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One delivery of the calling provider
     * @description Needs permission `monitoring.own-submissions`. Forwarded to monitoring-intake.
     */
    get: operations['getMonitoringSubmissionsSchooljaarVestigingCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitoring/submissions/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deliver many results at once
     * @description Needs permission `monitoring.own-submissions`. Forwarded to monitoring-intake.
     */
    post: operations['postMonitoringSubmissionsBulk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitoring/sweeps/{schooljaar}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run the deadline sweep
     * @description Needs permission `monitoring.deadlines.manage`. Forwarded to monitoring-intake.
     */
    post: operations['postMonitoringSweepsSchooljaar'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/monitoring/sweeps/{schooljaar}/missing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Vestigingen without a delivery
     * @description Needs permission `monitoring.read`. Forwarded to monitoring-intake.
     */
    get: operations['getMonitoringSweepsSchooljaarMissing'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/onderzoekskaders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The onderzoekskader of a sector on a day
     * @description Needs permission `onderzoekskader.read`. Forwarded to casework.
     */
    get: operations['getOnderzoekskaders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What was published, updated or withdrawn since a cursor
     * @description Public: no token needed; rate-limited per client address. Forwarded to publication.
     */
    get: operations['getPublicChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/datasets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The open data sets and their files
     * @description Public: no token needed; rate-limited per client address. Forwarded to publication.
     */
    get: operations['getPublicDatasets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/datasets/{dataset}/dictionary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A data set's data dictionary
     * @description Public: no token needed; rate-limited per client address. Forwarded to publication.
     */
    get: operations['getPublicDatasetsDatasetDictionary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/datasets/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An open data file (CSV or JSON)
     * @description Public: no token needed; rate-limited per client address. Forwarded to publication.
     */
    get: operations['getPublicDatasetsFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/herstelopdrachten/{schooljaar}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The boards that received the monitoring herstelopdracht in a schooljaar
     * @description Public: no token needed; rate-limited per client address. Forwarded to publication.
     */
    get: operations['getPublicHerstelopdrachtenSchooljaar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Published items
     * @description Public: no token needed; rate-limited per client address. Forwarded to publication.
     */
    get: operations['getPublicItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One published item
     * @description Public: no token needed; rate-limited per client address. Forwarded to publication.
     */
    get: operations['getPublicItemsItemId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/items/{itemId}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A published report's non-personalised PDF
     * @description Public: no token needed; rate-limited per client address. Forwarded to publication.
     */
    get: operations['getPublicItemsItemIdReportPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/toezichtresultaten': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Toezichtresultaten per school, vestiging or (vo) afdeling
     * @description Public: no token needed; rate-limited per client address. Forwarded to publication.
     */
    get: operations['getPublicToezichtresultaten'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every item and its state
     * @description Needs permission `publication.manage`. Forwarded to publication.
     */
    get: operations['getPublicationItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One item with its history
     * @description Needs permission `publication.manage`. Forwarded to publication.
     */
    get: operations['getPublicationItemsItemId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/items/{itemId}/hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hold an item before its date
     * @description Needs permission `publication.manage`. Forwarded to publication.
     */
    post: operations['postPublicationItemsItemIdHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/items/{itemId}/release-hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Release a hold
     * @description Needs permission `publication.manage`. Forwarded to publication.
     */
    post: operations['postPublicationItemsItemIdReleaseHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/items/{itemId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw a published item
     * @description Needs permission `publication.manage`. Forwarded to publication.
     */
    post: operations['postPublicationItemsItemIdWithdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The personal-data gate's review queue
     * @description Needs permission `publication.manage`. Forwarded to publication.
     */
    get: operations['getPublicationReview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/review/{itemId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a blocked item
     * @description Needs permission `publication.manage`. Forwarded to publication.
     */
    post: operations['postPublicationReviewItemIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/review/{itemId}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Release a blocked item
     * @description Needs permission `publication.manage`. Forwarded to publication.
     */
    post: operations['postPublicationReviewItemIdRelease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/webhooks/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Webhook subscriptions
     * @description Needs permission `webhooks.manage`. Forwarded to publication.
     */
    get: operations['getPublicationWebhooksSubscriptions'];
    put?: never;
    /**
     * Register a webhook subscriber
     * @description Needs permission `webhooks.manage`. Forwarded to publication.
     */
    post: operations['postPublicationWebhooksSubscriptions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/webhooks/subscriptions/{subscriptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One subscription
     * @description Needs permission `webhooks.manage`. Forwarded to publication.
     */
    get: operations['getPublicationWebhooksSubscriptionsSubscriptionId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/webhooks/subscriptions/{subscriptionId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A subscription's delivery log
     * @description Needs permission `webhooks.manage`. Forwarded to publication.
     */
    get: operations['getPublicationWebhooksSubscriptionsSubscriptionIdDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/webhooks/subscriptions/{subscriptionId}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Disable a subscription
     * @description Needs permission `webhooks.manage`. Forwarded to publication.
     */
    post: operations['postPublicationWebhooksSubscriptionsSubscriptionIdDisable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/webhooks/subscriptions/{subscriptionId}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enable a subscription
     * @description Needs permission `webhooks.manage`. Forwarded to publication.
     */
    post: operations['postPublicationWebhooksSubscriptionsSubscriptionIdEnable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/webhooks/subscriptions/{subscriptionId}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replay a time range to a subscription
     * @description Needs permission `webhooks.manage`. Forwarded to publication.
     */
    post: operations['postPublicationWebhooksSubscriptionsSubscriptionIdReplay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/publication/webhooks/subscriptions/{subscriptionId}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate a subscription's secret
     * @description Needs permission `webhooks.manage`. Forwarded to publication.
     */
    post: operations['postPublicationWebhooksSubscriptionsSubscriptionIdRotateSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/datasets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The DUO data a run reads, per list and period
     * @description Needs permission `risk.read`. Forwarded to risk-analysis.
     */
    get: operations['getRiskDatasets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Import reports, newest first
     * @description Needs permission `risk.read`. Forwarded to risk-analysis.
     */
    get: operations['getRiskImports'];
    put?: never;
    /**
     * Import a DUO statistics file
     * @description Which list it is comes from the header (or list=); a file that is not that list is refused whole (400, nothing stored). Bad rows are reported with their line and left out. Masked counts (<5) are stored as unknown, never 0.
     *
     *     Needs permission `risk.run`. Forwarded to risk-analysis.
     */
    post: operations['postRiskImports'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One import report, with its bad rows
     * @description Needs permission `risk.read`. Forwarded to risk-analysis.
     */
    get: operations['getRiskImportsId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/model': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current model document
     * @description Needs permission `risk.read`. Forwarded to risk-analysis.
     */
    get: operations['getRiskModel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Runs, newest first
     * @description Needs permission `risk.read`. Forwarded to risk-analysis.
     */
    get: operations['getRiskRuns'];
    put?: never;
    /**
     * Run the current model now
     * @description Stores every assessment and publishes RiskAssessed per subject and RiskFlagged for those needing a manual analysis. 409 while another run is going on.
     *
     *     Needs permission `risk.run`. Forwarded to risk-analysis.
     */
    post: operations['postRiskRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One run
     * @description Needs permission `risk.read`. Forwarded to risk-analysis.
     */
    get: operations['getRiskRunsId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/runs/{id}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A run's assessments
     * @description Needs permission `risk.read`. Forwarded to risk-analysis.
     */
    get: operations['getRiskRunsIdAssessments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/runs/{id}/assessments/{kind}/{subject}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The assessment of one board or vestiging, with its explanation
     * @description Needs permission `risk.read`. Forwarded to risk-analysis.
     */
    get: operations['getRiskRunsIdAssessmentsKindSubject'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/samples': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Draw the steekproef kwaliteitsonderzoek
     * @description Seeded, stratified by sector × provincie × size class with proportional allocation; excludes schools judged in the 12 months before the date. Stored as an audit record; SampleDrawn goes to casework.
     *
     *     Needs permission `risk.run`. Forwarded to risk-analysis.
     */
    post: operations['postRiskSamples'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/samples/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One steekproef draw
     * @description Needs permission `risk.read`. Forwarded to risk-analysis.
     */
    get: operations['getRiskSamplesId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/stelsel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Stelsel figures of a completed run
     * @description With from/to: per year the newest completed run about a day in that year, rows per sector × provincie × year.
     *
     *     Needs permission `risk.read`. Forwarded to risk-analysis.
     */
    get: operations['getRiskStelsel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/stelsel.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The stelsel figures as CSV
     * @description Needs permission `risk.read`. Forwarded to risk-analysis.
     */
    get: operations['getRiskStelselCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/stelsel/charts/{indicator}.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Share of schools with a signal on one indicator, as SVG
     * @description Needs permission `risk.read`. Forwarded to risk-analysis.
     */
    get: operations['getRiskStelselChartsIndicatorSvg'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/risk/what-if': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Compare a candidate model with the current
     * @description Nothing is stored or published. 400 lists every problem of an invalid model.
     *
     *     Needs permission `risk.run`. Forwarded to risk-analysis.
     */
    post: operations['postRiskWhatIf'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Schools
     * @description Needs permission `registry.read`. Forwarded to registry.
     */
    get: operations['getSchools'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schools/{brin}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One school
     * @description Needs permission `registry.read`. Forwarded to registry.
     */
    get: operations['getSchoolsBrin'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schools/{brin}/contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set a school's contact
     * @description Needs permission `registry.contacts.write`. Forwarded to registry.
     */
    put: operations['putSchoolsBrinContact'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schools/{brin}/dossier': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A school's dossier: the school, vestigingen, board, cases, letters, monitoring, risk */
    get: operations['Dossier.dossier'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schools/{brin}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every change of a school
     * @description Needs permission `registry.read`. Forwarded to registry.
     */
    get: operations['getSchoolsBrinHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/schools/{brin}/vestigingen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A school's vestigingen
     * @description Needs permission `registry.read`. Forwarded to registry.
     */
    get: operations['getSchoolsBrinVestigingen'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Letter templates
     * @description Needs permission `templates.read`. Forwarded to notifications.
     */
    get: operations['getTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/templates/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One letter template
     * @description Needs permission `templates.read`. Forwarded to notifications.
     */
    get: operations['getTemplatesName'];
    /**
     * Replace a letter template
     * @description Needs permission `templates.manage`. Forwarded to notifications.
     */
    put: operations['putTemplatesName'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vertrouwensdossiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The vertrouwensinspecteurs' queue and search (a recorded read)
     * @description Needs permission `vertrouwensdossiers.read`. Forwarded to casework.
     */
    get: operations['getVertrouwensdossiers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vertrouwensdossiers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A vertrouwensdossier, opened (a recorded read)
     * @description Needs permission `vertrouwensdossiers.read`. Forwarded to casework.
     */
    get: operations['getVertrouwensdossiersId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vertrouwensdossiers/{id}/advice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record advice given
     * @description Needs permission `vertrouwensdossiers.work`. Forwarded to casework.
     */
    post: operations['postVertrouwensdossiersIdAdvice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vertrouwensdossiers/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a vertrouwensdossier
     * @description Needs permission `vertrouwensdossiers.work`. Forwarded to casework.
     */
    post: operations['postVertrouwensdossiersIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vertrouwensdossiers/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log a contact
     * @description Needs permission `vertrouwensdossiers.work`. Forwarded to casework.
     */
    post: operations['postVertrouwensdossiersIdContacts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vertrouwensdossiers/{id}/reads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who read a vertrouwensdossier, and why
     * @description Needs permission `vertrouwensdossiers.read`. Forwarded to casework.
     */
    get: operations['getVertrouwensdossiersIdReads'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vestigingen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Vestigingen
     * @description Needs permission `registry.read`. Forwarded to registry.
     */
    get: operations['getVestigingen'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vestigingen/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One vestiging
     * @description Needs permission `registry.read`. Forwarded to registry.
     */
    get: operations['getVestigingenCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vestigingen/{code}/contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set a vestiging's contact
     * @description Needs permission `registry.contacts.write`. Forwarded to registry.
     */
    put: operations['putVestigingenCodeContact'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Problem: {
      /** @description URI naming the kind of problem; ends with `code`. */
      type: string;
      /** @description The HTTP status in words. */
      title: string;
      status: number;
      /** @description What is wrong, for a person. */
      detail: string;
      /** @description The request path. */
      instance?: string;
      /** @description Short machine-readable name of the problem. */
      code: string;
      errors?: {
        in: 'body' | 'query' | 'path' | 'header';
        /** @description JSON Pointer into that part of the request. */
        path: string;
        message: string;
      }[];
      /** @description Deprecated: the same as `code`. */
      error: string;
      /** @description Deprecated: the same as `detail`. */
      message: string;
      /** @description Deprecated: `errors`. */
      issues?: unknown[];
    } & {
      [key: string]: unknown;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  postBestuursonderzoeken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          bevoegdGezagNummer: string;
          /** @enum {string} */
          aanleiding: 'vierjaarlijks' | 'risico' | 'signalen';
          reason: string;
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postBestuursonderzoekenIdConceptrapport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          eindoordeel: 'Zeer zwak' | 'Onvoldoende' | 'Voldoende' | 'Goed';
          paragraphs: string[];
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postBestuursonderzoekenIdOordelen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          oordelen: {
            /** @enum {string} */
            afdeling?: 'vmbo-b' | 'vmbo-k' | 'vmbo-gt' | 'havo' | 'vwo';
            standaard: string;
            /** @enum {string} */
            oordeel: 'Goed' | 'Voldoende' | 'Onvoldoende' | 'niet beoordeeld';
          }[];
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postBestuursonderzoekenIdVaststellen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          paragraphs: string[];
          legalBasis?: {
            [key: string]: string;
          };
          term?: string;
          verbeterperiode?: string;
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postBestuursonderzoekenIdVerificaties: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          vestigingCode: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postBestuursonderzoekenIdZienswijze: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
          /** Format: date */
          receivedOn: string;
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBestuursonderzoekenPlanning: {
    parameters: {
      query?: {
        year?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBoards: {
    parameters: {
      query?: {
        /** @description Part of the name (any case). */
        name?: string;
        /** @description Part of the plaats (any case). */
        plaats?: string;
        /** @description Part of the gemeente name (any case). */
        gemeente?: string;
        /** @description Education sector: po, so, vso, vo, mbo or ho. */
        sector?: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
        board?: string;
        brin?: string;
        postcode?: string;
        status?: 'open' | 'closed';
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              /** @description Bevoegd gezag nummer of the board (bestuur): five digits as a string (leading zeros kept), e.g. 41234. */
              bevoegdGezagNummer: string;
              /** @description Name of the board, as DUO writes it. */
              name: string;
              /** @description Postal address. */
              address: {
                /** @description Street name; null when unknown. */
                straat: string | null;
                /** @description House number; null when unknown or not numeric. */
                huisnummer: number | null;
                /** @description Addition to the house number (e.g. "a", "bis", "-14"); null when none. */
                huisnummerToevoeging: string | null;
                /** @description Dutch postcode, normalised to "1234 AB"; null when unknown. */
                postcode: string | null;
                /** @description Place (plaatsnaam); null when unknown. */
                plaats: string | null;
              };
              /** @description The gemeente (municipality) the address lies in; null when unknown. */
              gemeente: {
                /** @description CBS gemeentecode, four digits with leading zeros (e.g. 0363). */
                nummer: string;
                /** @description Name of the gemeente. */
                naam: string;
              } | null;
              /** @description Denominatie as DUO writes it (e.g. Openbaar, Rooms-Katholiek); free text because DUO adds values. Null when unknown. */
              denominatie: string | null;
              /**
               * Format: email
               * @description E-mail address for official correspondence with the board; null when unknown.
               */
              contactEmail: string | null;
              /**
               * @description open, or closed (see closedOn).
               * @enum {string}
               */
              status: 'open' | 'closed';
              /**
               * Format: date
               * @description Date the board closed (per DUO); null while open.
               */
              closedOn: string | null;
              revision: number;
              lastImportId: string | null;
              /** Format: date-time */
              updatedAt: string;
            } & {
              [key: string]: unknown;
            })[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
            /** @description Matches in all pages. */
            total: number;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBoardsNummer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        nummer: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A board (bevoegd gezag). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Bevoegd gezag nummer of the board (bestuur): five digits as a string (leading zeros kept), e.g. 41234. */
            bevoegdGezagNummer: string;
            /** @description Name of the board, as DUO writes it. */
            name: string;
            /** @description Postal address. */
            address: {
              /** @description Street name; null when unknown. */
              straat: string | null;
              /** @description House number; null when unknown or not numeric. */
              huisnummer: number | null;
              /** @description Addition to the house number (e.g. "a", "bis", "-14"); null when none. */
              huisnummerToevoeging: string | null;
              /** @description Dutch postcode, normalised to "1234 AB"; null when unknown. */
              postcode: string | null;
              /** @description Place (plaatsnaam); null when unknown. */
              plaats: string | null;
            };
            /** @description The gemeente (municipality) the address lies in; null when unknown. */
            gemeente: {
              /** @description CBS gemeentecode, four digits with leading zeros (e.g. 0363). */
              nummer: string;
              /** @description Name of the gemeente. */
              naam: string;
            } | null;
            /** @description Denominatie as DUO writes it (e.g. Openbaar, Rooms-Katholiek); free text because DUO adds values. Null when unknown. */
            denominatie: string | null;
            /**
             * Format: email
             * @description E-mail address for official correspondence with the board; null when unknown.
             */
            contactEmail: string | null;
            /**
             * @description open, or closed (see closedOn).
             * @enum {string}
             */
            status: 'open' | 'closed';
            /**
             * Format: date
             * @description Date the board closed (per DUO); null while open.
             */
            closedOn: string | null;
            revision: number;
            lastImportId: string | null;
            /** Format: date-time */
            updatedAt: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putBoardsNummerContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        nummer: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The address, or null to clear it. */
          contactEmail: string | null;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            changed: boolean;
            snapshot: {
              [key: string]: unknown;
            };
            revision: number;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBoardsNummerSchools: {
    parameters: {
      query?: {
        /** @description Part of the name (any case). */
        name?: string;
        /** @description Part of the plaats (any case). */
        plaats?: string;
        /** @description Part of the gemeente name (any case). */
        gemeente?: string;
        /** @description Education sector: po, so, vso, vo, mbo or ho. */
        sector?: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
        board?: string;
        brin?: string;
        postcode?: string;
        status?: 'open' | 'closed';
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path: {
        nummer: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              /** @description BRIN code (instellingscode) of the school: two digits and two capital letters, e.g. 12AB. */
              brin: string;
              /** @description Name of the school (instellingsnaam), as DUO writes it. */
              name: string;
              /** @description Bevoegd gezag nummer of the board (bestuur): five digits as a string (leading zeros kept), e.g. 41234. */
              bevoegdGezagNummer: string;
              /**
               * @description Education sector: po, so, vso, vo, mbo or ho.
               * @enum {string}
               */
              sector: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
              /** @description Denominatie as DUO writes it (e.g. Openbaar, Rooms-Katholiek); free text because DUO adds values. Null when unknown. */
              denominatie: string | null;
              /** @description Onderwijsstructuur codes as DUO gives them, split on "/" (e.g. ["VMBO", "HAVO", "VWO"]); empty when none. */
              onderwijsstructuren: string[];
              /** @description Postal address. */
              address: {
                /** @description Street name; null when unknown. */
                straat: string | null;
                /** @description House number; null when unknown or not numeric. */
                huisnummer: number | null;
                /** @description Addition to the house number (e.g. "a", "bis", "-14"); null when none. */
                huisnummerToevoeging: string | null;
                /** @description Dutch postcode, normalised to "1234 AB"; null when unknown. */
                postcode: string | null;
                /** @description Place (plaatsnaam); null when unknown. */
                plaats: string | null;
              };
              /** @description The gemeente (municipality) the address lies in; null when unknown. */
              gemeente: {
                /** @description CBS gemeentecode, four digits with leading zeros (e.g. 0363). */
                nummer: string;
                /** @description Name of the gemeente. */
                naam: string;
              } | null;
              /** @description The provincie of the school: its main vestiging's (vestigingsnummer 00, else its first), as DUO writes it (e.g. Zuid-Holland, Friesland). Null when DUO gives none; absent from events sent before the registry published it. */
              provincie?: string | null;
              /**
               * Format: email
               * @description E-mail of the contact for the Internet Schooldossier (ISD); null when unknown.
               */
              isdContactEmail: string | null;
              /**
               * @description open, or closed (see closedOn).
               * @enum {string}
               */
              status: 'open' | 'closed';
              /**
               * Format: date
               * @description Date the school closed (per DUO); null while open.
               */
              closedOn: string | null;
              revision: number;
              lastImportId: string | null;
              /** Format: date-time */
              updatedAt: string;
            } & {
              [key: string]: unknown;
            })[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
            /** @description Matches in all pages. */
            total: number;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCaseTypes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': ({
            code: string;
            version: number;
            name: string;
          } & {
            [key: string]: unknown;
          })[];
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCaseTypesCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            version: number;
            name: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putCaseTypesCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          description: string;
          statuses: {
            code: string;
            name: string;
          }[];
          results: {
            code: string;
            name: string;
          }[];
          terms: {
            [key: string]: string;
          };
          suspendable: boolean;
          extendable: boolean;
          confidentiality: 'openbaar' | 'intern' | 'vertrouwelijk';
          legalBasis: {
            [key: string]: string;
          };
          escalationQueue: string | null;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            version: number;
            name: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCaseTypesCodeVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            version: number;
            name: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCases: {
    parameters: {
      query?: {
        type?: string;
        status?: string;
        /** @description `none` for unassigned cases. */
        assignee?: string;
        queue?: string;
        board?: string;
        brin?: string;
        deadlineBefore?: string;
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              _id: string;
              caseType: {
                code: string;
                version: number;
              };
              status: string;
            } & {
              [key: string]: unknown;
            })[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCasesId: {
    parameters: {
      query?: never;
      header?: {
        /** @description Why the case is read (audited). */
        'x-reason'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            _id: string;
            timelineLength: number;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postCasesIdAssign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          assignee: string | null;
          /** @description Why; kept in the audit trail. */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Assigned */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postCasesIdDeadlinesKindAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        kind: string;
        action: 'suspend' | 'resume' | 'extend';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why; kept in the audit trail. */
          reason: string;
          /** @description For extend: e.g. P2W */
          duration?: string;
          /**
           * Format: date
           * @description For extend: the new due date
           */
          until?: string;
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postCasesIdNotes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description Noted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCasesIdReads: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            entries: {
              [key: string]: unknown;
            }[];
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postCasesIdReportAdopt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why; kept in the audit trail. */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Adopted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCasesIdTimeline: {
    parameters: {
      query?: never;
      header?: {
        /** @description Why the case is read (audited). */
        'x-reason'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            entries: {
              [key: string]: unknown;
            }[];
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postCasesIdZienswijze: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description At most 1048576 bytes. */
    requestBody: {
      content: {
        'application/json': {
          text: string;
          /** Format: date */
          receivedOn: string;
        };
      };
    };
    responses: {
      /** @description Registered */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postDeadlineChecks: {
    parameters: {
      query?: {
        /** @description Today when left out; never later. */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date */
            asOf: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postHandmatigeAnalysesIdBesluit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          uitkomst: 'geen-vervolg' | 'gesprek-bestuur' | 'onderzoek';
          motivering: string;
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            result: string;
            /** @description The investigation opened and linked, for the outcome onderzoek. */
            vervolg: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getImports: {
    parameters: {
      query?: {
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              _id: string;
              fileName: string | null;
              /** @enum {string} */
              kind: 'vestigingen' | 'boards';
              complete: boolean;
              /** @enum {string} */
              status: 'queued' | 'running' | 'completed' | 'failed' | 'refused';
              /** Format: date-time */
              startedAt: string;
              totalRows: number;
              appliedRows: number;
              errorCount: number;
            } & {
              [key: string]: unknown;
            })[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
            /** @description Matches in all pages. */
            total: number;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postImports: {
    parameters: {
      query?: {
        /** @description Education sector: po, so, vso, vo, mbo or ho. */
        sector?: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
        /** @description false: a partial list, closes nothing (default true). */
        complete?: boolean;
        fileName?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': unknown;
        'text/csv': unknown;
        'text/plain': unknown;
        'application/octet-stream': unknown;
      };
    };
    responses: {
      /** @description Accepted: the import (status queued), applied in the background */
      202: {
        headers: {
          /** @description The import to poll: `imports/<id>`, relative to the request URL */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            _id: string;
            fileName: string | null;
            /** @enum {string} */
            kind: 'vestigingen' | 'boards';
            complete: boolean;
            /** @enum {string} */
            status: 'queued' | 'running' | 'completed' | 'failed' | 'refused';
            /** Format: date-time */
            startedAt: string;
            totalRows: number;
            appliedRows: number;
            errorCount: number;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getImportsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            _id: string;
            fileName: string | null;
            /** @enum {string} */
            kind: 'vestigingen' | 'boards';
            complete: boolean;
            /** @enum {string} */
            status: 'queued' | 'running' | 'completed' | 'failed' | 'refused';
            /** Format: date-time */
            startedAt: string;
            totalRows: number;
            appliedRows: number;
            errorCount: number;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInboxBoardNummer: {
    parameters: {
      query?: {
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path: {
        nummer: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              kenmerk: string;
              caseId: string;
              subject: string;
              template: string;
              afschrift: boolean;
              files: {
                name: string;
                href: string;
              }[];
              /** Format: date-time */
              deliveredAt: string;
            }[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInboxSchoolBrin: {
    parameters: {
      query?: {
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path: {
        brin: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              kenmerk: string;
              caseId: string;
              subject: string;
              template: string;
              afschrift: boolean;
              files: {
                name: string;
                href: string;
              }[];
              /** Format: date-time */
              deliveredAt: string;
            }[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKlachten: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Our registration number of the klaagschrift: registering it twice finds the first case. */
          reference?: string;
          /** Format: date */
          receivedOn: string;
          /** @enum {string} */
          channel: 'post' | 'e-mail' | 'contactformulier' | 'balie';
          complainant: {
            name?: string;
            addressLines: string[];
            /** Format: email */
            email?: string;
          };
          description?: string;
          /** Format: date */
          datedOn?: string;
          /** @description The klaagschrift is signed (Awb 9:4(2)). */
          signed: boolean;
          /**
           * Format: date
           * @description When the conduct complained about took place.
           */
          conductOn?: string;
          /** @description The conduct is or was open to objection or appeal (Awb 9:8(1)(c)). */
          openToObjection: boolean;
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            outcome: string;
            status: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKlachtenIdAanvulling: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          receivedOn: string;
          description?: string;
          name?: string;
          addressLines?: string[];
          /** Format: email */
          email?: string;
          /** Format: date */
          datedOn?: string;
          signed?: boolean;
          /** Format: date */
          conductOn?: string;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKlachtenIdAfhandeling: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome: 'gegrond' | 'deels-gegrond' | 'ongegrond';
          reasons: string;
          conclusions?: string;
        };
      };
    };
    responses: {
      /** @description Decided */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKlachtenIdHoorzitting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          on: string;
        };
      };
    };
    responses: {
      /** @description Scheduled */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKlachtenIdHoorzittingVerslag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          heldOn: string;
          text: string;
        };
      };
    };
    responses: {
      /** @description Attached */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKlachtenIdHorenAchterwege: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          reason: 'kennelijk-ongegrond' | 'geen-prijs-op-gesteld' | 'niet-gereageerd';
          /** @description Why; in the letter and the audit trail. */
          explanation: string;
        };
      };
    };
    responses: {
      /** @description Recorded */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKlachtenIdIntrekking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why; in the letter and the audit trail. */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Closed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKlachtenIdUitstel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          until: string;
          /** @description Why; in the letter and the audit trail. */
          reason: string;
          /** @description The complainant's written consent: when, and which letter or mail. */
          consent: {
            /** Format: date */
            givenOn: string;
            document: string;
          };
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKlachtenIdVerdaging: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description How long, at most the case type's verdaging term (P4W). */
          duration: string;
          /** @description Why; in the letter and the audit trail. */
          reason: string;
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getKlachtenRegister: {
    parameters: {
      query: {
        year: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getKlachtenRegisterCsv: {
    parameters: {
      query: {
        year: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV: jaar, uitkomst, afhandeltermijn, aantal */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKwaliteitsonderzoeken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          vestigingCode: string;
          /** @enum {string} */
          aanleiding: 'risico' | 'steekproef' | 'signalen' | 'handmatig' | 'herstelonderzoek';
          reason: string;
          follows?: string;
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKwaliteitsonderzoekenIdConceptrapport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          eindoordeel: 'Zeer zwak' | 'Onvoldoende' | 'Voldoende' | 'Goed';
          paragraphs: string[];
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKwaliteitsonderzoekenIdOordelen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          oordelen: {
            /** @enum {string} */
            afdeling?: 'vmbo-b' | 'vmbo-k' | 'vmbo-gt' | 'havo' | 'vwo';
            standaard: string;
            /** @enum {string} */
            oordeel: 'Goed' | 'Voldoende' | 'Onvoldoende' | 'niet beoordeeld';
          }[];
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKwaliteitsonderzoekenIdVaststellen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          paragraphs: string[];
          legalBasis?: {
            [key: string]: string;
          };
          term?: string;
          verbeterperiode?: string;
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postKwaliteitsonderzoekenIdZienswijze: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
          /** Format: date */
          receivedOn: string;
        };
      };
    };
    responses: {
      /** @description Done */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLetters: {
    parameters: {
      query?: {
        state?: 'sending' | 'sent' | 'blocked' | 'failed';
        caseId?: string;
        bevoegdGezagNummer?: string;
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            letters: ({
              kenmerk: string;
              requestId: string;
              caseId: string;
              template: string;
              templateVersion: number;
              bevoegdGezagNummer: string | null;
              /** Format: date-time */
              issuedAt: string;
              /** @enum {string} */
              state: 'sending' | 'sent' | 'blocked' | 'failed';
              blockedReason: string | null;
            } & {
              [key: string]: unknown;
            })[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLettersKenmerk: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kenmerk: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            kenmerk: string;
            requestId: string;
            caseId: string;
            template: string;
            templateVersion: number;
            bevoegdGezagNummer: string | null;
            /** Format: date-time */
            issuedAt: string;
            /** @enum {string} */
            state: 'sending' | 'sent' | 'blocked' | 'failed';
            blockedReason: string | null;
            text: {
              kenmerk: string;
              subject: string;
            } & {
              [key: string]: unknown;
            };
            plainText: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLettersKenmerkAttachmentsNPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kenmerk: string;
        n: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': unknown;
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLettersKenmerkPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kenmerk: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': unknown;
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postLettersKenmerkResend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kenmerk: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 202 */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            kenmerk: string;
            requestId: string;
            caseId: string;
            template: string;
            templateVersion: number;
            bevoegdGezagNummer: string | null;
            /** Format: date-time */
            issuedAt: string;
            /** @enum {string} */
            state: 'sending' | 'sent' | 'blocked' | 'failed';
            blockedReason: string | null;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postMeldingen: {
    parameters: {
      query?: never;
      header?: {
        /** @description A key of your own (a UUID) per melding: send it again with the same body when you got no answer, and the melding is registered once. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description How the melding came in.
           * @enum {string}
           */
          channel: 'telefoon' | 'contactformulier' | 'e-mail' | 'post';
          /**
           * Format: date-time
           * @description When it came in (RFC 3339).
           */
          receivedAt: string;
          reporter: {
            /**
             * @description Who reports.
             * @enum {string}
             */
            kind: 'ouder' | 'leerling' | 'medewerker' | 'gemeente' | 'anoniem';
            /** @description Optional; an e-mail address gets an acknowledgement by mail. */
            contact?: {
              name?: string;
              /**
               * Format: email
               * @example naam@school.nl
               */
              email?: string;
              phone?: string;
            };
          };
          /** @description The school, or one of its vestigingen. */
          school: {
            brin?: string;
            vestigingCode?: string;
          };
          /**
           * @description What it is about. The social-safety categories go to the vertrouwensinspecteurs.
           * @enum {string}
           */
          category:
            | 'seksuele-intimidatie'
            | 'seksueel-misbruik'
            | 'fysiek-geweld'
            | 'psychisch-geweld'
            | 'discriminatie'
            | 'radicalisering'
            | 'pesten'
            | 'onderwijskwaliteit'
            | 'passend-onderwijs'
            | 'toetsing-en-examens'
            | 'onderwijstijd'
            | 'bestuur-en-financien'
            | 'ouderbijdrage'
            | 'communicatie-met-ouders'
            | 'overig';
          /** @description What the reporter told. */
          text: string;
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                /** @constant */
                outcome: 'signaal';
                caseId: string;
                /** @enum {string} */
                acknowledgement: 'mail' | 'none';
              }
            | {
                /** @constant */
                outcome: 'vertrouwensdossier';
                /** @constant */
                queue: 'vertrouwensinspecteurs';
              };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was sent before with another body. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonitoringConsents: {
    parameters: {
      query?: {
        schooljaar?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            consents: ({
              schooljaar: string;
              vestigingCode: string;
              providerId: string;
            } & {
              [key: string]: unknown;
            })[];
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putMonitoringConsentsSchooljaarVestigingCodeProviderId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        schooljaar: string;
        vestigingCode: string;
        /** @description Id of the instrumentaanbieder (survey provider) as registered in monitoring-intake; 1-64 letters, digits, ".", "_", "-". */
        providerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            schooljaar: string;
            vestigingCode: string;
            providerId: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            schooljaar: string;
            vestigingCode: string;
            providerId: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteMonitoringConsentsSchooljaarVestigingCodeProviderId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        schooljaar: string;
        vestigingCode: string;
        /** @description Id of the instrumentaanbieder (survey provider) as registered in monitoring-intake; 1-64 letters, digits, ".", "_", "-". */
        providerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            schooljaar: string;
            vestigingCode: string;
            providerId: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonitoringDeadlinesSchooljaar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        schooljaar: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putMonitoringDeadlinesSchooljaar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        schooljaar: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The exclusive date (YYYY-MM-DD): results are due before it. */
          deadline: string;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonitoringProviders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            providers: {
              providerId: string;
              name: string;
              contactEmail: string | null;
              clientId: string | null;
              createdAt: string;
              keys?: {
                keyId: string;
                createdAt: string;
                revokedAt: string | null;
              }[];
            }[];
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postMonitoringProviders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Id of the instrumentaanbieder (survey provider) as registered in monitoring-intake; 1-64 letters, digits, ".", "_", "-". */
          providerId: string;
          name: string;
          /**
           * Format: email
           * @example naam@school.nl
           */
          contactEmail?: string;
          /** @description The provider's OAuth client at the identity provider (client credentials, role instrumentaanbieder): its tokens then act as this provider */
          clientId?: string;
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            provider: {
              providerId: string;
              name: string;
              contactEmail: string | null;
              clientId: string | null;
              createdAt: string;
              keys?: {
                keyId: string;
                createdAt: string;
                revokedAt: string | null;
              }[];
            };
            apiKey: string;
            keyId: string;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonitoringProvidersProviderId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the instrumentaanbieder (survey provider) as registered in monitoring-intake; 1-64 letters, digits, ".", "_", "-". */
        providerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            providerId: string;
            name: string;
            contactEmail: string | null;
            clientId: string | null;
            createdAt: string;
            keys?: {
              keyId: string;
              createdAt: string;
              revokedAt: string | null;
            }[];
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postMonitoringProvidersProviderIdKeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the instrumentaanbieder (survey provider) as registered in monitoring-intake; 1-64 letters, digits, ".", "_", "-". */
        providerId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          revokeOthers?: boolean;
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            keyId: string;
            apiKey: string;
            createdAt: string;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteMonitoringProvidersProviderIdKeysKeyId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the instrumentaanbieder (survey provider) as registered in monitoring-intake; 1-64 letters, digits, ".", "_", "-". */
        providerId: string;
        keyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked (or revoked already). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonitoringSubmissions: {
    parameters: {
      query?: {
        schooljaar?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            submissions: {
              [key: string]: unknown;
            }[];
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postMonitoringSubmissions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description At most 1048576 bytes. */
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No consent of the vestiging for this provider. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The delivery is not valid; errors[] names each field. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonitoringSubmissionsSchooljaarVestigingCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        schooljaar: string;
        vestigingCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postMonitoringSubmissionsBulk: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description At most 67108864 bytes. */
    requestBody?: {
      content: {
        'application/json': unknown;
        'application/x-ndjson': unknown;
        'application/ndjson': unknown;
        'application/jsonl': unknown;
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postMonitoringSweepsSchooljaar: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path: {
        schooljaar: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonitoringSweepsSchooljaarMissing: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        schooljaar: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            schooljaar: string;
            missing: {
              [key: string]: unknown;
            }[];
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOnderzoekskaders: {
    parameters: {
      query: {
        sector: string;
        on?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicChanges: {
    parameters: {
      query?: {
        /** @description Cursor from a previous answer (`cursor` or the `next` link); leave out to start at the beginning. */
        since?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            changes: {
              /** @description Position of this change; `since=<cursor>` continues after it. */
              cursor: string;
              /** @enum {string} */
              change: 'published' | 'updated' | 'withdrawn';
              itemId: string;
              kind: string;
              dataset: string;
              /** Format: date-time */
              at: string;
              /** @description The item as published (null for a withdrawal). */
              item: {
                [key: string]: unknown;
              } | null;
              /** @description Withdrawals: why, in public words. */
              reason: string | null;
            }[];
            /** @description Where the next call continues: pass it as `since`. */
            cursor: string;
            /** @description The link for the next call (also when there is nothing new yet). */
            next: string;
            /** @description True when more changes are waiting right now. */
            more: boolean;
          };
        };
      };
      /** @description Over the rate limit of this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicDatasets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            datasets: {
              dataset: string;
              title: string;
              rows: number;
              generatedAt: string | null;
              csv: string;
              json: string;
              dictionary: string;
            }[];
          };
        };
      };
      /** @description Over the rate limit of this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicDatasetsDatasetDictionary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        dataset: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Columns with type and meaning. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Over the rate limit of this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicDatasetsFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The data set and the format: herstelopdrachten.csv or herstelopdrachten.json. */
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
        };
      };
      /** @description Over the rate limit of this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicHerstelopdrachtenSchooljaar: {
    parameters: {
      query?: {
        /** @description The school's sector (po, so, vso, vo, ...). */
        sector?: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
        /** @description CBS gemeentecode of the school's vestiging, four digits (e.g. 0363 Amsterdam). */
        gemeente?: string;
        /** @description The provincie of the school's vestiging as DUO writes it, matched exactly: Drenthe, Flevoland, Friesland, Gelderland, Groningen, Limburg, Noord-Brabant, Noord-Holland, Overijssel, Utrecht, Zeeland, Zuid-Holland. */
        provincie?: string;
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path: {
        schooljaar: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            schooljaar: string;
            boards: {
              bevoegdGezagNummer: string;
              boardName: string | null;
              items: {
                /** @description Id of the public item: its kind and the source case, e.g. herstelopdracht-<case id>. */
                itemId: string;
                /**
                 * @description What kind of item (a publication rule each).
                 * @enum {string}
                 */
                kind: 'herstelopdracht-uitkomst' | 'rapport';
                /** @description The open data set the item belongs to, e.g. herstelopdrachten. */
                dataset: string;
                /** @description Goes up with every published correction of the item. */
                version: number;
                /**
                 * Format: date-time
                 * @description Instant, RFC 3339 with offset.
                 */
                publishedAt: string;
                /**
                 * Format: date-time
                 * @description Instant, RFC 3339 with offset.
                 */
                updatedAt: string;
                /** @description Title of the item. */
                title: string;
                /**
                 * Format: schooljaar
                 * @description The schooljaar concerned, if any.
                 */
                schooljaar: string | null;
                /** @description The board concerned. */
                bevoegdGezagNummer: string | null;
                /** @description The school concerned, if any. */
                brin: string | null;
                /** @description The vestiging concerned, if any. */
                vestigingCode: string | null;
                /**
                 * @description The (vo) afdeling concerned, if any.
                 * @enum {string|null}
                 */
                afdeling: 'vmbo-b' | 'vmbo-k' | 'vmbo-gt' | 'havo' | 'vwo' | null;
                /** @description The facts of the item, per kind (see the rules). */
                fields: {
                  /**
                   * @description Herstelopdracht: whether the board met the order in time.
                   * @enum {string}
                   */
                  outcome?: 'voldaan' | 'niet-voldaan';
                  /**
                   * Format: date
                   * @description Calendar date, YYYY-MM-DD.
                   */
                  decidedOn?: string;
                  /**
                   * Format: date
                   * @description Calendar date, YYYY-MM-DD.
                   */
                  vastgesteldOn?: string;
                  /** @description Name of the board. */
                  boardName?: string | null;
                  /** @description Name of the school. */
                  schoolName?: string | null;
                  /** @description Rapport: the judgment, when the investigation gives one. */
                  oordeel?: string | null;
                  /** @description Rapport: the sector of the school. */
                  sector?: string | null;
                  /** @description Rapport: the name of the onderzoekskader. */
                  kader?: string | null;
                  /** @description Rapport: the toezichtresultaten, the oordeel per standaard (per afdeling in vo). */
                  oordelen?: {
                    /** @description The vo afdeling; null elsewhere. */
                    afdeling: string | null;
                    /** @description Standard code from the kader, e.g. OP3. */
                    standaard: string;
                    /** @description Name of the standard. */
                    naam: string;
                    /** @description Goed, Voldoende, Onvoldoende or niet beoordeeld. */
                    oordeel: string;
                  }[];
                };
                /** @description The non-personalised report, when the item has one. */
                report: {
                  /** @description Title of the report. */
                  title: string;
                  paragraphs: string[];
                } | null;
                /** @description Path of the non-personalised report as PDF with extractable text (the zienswijze attached when there is one), e.g. /public/items/{itemId}/report.pdf. */
                reportPdf?: string | null;
                /** @description Rapport with eindoordeel Zeer zwak: the board's zienswijze, published with the report. */
                zienswijze?: {
                  /** @description Title of the zienswijze. */
                  title: string;
                  paragraphs: string[];
                } | null;
              }[];
            }[];
            /** @description Link to the next page of boards (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description Over the rate limit of this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicItems: {
    parameters: {
      query?: {
        brin?: string;
        vestigingCode?: string;
        /** @description A vo afdeling. */
        afdeling?: 'vmbo-b' | 'vmbo-k' | 'vmbo-gt' | 'havo' | 'vwo';
        board?: string;
        /** @description Kind of item. */
        kind?: 'herstelopdracht-uitkomst' | 'rapport';
        schooljaar?: string;
        /** @description The school's sector (po, so, vso, vo, ...). */
        sector?: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
        /** @description CBS gemeentecode of the school's vestiging, four digits (e.g. 0363 Amsterdam). */
        gemeente?: string;
        /** @description The provincie of the school's vestiging as DUO writes it, matched exactly: Drenthe, Flevoland, Friesland, Gelderland, Groningen, Limburg, Noord-Brabant, Noord-Holland, Overijssel, Utrecht, Zeeland, Zuid-Holland. */
        provincie?: string;
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @description Id of the public item: its kind and the source case, e.g. herstelopdracht-<case id>. */
              itemId: string;
              /**
               * @description What kind of item (a publication rule each).
               * @enum {string}
               */
              kind: 'herstelopdracht-uitkomst' | 'rapport';
              /** @description The open data set the item belongs to, e.g. herstelopdrachten. */
              dataset: string;
              /** @description Goes up with every published correction of the item. */
              version: number;
              /**
               * Format: date-time
               * @description Instant, RFC 3339 with offset.
               */
              publishedAt: string;
              /**
               * Format: date-time
               * @description Instant, RFC 3339 with offset.
               */
              updatedAt: string;
              /** @description Title of the item. */
              title: string;
              /**
               * Format: schooljaar
               * @description The schooljaar concerned, if any.
               */
              schooljaar: string | null;
              /** @description The board concerned. */
              bevoegdGezagNummer: string | null;
              /** @description The school concerned, if any. */
              brin: string | null;
              /** @description The vestiging concerned, if any. */
              vestigingCode: string | null;
              /**
               * @description The (vo) afdeling concerned, if any.
               * @enum {string|null}
               */
              afdeling: 'vmbo-b' | 'vmbo-k' | 'vmbo-gt' | 'havo' | 'vwo' | null;
              /** @description The facts of the item, per kind (see the rules). */
              fields: {
                /**
                 * @description Herstelopdracht: whether the board met the order in time.
                 * @enum {string}
                 */
                outcome?: 'voldaan' | 'niet-voldaan';
                /**
                 * Format: date
                 * @description Calendar date, YYYY-MM-DD.
                 */
                decidedOn?: string;
                /**
                 * Format: date
                 * @description Calendar date, YYYY-MM-DD.
                 */
                vastgesteldOn?: string;
                /** @description Name of the board. */
                boardName?: string | null;
                /** @description Name of the school. */
                schoolName?: string | null;
                /** @description Rapport: the judgment, when the investigation gives one. */
                oordeel?: string | null;
                /** @description Rapport: the sector of the school. */
                sector?: string | null;
                /** @description Rapport: the name of the onderzoekskader. */
                kader?: string | null;
                /** @description Rapport: the toezichtresultaten, the oordeel per standaard (per afdeling in vo). */
                oordelen?: {
                  /** @description The vo afdeling; null elsewhere. */
                  afdeling: string | null;
                  /** @description Standard code from the kader, e.g. OP3. */
                  standaard: string;
                  /** @description Name of the standard. */
                  naam: string;
                  /** @description Goed, Voldoende, Onvoldoende or niet beoordeeld. */
                  oordeel: string;
                }[];
              };
              /** @description The non-personalised report, when the item has one. */
              report: {
                /** @description Title of the report. */
                title: string;
                paragraphs: string[];
              } | null;
              /** @description Path of the non-personalised report as PDF with extractable text (the zienswijze attached when there is one), e.g. /public/items/{itemId}/report.pdf. */
              reportPdf?: string | null;
              /** @description Rapport with eindoordeel Zeer zwak: the board's zienswijze, published with the report. */
              zienswijze?: {
                /** @description Title of the zienswijze. */
                title: string;
                paragraphs: string[];
              } | null;
            }[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description Over the rate limit of this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicItemsItemId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a public item, e.g. herstelopdracht-<case id>. */
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A public item, as every channel shows it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Id of the public item: its kind and the source case, e.g. herstelopdracht-<case id>. */
            itemId: string;
            /**
             * @description What kind of item (a publication rule each).
             * @enum {string}
             */
            kind: 'herstelopdracht-uitkomst' | 'rapport';
            /** @description The open data set the item belongs to, e.g. herstelopdrachten. */
            dataset: string;
            /** @description Goes up with every published correction of the item. */
            version: number;
            /**
             * Format: date-time
             * @description Instant, RFC 3339 with offset.
             */
            publishedAt: string;
            /**
             * Format: date-time
             * @description Instant, RFC 3339 with offset.
             */
            updatedAt: string;
            /** @description Title of the item. */
            title: string;
            /**
             * Format: schooljaar
             * @description The schooljaar concerned, if any.
             */
            schooljaar: string | null;
            /** @description The board concerned. */
            bevoegdGezagNummer: string | null;
            /** @description The school concerned, if any. */
            brin: string | null;
            /** @description The vestiging concerned, if any. */
            vestigingCode: string | null;
            /**
             * @description The (vo) afdeling concerned, if any.
             * @enum {string|null}
             */
            afdeling: 'vmbo-b' | 'vmbo-k' | 'vmbo-gt' | 'havo' | 'vwo' | null;
            /** @description The facts of the item, per kind (see the rules). */
            fields: {
              /**
               * @description Herstelopdracht: whether the board met the order in time.
               * @enum {string}
               */
              outcome?: 'voldaan' | 'niet-voldaan';
              /**
               * Format: date
               * @description Calendar date, YYYY-MM-DD.
               */
              decidedOn?: string;
              /**
               * Format: date
               * @description Calendar date, YYYY-MM-DD.
               */
              vastgesteldOn?: string;
              /** @description Name of the board. */
              boardName?: string | null;
              /** @description Name of the school. */
              schoolName?: string | null;
              /** @description Rapport: the judgment, when the investigation gives one. */
              oordeel?: string | null;
              /** @description Rapport: the sector of the school. */
              sector?: string | null;
              /** @description Rapport: the name of the onderzoekskader. */
              kader?: string | null;
              /** @description Rapport: the toezichtresultaten, the oordeel per standaard (per afdeling in vo). */
              oordelen?: {
                /** @description The vo afdeling; null elsewhere. */
                afdeling: string | null;
                /** @description Standard code from the kader, e.g. OP3. */
                standaard: string;
                /** @description Name of the standard. */
                naam: string;
                /** @description Goed, Voldoende, Onvoldoende or niet beoordeeld. */
                oordeel: string;
              }[];
            };
            /** @description The non-personalised report, when the item has one. */
            report: {
              /** @description Title of the report. */
              title: string;
              paragraphs: string[];
            } | null;
            /** @description Path of the non-personalised report as PDF with extractable text (the zienswijze attached when there is one), e.g. /public/items/{itemId}/report.pdf. */
            reportPdf?: string | null;
            /** @description Rapport with eindoordeel Zeer zwak: the board's zienswijze, published with the report. */
            zienswijze?: {
              /** @description Title of the zienswijze. */
              title: string;
              paragraphs: string[];
            } | null;
          };
        };
      };
      /** @description Over the rate limit of this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicItemsItemIdReportPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a public item, e.g. herstelopdracht-<case id>. */
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': unknown;
        };
      };
      /** @description Over the rate limit of this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicToezichtresultaten: {
    parameters: {
      query?: {
        brin?: string;
        vestigingCode?: string;
        /** @description A vo afdeling. */
        afdeling?: 'vmbo-b' | 'vmbo-k' | 'vmbo-gt' | 'havo' | 'vwo';
        /** @description The school's sector (po, so, vso, vo, ...). */
        sector?: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
        /** @description CBS gemeentecode of the school's vestiging, four digits (e.g. 0363 Amsterdam). */
        gemeente?: string;
        /** @description The provincie of the school's vestiging as DUO writes it, matched exactly: Drenthe, Flevoland, Friesland, Gelderland, Groningen, Limburg, Noord-Brabant, Noord-Holland, Overijssel, Utrecht, Zeeland, Zuid-Holland. */
        provincie?: string;
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @description The report item (/public/items/{itemId}). */
              itemId: string;
              brin: string | null;
              vestigingCode: string | null;
              /** @description The vo afdeling; null elsewhere. */
              afdeling: string | null;
              /** @description Code of the standard, e.g. OP3. */
              standaard: string;
              /** @description Name of the standard. */
              naam: string;
              /** @description Goed, Voldoende, Onvoldoende or niet beoordeeld. */
              oordeel: string;
              /** @description The eindoordeel of the report. */
              eindoordeel: string | null;
              /** Format: date */
              vastgesteldOn: string | null;
              /** Format: date-time */
              publishedAt: string;
              /** @description Path of the report as PDF. */
              report: string | null;
            }[];
            /** @description Link to the next page of reports (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description Over the rate limit of this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicationItems: {
    parameters: {
      query: {
        /** @description Items in this status. */
        status: 'scheduled' | 'held' | 'in-review' | 'published' | 'withdrawn' | 'rejected';
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              itemId: string;
              kind: string;
              dataset: string;
              /** @enum {string} */
              status: 'scheduled' | 'held' | 'in-review' | 'published' | 'withdrawn' | 'rejected';
              /** Format: date */
              publishOn: string;
              publicVersion: number;
              published: {
                [key: string]: unknown;
              } | null;
              hold: {
                by: string;
                /** Format: date-time */
                at: string;
                reason: string | null;
              } | null;
              withdrawal: {
                by: string;
                /** Format: date-time */
                at: string;
                reason: string | null;
              } | null;
              review: {
                /** @description What the personal-data gate found: kind, where, and a masked excerpt. */
                hits: {
                  kind: string;
                  path: string;
                  excerpt: string;
                }[];
                /** Format: date-time */
                since: string;
                decision: {
                  [key: string]: unknown;
                } | null;
              } | null;
            }[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicationItemsItemId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a public item, e.g. herstelopdracht-<case id>. */
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            itemId: string;
            kind: string;
            dataset: string;
            /** @enum {string} */
            status: 'scheduled' | 'held' | 'in-review' | 'published' | 'withdrawn' | 'rejected';
            /** Format: date */
            publishOn: string;
            publicVersion: number;
            published: {
              [key: string]: unknown;
            } | null;
            hold: {
              by: string;
              /** Format: date-time */
              at: string;
              reason: string | null;
            } | null;
            withdrawal: {
              by: string;
              /** Format: date-time */
              at: string;
              reason: string | null;
            } | null;
            review: {
              /** @description What the personal-data gate found: kind, where, and a masked excerpt. */
              hits: {
                kind: string;
                path: string;
                excerpt: string;
              }[];
              /** Format: date-time */
              since: string;
              decision: {
                [key: string]: unknown;
              } | null;
            } | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postPublicationItemsItemIdHold: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a public item, e.g. herstelopdracht-<case id>. */
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why, in words that may become public (withdrawals). */
          reason: string;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            itemId: string;
            kind: string;
            dataset: string;
            /** @enum {string} */
            status: 'scheduled' | 'held' | 'in-review' | 'published' | 'withdrawn' | 'rejected';
            /** Format: date */
            publishOn: string;
            publicVersion: number;
            published: {
              [key: string]: unknown;
            } | null;
            hold: {
              by: string;
              /** Format: date-time */
              at: string;
              reason: string | null;
            } | null;
            withdrawal: {
              by: string;
              /** Format: date-time */
              at: string;
              reason: string | null;
            } | null;
            review: {
              /** @description What the personal-data gate found: kind, where, and a masked excerpt. */
              hits: {
                kind: string;
                path: string;
                excerpt: string;
              }[];
              /** Format: date-time */
              since: string;
              decision: {
                [key: string]: unknown;
              } | null;
            } | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postPublicationItemsItemIdReleaseHold: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a public item, e.g. herstelopdracht-<case id>. */
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            itemId: string;
            kind: string;
            dataset: string;
            /** @enum {string} */
            status: 'scheduled' | 'held' | 'in-review' | 'published' | 'withdrawn' | 'rejected';
            /** Format: date */
            publishOn: string;
            publicVersion: number;
            published: {
              [key: string]: unknown;
            } | null;
            hold: {
              by: string;
              /** Format: date-time */
              at: string;
              reason: string | null;
            } | null;
            withdrawal: {
              by: string;
              /** Format: date-time */
              at: string;
              reason: string | null;
            } | null;
            review: {
              /** @description What the personal-data gate found: kind, where, and a masked excerpt. */
              hits: {
                kind: string;
                path: string;
                excerpt: string;
              }[];
              /** Format: date-time */
              since: string;
              decision: {
                [key: string]: unknown;
              } | null;
            } | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postPublicationItemsItemIdWithdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a public item, e.g. herstelopdracht-<case id>. */
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why, in words that may become public (withdrawals). */
          reason: string;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            itemId: string;
            kind: string;
            dataset: string;
            /** @enum {string} */
            status: 'scheduled' | 'held' | 'in-review' | 'published' | 'withdrawn' | 'rejected';
            /** Format: date */
            publishOn: string;
            publicVersion: number;
            published: {
              [key: string]: unknown;
            } | null;
            hold: {
              by: string;
              /** Format: date-time */
              at: string;
              reason: string | null;
            } | null;
            withdrawal: {
              by: string;
              /** Format: date-time */
              at: string;
              reason: string | null;
            } | null;
            review: {
              /** @description What the personal-data gate found: kind, where, and a masked excerpt. */
              hits: {
                kind: string;
                path: string;
                excerpt: string;
              }[];
              /** Format: date-time */
              since: string;
              decision: {
                [key: string]: unknown;
              } | null;
            } | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicationReview: {
    parameters: {
      query?: {
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              itemId: string;
              kind: string;
              dataset: string;
              /** @enum {string} */
              status: 'scheduled' | 'held' | 'in-review' | 'published' | 'withdrawn' | 'rejected';
              /** Format: date */
              publishOn: string;
              publicVersion: number;
              published: {
                [key: string]: unknown;
              } | null;
              hold: {
                by: string;
                /** Format: date-time */
                at: string;
                reason: string | null;
              } | null;
              withdrawal: {
                by: string;
                /** Format: date-time */
                at: string;
                reason: string | null;
              } | null;
              review: {
                /** @description What the personal-data gate found: kind, where, and a masked excerpt. */
                hits: {
                  kind: string;
                  path: string;
                  excerpt: string;
                }[];
                /** Format: date-time */
                since: string;
                decision: {
                  [key: string]: unknown;
                } | null;
              } | null;
            }[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postPublicationReviewItemIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a public item, e.g. herstelopdracht-<case id>. */
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why, in words that may become public (withdrawals). */
          reason: string;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            itemId: string;
            kind: string;
            dataset: string;
            /** @enum {string} */
            status: 'scheduled' | 'held' | 'in-review' | 'published' | 'withdrawn' | 'rejected';
            /** Format: date */
            publishOn: string;
            publicVersion: number;
            published: {
              [key: string]: unknown;
            } | null;
            hold: {
              by: string;
              /** Format: date-time */
              at: string;
              reason: string | null;
            } | null;
            withdrawal: {
              by: string;
              /** Format: date-time */
              at: string;
              reason: string | null;
            } | null;
            review: {
              /** @description What the personal-data gate found: kind, where, and a masked excerpt. */
              hits: {
                kind: string;
                path: string;
                excerpt: string;
              }[];
              /** Format: date-time */
              since: string;
              decision: {
                [key: string]: unknown;
              } | null;
            } | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postPublicationReviewItemIdRelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of a public item, e.g. herstelopdracht-<case id>. */
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            itemId: string;
            kind: string;
            dataset: string;
            /** @enum {string} */
            status: 'scheduled' | 'held' | 'in-review' | 'published' | 'withdrawn' | 'rejected';
            /** Format: date */
            publishOn: string;
            publicVersion: number;
            published: {
              [key: string]: unknown;
            } | null;
            hold: {
              by: string;
              /** Format: date-time */
              at: string;
              reason: string | null;
            } | null;
            withdrawal: {
              by: string;
              /** Format: date-time */
              at: string;
              reason: string | null;
            } | null;
            review: {
              /** @description What the personal-data gate found: kind, where, and a masked excerpt. */
              hits: {
                kind: string;
                path: string;
                excerpt: string;
              }[];
              /** Format: date-time */
              since: string;
              decision: {
                [key: string]: unknown;
              } | null;
            } | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicationWebhooksSubscriptions: {
    parameters: {
      query?: {
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              subscriptionId: string;
              url: string;
              description: string | null;
              contactEmail: string | null;
              /** @description The partner system (client id) that manages it. */
              owner: string | null;
              /** @description Only changes that match every given list (a withdrawal goes to every subscriber of its kind). `sectors`, `gemeenten` (CBS codes) and `provincies` (as DUO writes them, e.g. Noord-Brabant) are the school's, as the registry says, like the public API's sector, gemeente and provincie filters; an item whose place (or provincie) is not known matches none of them. */
              filter: {
                changes?: ('published' | 'updated' | 'withdrawn')[];
                kinds?: ('herstelopdracht-uitkomst' | 'rapport')[];
                datasets?: string[];
                brins?: string[];
                boards?: string[];
                sectors?: ('po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho')[];
                gemeenten?: string[];
                provincies?: string[];
              };
              /** @enum {string} */
              status: 'active' | 'disabled';
              /** @description When and why deliveries stopped (410 from the receiver, the retry schedule exhausted, a beheerder). */
              disabled: {
                /** Format: date-time */
                at: string;
                reason: string;
              } | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
              /**
               * Format: date-time
               * @description During a rotation: when the previous secret stops signing.
               */
              secretRotatesOutAt: string | null;
            }[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postPublicationWebhooksSubscriptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Where deliveries are POSTed: https, a public host (no private, loopback or link-local address). */
          url: string;
          description?: string;
          /**
           * Format: email
           * @example naam@school.nl
           */
          contactEmail?: string;
          /** @description Only changes that match every given list (a withdrawal goes to every subscriber of its kind). `sectors`, `gemeenten` (CBS codes) and `provincies` (as DUO writes them, e.g. Noord-Brabant) are the school's, as the registry says, like the public API's sector, gemeente and provincie filters; an item whose place (or provincie) is not known matches none of them. */
          filter?: {
            changes?: ('published' | 'updated' | 'withdrawn')[];
            kinds?: ('herstelopdracht-uitkomst' | 'rapport')[];
            datasets?: string[];
            brins?: string[];
            boards?: string[];
            sectors?: ('po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho')[];
            gemeenten?: string[];
            provincies?: string[];
          };
          /** @description Also deliver every change published before now (default: only new ones). */
          fromStart?: boolean;
          /** @description Beheerder only: the client id of the partner system that may manage it too. A partner leaves it out: it owns what it registers. */
          owner?: string;
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            subscriptionId: string;
            url: string;
            description: string | null;
            contactEmail: string | null;
            /** @description The partner system (client id) that manages it. */
            owner: string | null;
            /** @description Only changes that match every given list (a withdrawal goes to every subscriber of its kind). `sectors`, `gemeenten` (CBS codes) and `provincies` (as DUO writes them, e.g. Noord-Brabant) are the school's, as the registry says, like the public API's sector, gemeente and provincie filters; an item whose place (or provincie) is not known matches none of them. */
            filter: {
              changes?: ('published' | 'updated' | 'withdrawn')[];
              kinds?: ('herstelopdracht-uitkomst' | 'rapport')[];
              datasets?: string[];
              brins?: string[];
              boards?: string[];
              sectors?: ('po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho')[];
              gemeenten?: string[];
              provincies?: string[];
            };
            /** @enum {string} */
            status: 'active' | 'disabled';
            /** @description When and why deliveries stopped (410 from the receiver, the retry schedule exhausted, a beheerder). */
            disabled: {
              /** Format: date-time */
              at: string;
              reason: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @description During a rotation: when the previous secret stops signing.
             */
            secretRotatesOutAt: string | null;
            /** @description The signing secret; store it now, it is not shown again. */
            secret: string;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicationWebhooksSubscriptionsSubscriptionId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            subscriptionId: string;
            url: string;
            description: string | null;
            contactEmail: string | null;
            /** @description The partner system (client id) that manages it. */
            owner: string | null;
            /** @description Only changes that match every given list (a withdrawal goes to every subscriber of its kind). `sectors`, `gemeenten` (CBS codes) and `provincies` (as DUO writes them, e.g. Noord-Brabant) are the school's, as the registry says, like the public API's sector, gemeente and provincie filters; an item whose place (or provincie) is not known matches none of them. */
            filter: {
              changes?: ('published' | 'updated' | 'withdrawn')[];
              kinds?: ('herstelopdracht-uitkomst' | 'rapport')[];
              datasets?: string[];
              brins?: string[];
              boards?: string[];
              sectors?: ('po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho')[];
              gemeenten?: string[];
              provincies?: string[];
            };
            /** @enum {string} */
            status: 'active' | 'disabled';
            /** @description When and why deliveries stopped (410 from the receiver, the retry schedule exhausted, a beheerder). */
            disabled: {
              /** Format: date-time */
              at: string;
              reason: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @description During a rotation: when the previous secret stops signing.
             */
            secretRotatesOutAt: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPublicationWebhooksSubscriptionsSubscriptionIdDeliveries: {
    parameters: {
      query?: {
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path: {
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              webhookId: string;
              seq: number;
              /** @enum {string} */
              status: 'pending' | 'sending' | 'delivered' | 'failed' | 'superseded';
              attempts: number;
              /** Format: date-time */
              nextAttemptAt: string | null;
              log: {
                attempt: number;
                /** Format: date-time */
                at: string;
                status: number | null;
                /** @enum {string} */
                outcome: 'delivered' | 'retry' | 'disabled' | 'gave-up';
                reason: string | null;
                durationMs: number;
              }[];
            }[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postPublicationWebhooksSubscriptionsSubscriptionIdDisable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            subscriptionId: string;
            url: string;
            description: string | null;
            contactEmail: string | null;
            /** @description The partner system (client id) that manages it. */
            owner: string | null;
            /** @description Only changes that match every given list (a withdrawal goes to every subscriber of its kind). `sectors`, `gemeenten` (CBS codes) and `provincies` (as DUO writes them, e.g. Noord-Brabant) are the school's, as the registry says, like the public API's sector, gemeente and provincie filters; an item whose place (or provincie) is not known matches none of them. */
            filter: {
              changes?: ('published' | 'updated' | 'withdrawn')[];
              kinds?: ('herstelopdracht-uitkomst' | 'rapport')[];
              datasets?: string[];
              brins?: string[];
              boards?: string[];
              sectors?: ('po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho')[];
              gemeenten?: string[];
              provincies?: string[];
            };
            /** @enum {string} */
            status: 'active' | 'disabled';
            /** @description When and why deliveries stopped (410 from the receiver, the retry schedule exhausted, a beheerder). */
            disabled: {
              /** Format: date-time */
              at: string;
              reason: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @description During a rotation: when the previous secret stops signing.
             */
            secretRotatesOutAt: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postPublicationWebhooksSubscriptionsSubscriptionIdEnable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            subscriptionId: string;
            url: string;
            description: string | null;
            contactEmail: string | null;
            /** @description The partner system (client id) that manages it. */
            owner: string | null;
            /** @description Only changes that match every given list (a withdrawal goes to every subscriber of its kind). `sectors`, `gemeenten` (CBS codes) and `provincies` (as DUO writes them, e.g. Noord-Brabant) are the school's, as the registry says, like the public API's sector, gemeente and provincie filters; an item whose place (or provincie) is not known matches none of them. */
            filter: {
              changes?: ('published' | 'updated' | 'withdrawn')[];
              kinds?: ('herstelopdracht-uitkomst' | 'rapport')[];
              datasets?: string[];
              brins?: string[];
              boards?: string[];
              sectors?: ('po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho')[];
              gemeenten?: string[];
              provincies?: string[];
            };
            /** @enum {string} */
            status: 'active' | 'disabled';
            /** @description When and why deliveries stopped (410 from the receiver, the retry schedule exhausted, a beheerder). */
            disabled: {
              /** Format: date-time */
              at: string;
              reason: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @description During a rotation: when the previous secret stops signing.
             */
            secretRotatesOutAt: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postPublicationWebhooksSubscriptionsSubscriptionIdReplay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          from: string;
          /** Format: date-time */
          to: string;
        };
      };
    };
    responses: {
      /** @description 202 */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            queued: number;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postPublicationWebhooksSubscriptionsSubscriptionIdRotateSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subscriptionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            subscriptionId: string;
            url: string;
            description: string | null;
            contactEmail: string | null;
            /** @description The partner system (client id) that manages it. */
            owner: string | null;
            /** @description Only changes that match every given list (a withdrawal goes to every subscriber of its kind). `sectors`, `gemeenten` (CBS codes) and `provincies` (as DUO writes them, e.g. Noord-Brabant) are the school's, as the registry says, like the public API's sector, gemeente and provincie filters; an item whose place (or provincie) is not known matches none of them. */
            filter: {
              changes?: ('published' | 'updated' | 'withdrawn')[];
              kinds?: ('herstelopdracht-uitkomst' | 'rapport')[];
              datasets?: string[];
              brins?: string[];
              boards?: string[];
              sectors?: ('po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho')[];
              gemeenten?: string[];
              provincies?: string[];
            };
            /** @enum {string} */
            status: 'active' | 'disabled';
            /** @description When and why deliveries stopped (410 from the receiver, the retry schedule exhausted, a beheerder). */
            disabled: {
              /** Format: date-time */
              at: string;
              reason: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @description During a rotation: when the previous secret stops signing.
             */
            secretRotatesOutAt: string | null;
            /** @description The signing secret; store it now, it is not shown again. */
            secret: string;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskDatasets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              list: string;
              period: string;
              importId: string;
              rows: number;
            } & {
              [key: string]: unknown;
            })[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskImports: {
    parameters: {
      query?: {
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              _id: string;
              list:
                | (
                    | 'examens'
                    | 'eindscores'
                    | 'poLeerlingen'
                    | 'voLeerlingen'
                    | 'balans'
                    | 'batenLasten'
                  )
                | null;
              period: string | null;
              /** @enum {string} */
              status: 'running' | 'completed' | 'failed';
              totalRows: number;
              importedRows: number;
              errorCount: number;
              /** @description The first 1000 bad rows, with their line. */
              errors: ({
                line: number;
                message: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            })[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
            total: number;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postRiskImports: {
    parameters: {
      query?: {
        /** @description The list the file must be; without it, the header decides. */
        list?:
          'examens' | 'eindscores' | 'poLeerlingen' | 'voLeerlingen' | 'balans' | 'batenLasten';
        /** @description Year of a vo pupils file (it has no year column); else from the file name. */
        year?: number;
        fileName?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'multipart/form-data': unknown;
        'text/csv': unknown;
        'text/plain': unknown;
        'application/octet-stream': unknown;
      };
    };
    responses: {
      /** @description One import of a DUO file. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            _id: string;
            list:
              | (
                  | 'examens'
                  | 'eindscores'
                  | 'poLeerlingen'
                  | 'voLeerlingen'
                  | 'balans'
                  | 'batenLasten'
                )
              | null;
            period: string | null;
            /** @enum {string} */
            status: 'running' | 'completed' | 'failed';
            totalRows: number;
            importedRows: number;
            errorCount: number;
            /** @description The first 1000 bad rows, with their line. */
            errors: ({
              line: number;
              message: string;
            } & {
              [key: string]: unknown;
            })[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskImportsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One import of a DUO file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            _id: string;
            list:
              | (
                  | 'examens'
                  | 'eindscores'
                  | 'poLeerlingen'
                  | 'voLeerlingen'
                  | 'balans'
                  | 'batenLasten'
                )
              | null;
            period: string | null;
            /** @enum {string} */
            status: 'running' | 'completed' | 'failed';
            totalRows: number;
            importedRows: number;
            errorCount: number;
            /** @description The first 1000 bad rows, with their line. */
            errors: ({
              line: number;
              message: string;
            } & {
              [key: string]: unknown;
            })[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The current model document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskRuns: {
    parameters: {
      query?: {
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              _id: string;
              /** @enum {string} */
              status: 'running' | 'completed' | 'failed';
              model: {
                id: string;
                version: number;
              } & {
                [key: string]: unknown;
              };
              asOf: string;
              inputHash: string;
              resultHash: string;
              counts: {
                [key: string]: unknown;
              };
            } & {
              [key: string]: unknown;
            })[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
            total: number;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postRiskRuns: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** Format: date */
          asOf?: string;
        };
      };
    };
    responses: {
      /** @description A run of the risk model: model version, input hash, result hash and counts. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            _id: string;
            /** @enum {string} */
            status: 'running' | 'completed' | 'failed';
            model: {
              id: string;
              version: number;
            } & {
              [key: string]: unknown;
            };
            asOf: string;
            inputHash: string;
            resultHash: string;
            counts: {
              [key: string]: unknown;
            };
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskRunsId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A run of the risk model: model version, input hash, result hash and counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            _id: string;
            /** @enum {string} */
            status: 'running' | 'completed' | 'failed';
            model: {
              id: string;
              version: number;
            } & {
              [key: string]: unknown;
            };
            asOf: string;
            inputHash: string;
            resultHash: string;
            counts: {
              [key: string]: unknown;
            };
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskRunsIdAssessments: {
    parameters: {
      query?: {
        kind?: 'bestuur' | 'vestiging';
        level?: 'geen' | 'laag' | 'verhoogd' | 'hoog';
        manualAnalysis?: boolean;
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              /** @enum {string} */
              kind: 'bestuur' | 'vestiging';
              id: string;
              /** @enum {string} */
              level: 'geen' | 'laag' | 'verhoogd' | 'hoog';
              score: number;
              manualAnalysis: boolean;
              reasons: string[];
              indicators: ({
                indicator: string;
                /** @enum {string} */
                status: 'signal' | 'ok' | 'missing' | 'shown';
                contribution: number;
                parts: ({
                  part: string | null;
                  value: number | null;
                  norm: number | null;
                  signal: boolean | null;
                  source: string;
                  year: string | null;
                  missing?: string;
                } & {
                  [key: string]: unknown;
                })[];
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            })[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskRunsIdAssessmentsKindSubject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        kind: 'bestuur' | 'vestiging';
        subject: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per indicator its value, norm, signal, contribution, source and year; missing data says why. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'bestuur' | 'vestiging';
            id: string;
            /** @enum {string} */
            level: 'geen' | 'laag' | 'verhoogd' | 'hoog';
            score: number;
            manualAnalysis: boolean;
            reasons: string[];
            indicators: ({
              indicator: string;
              /** @enum {string} */
              status: 'signal' | 'ok' | 'missing' | 'shown';
              contribution: number;
              parts: ({
                part: string | null;
                value: number | null;
                norm: number | null;
                signal: boolean | null;
                source: string;
                year: string | null;
                missing?: string;
              } & {
                [key: string]: unknown;
              })[];
            } & {
              [key: string]: unknown;
            })[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postRiskSamples: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Id of the draw (default sko-<date>-<seed>). */
          id?: string;
          /** Format: date */
          date?: string;
          /** @description Number of vestigingen to draw. */
          size: number;
          /** @description Seed of the draw; random (and recorded) when left out. */
          seed?: string;
        };
      };
    };
    responses: {
      /** @description A sko draw as its audit record. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            _id: string;
            seed: string;
            inputHash: string;
            date: string;
            size: number;
            strata: {
              [key: string]: unknown;
            }[];
            drawn: ({
              vestiging: string;
              stratum: string;
            } & {
              [key: string]: unknown;
            })[];
            excluded: ({
              vestiging: string;
              reason: string;
            } & {
              [key: string]: unknown;
            })[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskSamplesId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A sko draw as its audit record. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            _id: string;
            seed: string;
            inputHash: string;
            date: string;
            size: number;
            strata: {
              [key: string]: unknown;
            }[];
            drawn: ({
              vestiging: string;
              stratum: string;
            } & {
              [key: string]: unknown;
            })[];
            excluded: ({
              vestiging: string;
              reason: string;
            } & {
              [key: string]: unknown;
            })[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskStelsel: {
    parameters: {
      query?: {
        run?: string;
        /** @description First year of a multi-year view: per year the newest completed run about a day in it (not with run). */
        from?: number;
        /** @description Last year of a multi-year view (default: every year from `from` on). */
        to?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per sector × provincie × year: schools, share with a signal per indicator, monitoring compliance, eindoordelen; cells under 5 schools are "<5". */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The run of the newest year shown. */
            runId: string;
            /** @description The run each year comes from, oldest year first. */
            runs: ({
              jaar: string;
              runId: string;
            } & {
              [key: string]: unknown;
            })[];
            rows: {
              [key: string]: unknown;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskStelselCsv: {
    parameters: {
      query?: {
        run?: string;
        /** @description First year of a multi-year view: per year the newest completed run about a day in it (not with run). */
        from?: number;
        /** @description Last year of a multi-year view (default: every year from `from` on). */
        to?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': unknown;
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRiskStelselChartsIndicatorSvg: {
    parameters: {
      query?: {
        run?: string;
        /** @description First year of a multi-year view: per year the newest completed run about a day in it (not with run). */
        from?: number;
        /** @description Last year of a multi-year view (default: every year from `from` on). */
        to?: number;
      };
      header?: never;
      path: {
        indicator: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description SVG chart (Vega-Lite) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/svg+xml': unknown;
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postRiskWhatIf: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description At most 1048576 bytes. */
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description The subjects whose level or manual analysis changes, and the indicators that made it change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            sameInputs: boolean;
            inputHash: string;
            changes: {
              [key: string]: unknown;
            }[];
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSchools: {
    parameters: {
      query?: {
        /** @description Part of the name (any case). */
        name?: string;
        /** @description Part of the plaats (any case). */
        plaats?: string;
        /** @description Part of the gemeente name (any case). */
        gemeente?: string;
        /** @description Education sector: po, so, vso, vo, mbo or ho. */
        sector?: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
        board?: string;
        brin?: string;
        postcode?: string;
        status?: 'open' | 'closed';
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              /** @description BRIN code (instellingscode) of the school: two digits and two capital letters, e.g. 12AB. */
              brin: string;
              /** @description Name of the school (instellingsnaam), as DUO writes it. */
              name: string;
              /** @description Bevoegd gezag nummer of the board (bestuur): five digits as a string (leading zeros kept), e.g. 41234. */
              bevoegdGezagNummer: string;
              /**
               * @description Education sector: po, so, vso, vo, mbo or ho.
               * @enum {string}
               */
              sector: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
              /** @description Denominatie as DUO writes it (e.g. Openbaar, Rooms-Katholiek); free text because DUO adds values. Null when unknown. */
              denominatie: string | null;
              /** @description Onderwijsstructuur codes as DUO gives them, split on "/" (e.g. ["VMBO", "HAVO", "VWO"]); empty when none. */
              onderwijsstructuren: string[];
              /** @description Postal address. */
              address: {
                /** @description Street name; null when unknown. */
                straat: string | null;
                /** @description House number; null when unknown or not numeric. */
                huisnummer: number | null;
                /** @description Addition to the house number (e.g. "a", "bis", "-14"); null when none. */
                huisnummerToevoeging: string | null;
                /** @description Dutch postcode, normalised to "1234 AB"; null when unknown. */
                postcode: string | null;
                /** @description Place (plaatsnaam); null when unknown. */
                plaats: string | null;
              };
              /** @description The gemeente (municipality) the address lies in; null when unknown. */
              gemeente: {
                /** @description CBS gemeentecode, four digits with leading zeros (e.g. 0363). */
                nummer: string;
                /** @description Name of the gemeente. */
                naam: string;
              } | null;
              /** @description The provincie of the school: its main vestiging's (vestigingsnummer 00, else its first), as DUO writes it (e.g. Zuid-Holland, Friesland). Null when DUO gives none; absent from events sent before the registry published it. */
              provincie?: string | null;
              /**
               * Format: email
               * @description E-mail of the contact for the Internet Schooldossier (ISD); null when unknown.
               */
              isdContactEmail: string | null;
              /**
               * @description open, or closed (see closedOn).
               * @enum {string}
               */
              status: 'open' | 'closed';
              /**
               * Format: date
               * @description Date the school closed (per DUO); null while open.
               */
              closedOn: string | null;
              revision: number;
              lastImportId: string | null;
              /** Format: date-time */
              updatedAt: string;
            } & {
              [key: string]: unknown;
            })[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
            /** @description Matches in all pages. */
            total: number;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSchoolsBrin: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        brin: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A school (BRIN). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description BRIN code (instellingscode) of the school: two digits and two capital letters, e.g. 12AB. */
            brin: string;
            /** @description Name of the school (instellingsnaam), as DUO writes it. */
            name: string;
            /** @description Bevoegd gezag nummer of the board (bestuur): five digits as a string (leading zeros kept), e.g. 41234. */
            bevoegdGezagNummer: string;
            /**
             * @description Education sector: po, so, vso, vo, mbo or ho.
             * @enum {string}
             */
            sector: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
            /** @description Denominatie as DUO writes it (e.g. Openbaar, Rooms-Katholiek); free text because DUO adds values. Null when unknown. */
            denominatie: string | null;
            /** @description Onderwijsstructuur codes as DUO gives them, split on "/" (e.g. ["VMBO", "HAVO", "VWO"]); empty when none. */
            onderwijsstructuren: string[];
            /** @description Postal address. */
            address: {
              /** @description Street name; null when unknown. */
              straat: string | null;
              /** @description House number; null when unknown or not numeric. */
              huisnummer: number | null;
              /** @description Addition to the house number (e.g. "a", "bis", "-14"); null when none. */
              huisnummerToevoeging: string | null;
              /** @description Dutch postcode, normalised to "1234 AB"; null when unknown. */
              postcode: string | null;
              /** @description Place (plaatsnaam); null when unknown. */
              plaats: string | null;
            };
            /** @description The gemeente (municipality) the address lies in; null when unknown. */
            gemeente: {
              /** @description CBS gemeentecode, four digits with leading zeros (e.g. 0363). */
              nummer: string;
              /** @description Name of the gemeente. */
              naam: string;
            } | null;
            /** @description The provincie of the school: its main vestiging's (vestigingsnummer 00, else its first), as DUO writes it (e.g. Zuid-Holland, Friesland). Null when DUO gives none; absent from events sent before the registry published it. */
            provincie?: string | null;
            /**
             * Format: email
             * @description E-mail of the contact for the Internet Schooldossier (ISD); null when unknown.
             */
            isdContactEmail: string | null;
            /**
             * @description open, or closed (see closedOn).
             * @enum {string}
             */
            status: 'open' | 'closed';
            /**
             * Format: date
             * @description Date the school closed (per DUO); null while open.
             */
            closedOn: string | null;
            revision: number;
            lastImportId: string | null;
            /** Format: date-time */
            updatedAt: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putSchoolsBrinContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        brin: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The address, or null to clear it. */
          isdContactEmail: string | null;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            changed: boolean;
            snapshot: {
              [key: string]: unknown;
            };
            revision: number;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'Dossier.dossier': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description BRIN, e.g. 12AB */
        brin: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A school's dossier; each part from its own service, marked when missing */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            brin: string;
            school:
              | {
                  /** @constant */
                  status: 'ok';
                  data: unknown;
                }
              | {
                  /** @constant */
                  status: 'unavailable';
                  service: string;
                  /** @description Why: down, too slow, refused, or no such data */
                  reason: string;
                };
            vestigingen:
              | {
                  /** @constant */
                  status: 'ok';
                  data: unknown;
                }
              | {
                  /** @constant */
                  status: 'unavailable';
                  service: string;
                  /** @description Why: down, too slow, refused, or no such data */
                  reason: string;
                };
            board:
              | {
                  /** @constant */
                  status: 'ok';
                  data: unknown;
                }
              | {
                  /** @constant */
                  status: 'unavailable';
                  service: string;
                  /** @description Why: down, too slow, refused, or no such data */
                  reason: string;
                };
            cases:
              | {
                  /** @constant */
                  status: 'ok';
                  data: unknown;
                }
              | {
                  /** @constant */
                  status: 'unavailable';
                  service: string;
                  /** @description Why: down, too slow, refused, or no such data */
                  reason: string;
                };
            letters:
              | {
                  /** @constant */
                  status: 'ok';
                  data: unknown;
                }
              | {
                  /** @constant */
                  status: 'unavailable';
                  service: string;
                  /** @description Why: down, too slow, refused, or no such data */
                  reason: string;
                };
            monitoring:
              | {
                  /** @constant */
                  status: 'ok';
                  data: unknown;
                }
              | {
                  /** @constant */
                  status: 'unavailable';
                  service: string;
                  /** @description Why: down, too slow, refused, or no such data */
                  reason: string;
                };
            risk:
              | {
                  /** @constant */
                  status: 'ok';
                  data: unknown;
                }
              | {
                  /** @constant */
                  status: 'unavailable';
                  service: string;
                  /** @description Why: down, too slow, refused, or no such data */
                  reason: string;
                };
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSchoolsBrinHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        brin: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            brin: string;
            history: ({
              /** @enum {string} */
              entity: 'school' | 'vestiging';
              key: string;
              revision: number;
              at: string;
            } & {
              [key: string]: unknown;
            })[];
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSchoolsBrinVestigingen: {
    parameters: {
      query?: {
        /** @description Part of the name (any case). */
        name?: string;
        /** @description Part of the plaats (any case). */
        plaats?: string;
        /** @description Part of the gemeente name (any case). */
        gemeente?: string;
        /** @description Education sector: po, so, vso, vo, mbo or ho. */
        sector?: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
        board?: string;
        brin?: string;
        postcode?: string;
        status?: 'open' | 'closed';
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path: {
        brin: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              /** @description Vestiging code: the BRIN plus the two-digit vestigingsnummer, e.g. 12AB00 (00 is the main location). */
              vestigingCode: string;
              /** @description BRIN code (instellingscode) of the school: two digits and two capital letters, e.g. 12AB. */
              brin: string;
              /** @description Two-digit vestigingsnummer within the BRIN, as a string (leading zero kept), e.g. 00. */
              vestigingsnummer: string;
              /** @description Name of the vestiging (vestigingsnaam), as DUO writes it. */
              name: string;
              /** @description Bevoegd gezag nummer of the board (bestuur): five digits as a string (leading zeros kept), e.g. 41234. */
              bevoegdGezagNummer: string;
              /**
               * @description Education sector: po, so, vso, vo, mbo or ho.
               * @enum {string}
               */
              sector: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
              /** @description Postal address. */
              address: {
                /** @description Street name; null when unknown. */
                straat: string | null;
                /** @description House number; null when unknown or not numeric. */
                huisnummer: number | null;
                /** @description Addition to the house number (e.g. "a", "bis", "-14"); null when none. */
                huisnummerToevoeging: string | null;
                /** @description Dutch postcode, normalised to "1234 AB"; null when unknown. */
                postcode: string | null;
                /** @description Place (plaatsnaam); null when unknown. */
                plaats: string | null;
              };
              /** @description The gemeente (municipality) the address lies in; null when unknown. */
              gemeente: {
                /** @description CBS gemeentecode, four digits with leading zeros (e.g. 0363). */
                nummer: string;
                /** @description Name of the gemeente. */
                naam: string;
              } | null;
              /** @description The provincie of the vestiging: its own, as DUO writes it (e.g. Zuid-Holland, Friesland). Null when DUO gives none; absent from events sent before the registry published it. */
              provincie?: string | null;
              /** @description Afdelingen at this vestiging (vo only; empty for other sectors). */
              afdelingen: ('vmbo-b' | 'vmbo-k' | 'vmbo-gt' | 'havo' | 'vwo')[];
              /**
               * Format: email
               * @description E-mail of the vestiging's directie (receives the afschrift of letters); null when unknown.
               */
              directieEmail: string | null;
              /**
               * @description open, or closed (see closedOn).
               * @enum {string}
               */
              status: 'open' | 'closed';
              /**
               * Format: date
               * @description Date the vestiging closed (per DUO); null while open.
               */
              closedOn: string | null;
              revision: number;
              lastImportId: string | null;
              /** Format: date-time */
              updatedAt: string;
            } & {
              [key: string]: unknown;
            })[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
            /** @description Matches in all pages. */
            total: number;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            templates: {
              name: string;
              version: number;
              description: string;
              subject: string;
              body: string;
              placeholders: string[];
              signatory: {
                name: string;
                role: string;
              };
              createdAt: string;
              createdBy: string;
            }[];
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTemplatesName: {
    parameters: {
      query?: {
        version?: number;
      };
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            version: number;
            description: string;
            subject: string;
            body: string;
            placeholders: string[];
            signatory: {
              name: string;
              role: string;
            };
            createdAt: string;
            createdBy: string;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putTemplatesName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description: string;
          subject: string;
          body: string;
          placeholders: string[];
          signatory: {
            name: string;
            role: string;
          };
        };
      };
    };
    responses: {
      /** @description 201 */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            version: number;
            description: string;
            subject: string;
            body: string;
            placeholders: string[];
            signatory: {
              name: string;
              role: string;
            };
            createdAt: string;
            createdBy: string;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getVertrouwensdossiers: {
    parameters: {
      query?: {
        status?: 'open' | 'gesloten';
        brin?: string;
        category?:
          | 'seksuele-intimidatie'
          | 'seksueel-misbruik'
          | 'fysiek-geweld'
          | 'psychisch-geweld'
          | 'discriminatie'
          | 'radicalisering'
          | 'pesten';
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header: {
        /** @description Why you read this (kept, sealed, in the audit of reads). */
        'x-reason': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
            }[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getVertrouwensdossiersId: {
    parameters: {
      query?: never;
      header: {
        /** @description Why you read this (kept, sealed, in the audit of reads). */
        'x-reason': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The dossier, opened (content in clear). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postVertrouwensdossiersIdAdvice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description Recorded */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postVertrouwensdossiersIdClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date */
            destroyOn: string;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postVertrouwensdossiersIdContacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          at: string;
          /** @enum {string} */
          channel: 'telefoon' | 'e-mail' | 'gesprek' | 'post';
          summary: string;
        };
      };
    };
    responses: {
      /** @description Logged */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getVertrouwensdossiersIdReads: {
    parameters: {
      query?: never;
      header: {
        /** @description Why you read this (kept, sealed, in the audit of reads). */
        'x-reason': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            entries: unknown[];
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getVestigingen: {
    parameters: {
      query?: {
        /** @description Part of the name (any case). */
        name?: string;
        /** @description Part of the plaats (any case). */
        plaats?: string;
        /** @description Part of the gemeente name (any case). */
        gemeente?: string;
        /** @description Education sector: po, so, vso, vo, mbo or ho. */
        sector?: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
        board?: string;
        brin?: string;
        postcode?: string;
        status?: 'open' | 'closed';
        /** @description Cursor from the previous page's `next` link. */
        after?: string;
        /** @description Items per page, 1-500 (default 50). */
        limit?: number;
        /**
         * @deprecated
         * @description Deprecated: the same as `limit`.
         */
        pageSize?: number;
        /**
         * @deprecated
         * @description Deprecated: only 1; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        page?: number;
        /**
         * @deprecated
         * @description Deprecated: only 0; is replaced by cursor paging: leave it out and follow the `next` link.
         */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: ({
              /** @description Vestiging code: the BRIN plus the two-digit vestigingsnummer, e.g. 12AB00 (00 is the main location). */
              vestigingCode: string;
              /** @description BRIN code (instellingscode) of the school: two digits and two capital letters, e.g. 12AB. */
              brin: string;
              /** @description Two-digit vestigingsnummer within the BRIN, as a string (leading zero kept), e.g. 00. */
              vestigingsnummer: string;
              /** @description Name of the vestiging (vestigingsnaam), as DUO writes it. */
              name: string;
              /** @description Bevoegd gezag nummer of the board (bestuur): five digits as a string (leading zeros kept), e.g. 41234. */
              bevoegdGezagNummer: string;
              /**
               * @description Education sector: po, so, vso, vo, mbo or ho.
               * @enum {string}
               */
              sector: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
              /** @description Postal address. */
              address: {
                /** @description Street name; null when unknown. */
                straat: string | null;
                /** @description House number; null when unknown or not numeric. */
                huisnummer: number | null;
                /** @description Addition to the house number (e.g. "a", "bis", "-14"); null when none. */
                huisnummerToevoeging: string | null;
                /** @description Dutch postcode, normalised to "1234 AB"; null when unknown. */
                postcode: string | null;
                /** @description Place (plaatsnaam); null when unknown. */
                plaats: string | null;
              };
              /** @description The gemeente (municipality) the address lies in; null when unknown. */
              gemeente: {
                /** @description CBS gemeentecode, four digits with leading zeros (e.g. 0363). */
                nummer: string;
                /** @description Name of the gemeente. */
                naam: string;
              } | null;
              /** @description The provincie of the vestiging: its own, as DUO writes it (e.g. Zuid-Holland, Friesland). Null when DUO gives none; absent from events sent before the registry published it. */
              provincie?: string | null;
              /** @description Afdelingen at this vestiging (vo only; empty for other sectors). */
              afdelingen: ('vmbo-b' | 'vmbo-k' | 'vmbo-gt' | 'havo' | 'vwo')[];
              /**
               * Format: email
               * @description E-mail of the vestiging's directie (receives the afschrift of letters); null when unknown.
               */
              directieEmail: string | null;
              /**
               * @description open, or closed (see closedOn).
               * @enum {string}
               */
              status: 'open' | 'closed';
              /**
               * Format: date
               * @description Date the vestiging closed (per DUO); null while open.
               */
              closedOn: string | null;
              revision: number;
              lastImportId: string | null;
              /** Format: date-time */
              updatedAt: string;
            } & {
              [key: string]: unknown;
            })[];
            /** @description Link to the next page (same filters), or null on the last page. */
            next: string | null;
            /** @description Matches in all pages. */
            total: number;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getVestigingenCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A vestiging (location) of a school. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Vestiging code: the BRIN plus the two-digit vestigingsnummer, e.g. 12AB00 (00 is the main location). */
            vestigingCode: string;
            /** @description BRIN code (instellingscode) of the school: two digits and two capital letters, e.g. 12AB. */
            brin: string;
            /** @description Two-digit vestigingsnummer within the BRIN, as a string (leading zero kept), e.g. 00. */
            vestigingsnummer: string;
            /** @description Name of the vestiging (vestigingsnaam), as DUO writes it. */
            name: string;
            /** @description Bevoegd gezag nummer of the board (bestuur): five digits as a string (leading zeros kept), e.g. 41234. */
            bevoegdGezagNummer: string;
            /**
             * @description Education sector: po, so, vso, vo, mbo or ho.
             * @enum {string}
             */
            sector: 'po' | 'so' | 'vso' | 'vo' | 'mbo' | 'ho';
            /** @description Postal address. */
            address: {
              /** @description Street name; null when unknown. */
              straat: string | null;
              /** @description House number; null when unknown or not numeric. */
              huisnummer: number | null;
              /** @description Addition to the house number (e.g. "a", "bis", "-14"); null when none. */
              huisnummerToevoeging: string | null;
              /** @description Dutch postcode, normalised to "1234 AB"; null when unknown. */
              postcode: string | null;
              /** @description Place (plaatsnaam); null when unknown. */
              plaats: string | null;
            };
            /** @description The gemeente (municipality) the address lies in; null when unknown. */
            gemeente: {
              /** @description CBS gemeentecode, four digits with leading zeros (e.g. 0363). */
              nummer: string;
              /** @description Name of the gemeente. */
              naam: string;
            } | null;
            /** @description The provincie of the vestiging: its own, as DUO writes it (e.g. Zuid-Holland, Friesland). Null when DUO gives none; absent from events sent before the registry published it. */
            provincie?: string | null;
            /** @description Afdelingen at this vestiging (vo only; empty for other sectors). */
            afdelingen: ('vmbo-b' | 'vmbo-k' | 'vmbo-gt' | 'havo' | 'vwo')[];
            /**
             * Format: email
             * @description E-mail of the vestiging's directie (receives the afschrift of letters); null when unknown.
             */
            directieEmail: string | null;
            /**
             * @description open, or closed (see closedOn).
             * @enum {string}
             */
            status: 'open' | 'closed';
            /**
             * Format: date
             * @description Date the vestiging closed (per DUO); null while open.
             */
            closedOn: string | null;
            revision: number;
            lastImportId: string | null;
            /** Format: date-time */
            updatedAt: string;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putVestigingenCodeContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The address, or null to clear it. */
          directieEmail: string | null;
        };
      };
    };
    responses: {
      /** @description 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            changed: boolean;
            snapshot: {
              [key: string]: unknown;
            };
            revision: number;
          };
        };
      };
      /** @description No token, or one that is expired, from another issuer, tampered with or unsigned */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The token's roles do not have the route's permission */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over the rate limit of this client; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service could not be reached */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The identity provider (its keys) could not be reached */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The service did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An error, as RFC 9457 problem details. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
