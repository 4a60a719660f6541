import { type PublicRoute, route } from '../route';

/** notifications: templates, letters, portal inboxes. */
export const NOTIFICATIONS_ROUTES: readonly PublicRoute[] = [
  route('GET', 'notifications', '/templates', 'templates.read', 'Letter templates'),
  route('GET', 'notifications', '/templates/:name', 'templates.read', 'One letter template'),
  route(
    'PUT',
    'notifications',
    '/templates/:name',
    'templates.manage',
    'Replace a letter template',
    {
      body: 'json',
    },
  ),
  route('GET', 'notifications', '/letters', 'letters.read', 'Letters'),
  route('GET', 'notifications', '/letters/:kenmerk', 'letters.read', 'One letter'),
  // The files a board's inbox links to: a partner system only its own boards'
  // letters (notifications checks the letter's board; the path names none).
  route('GET', 'notifications', '/letters/:kenmerk/pdf', 'letters.pdf', "A letter's PDF", {
    boardOfResource: true,
  }),
  route(
    'GET',
    'notifications',
    '/letters/:kenmerk/attachments/:n/pdf',
    'letters.pdf',
    "A letter's attachment",
    { boardOfResource: true },
  ),
  route(
    'POST',
    'notifications',
    '/letters/:kenmerk/resend',
    'letters.resend',
    'Send a letter again',
    {
      body: 'json',
    },
  ),
  route('GET', 'notifications', '/inbox/board/:nummer', 'inbox.read', "A board's portal inbox", {
    // A partner system: only the boards it acts for (its token's bevoegd_gezag).
    ownBoard: 'nummer',
  }),
  route('GET', 'notifications', '/inbox/school/:brin', 'inbox.read', "A school's portal inbox"),
];
