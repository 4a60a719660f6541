import { DEFAULT_TEMPLATES } from './default-templates';

/**
 * One rule for dates, in casework and here: a deadline is exclusive (what
 * must happen "before 1 November" is late on 1 November), and letters and
 * reports say so the same way, "vóór <date>", never "uiterlijk" or "tot en
 * met" (which read as inclusive, a day later than casework counts).
 */
describe('dates in the default letters', () => {
  const DATE_PLACEHOLDER = /@(deadline_[a-z_]+|termijn_[a-z_]+)@/g;

  it.each(Object.entries(DEFAULT_TEMPLATES))(
    '%s writes every deadline as "vóór <date>"',
    (_name, t) => {
      for (const text of [t.subject, t.body]) {
        for (const m of text.matchAll(DATE_PLACEHOLDER)) {
          expect(`${text.slice(Math.max(0, m.index! - 5), m.index!)}${m[0]}`).toBe(`vóór ${m[0]}`);
        }
        expect(text).not.toMatch(/uiterlijk|tot en met/i);
      }
    },
  );

  it.each(Object.entries(DEFAULT_TEMPLATES))(
    '%s names no fixed date: the monitoring deadline differs per schooljaar',
    (_name, t) => {
      expect(t.body).not.toMatch(
        /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)/,
      );
    },
  );
});
