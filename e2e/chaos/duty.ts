/**
 * Which vestigingen of the run owe the year's monitoring results, by the
 * intake's duty rules (services/monitoring-intake/src/domain/duty.ts), so the
 * scenario expects a case exactly where the sweep makes one. Both lists are
 * imported on the day of the run, after the schooljaar's deadline:
 *
 * - a vestiging of the April list (the registry's first load of the sector)
 *   counts as long established, and owes;
 * - one new in August is registered today, fewer than `minOpenDays` before
 *   the (past) deadline: it owes nothing that year, delivered or not;
 * - one in April's list but not August's is closed today, after the deadline:
 *   it still owed, and as it delivers nothing it is missing.
 *
 * (The national run expected a case for a silent vestiging new in August and
 * none for the two closed ones: the sweep marked 613 where it expected 612.)
 */
export function dutiesOf(
  april: readonly string[],
  august: readonly string[],
): { owing: string[]; closedOwing: string[]; exempt: string[] } {
  const inApril = new Set(april);
  const inAugust = new Set(august);
  return {
    owing: august.filter((code) => inApril.has(code)),
    closedOwing: april.filter((code) => !inAugust.has(code)),
    exempt: august.filter((code) => !inApril.has(code)),
  };
}
