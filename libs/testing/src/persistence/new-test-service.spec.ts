import { Injectable } from '@nestjs/common';
import { Counters, type Counter, InjectStore, type Store } from '@inspectorate/persistence';
import { Clock } from '@inspectorate/scheduling';
import { newTestService } from './new-test-service';

class Mailer {
  send(_to: string): Promise<void> {
    throw new Error('the real mailer must not run in a unit test');
  }
}

@Injectable()
class CountUseCase {
  constructor(
    @InjectStore(Counters) private readonly counters: Store<Counter>,
    private readonly clock: Clock,
    private readonly mailer: Mailer,
  ) {}

  async execute(id: string): Promise<number> {
    await this.counters.mutate(id, (current) =>
      current
        ? { update: { $inc: { count: 1 } } }
        : { insert: { _id: id, version: 1, count: 1, label: this.clock.now().toISOString() } },
    );
    await this.mailer.send(id);
    return (await this.counters.findById(id))!.count;
  }
}

describe('newTestService', () => {
  it('builds a use case with in-memory stores, a fixed clock and auto-mocked dependencies', async () => {
    const { sut, store, get, clock } = await newTestService(CountUseCase, {
      collections: [Counters],
    });
    expect(await sut.execute('a')).toBe(1);
    expect(await sut.execute('a')).toBe(2);
    expect(store(Counters).all()).toEqual([
      { _id: 'a', version: 2, count: 2, label: clock.now().toISOString(), outbox: [] },
    ]);
    expect(get(Mailer).send).toHaveBeenCalledWith('a');
  });

  it('says which collection is missing', async () => {
    await expect(newTestService(CountUseCase)).rejects.toThrow(
      'add the collection of persistence:store:contract_counters to options.collections',
    );
  });
});
