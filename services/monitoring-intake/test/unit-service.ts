import type { Provider, Type } from '@nestjs/common';
import { FixedClock } from '@inspectorate/scheduling';
import { type TestService, newTestService } from '@inspectorate/testing';
import { DeadlinesService } from '../src/deadlines/deadlines.service';
import { INTAKE_COLLECTIONS } from '../src/persistence/collections';
import { ProvidersStore } from '../src/providers/providers.store';
import { INTAKE_SETTINGS, type IntakeSettings } from '../src/settings';
import { VestigingenReadModel } from '../src/vestigingen/vestigingen.read-model';

const settings: IntakeSettings = { sectors: ['po'], minOpenDays: 0, deadlineOverrides: new Map() };

/**
 * A monitoring-intake use case on in-memory stores (unit tests): no database,
 * no broker; po only, no minimum of open days, the day after the 2025-2026
 * deadline. Empty: each test seeds what it needs. `providers`: more real
 * collaborators (anything not given is auto-mocked).
 */
export function intakeTestService<S>(
  service: Type<S>,
  providers: Provider[] = [],
): Promise<TestService<S>> {
  return newTestService(service, {
    collections: INTAKE_COLLECTIONS,
    providers: [
      { provide: INTAKE_SETTINGS, useValue: settings },
      VestigingenReadModel,
      ProvidersStore,
      DeadlinesService,
      ...providers,
    ],
    clock: new FixedClock('2026-07-02T10:00:00Z'),
  });
}
