import type { SampleDraw } from '../domain/sample';

/** A sko draw as its audit record: everything needed to reproduce it. */
export interface SampleDoc extends SampleDraw {
  _id: string;
  drawnAt: Date;
  /** The population the draw was made from, with each school's stratum inputs. */
  populationSize: number;
}
