import { deadlineChecksLine } from '../demo-monitoring';

describe('the demo’s report of the deadline checks', () => {
  it('says letters were sent only when cases escalated in this run', () => {
    expect(deadlineChecksLine('2026-07-01', 4, 4)).toBe(
      "deadline checks as of 2026-07-01: 4 escalated to the coordinators' queue, niet-voldaan letters sent",
    );
    // A repeat `npm start`: everything was escalated before and nothing is sent.
    const repeat = deadlineChecksLine('2026-07-01', 0, 4);
    expect(repeat).not.toContain('letters sent');
    expect(repeat).toBe(
      "deadline checks as of 2026-07-01: nothing new to escalate; the 4 in the coordinators' queue got their niet-voldaan letters on an earlier start",
    );
    expect(deadlineChecksLine('2026-07-01', 1, 4)).toContain('(3 more on an earlier start)');
  });
});
