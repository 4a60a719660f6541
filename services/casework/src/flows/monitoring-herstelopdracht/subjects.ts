/**
 * The names casework knows of the registry's boards, schools and
 * vestigingen (its read model, fed by the registry's events). A port, so
 * the flow's use cases run on an in-memory fake in unit tests.
 */
export interface NamedVestiging {
  name: string;
}
export abstract class SubjectDirectory {
  abstract vestiging(code: string): Promise<NamedVestiging | null>;
  abstract board(bevoegdGezagNummer: string): Promise<{ name: string } | null>;
  abstract school(brin: string): Promise<{ name: string } | null>;
}
