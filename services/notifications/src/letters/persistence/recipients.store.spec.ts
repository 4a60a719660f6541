import { newTestService, vestigingSnapshot } from '@inspectorate/testing';
import { RECIPIENT_COLLECTIONS, RecipientVestigingen, RecipientsStore } from './recipients.store';

/** The recipients read model on in-memory stores: the highest revision wins. */
describe('RecipientsStore (in-memory stores)', () => {
  it('keeps the snapshot with the highest revision, whatever order they arrive in', async () => {
    const { sut, store } = await newTestService(RecipientsStore, {
      collections: RECIPIENT_COLLECTIONS,
    });
    await sut.applyVestiging(3, vestigingSnapshot({ vestigingCode: '12AB00', name: 'Nieuw' }));
    await sut.applyVestiging(2, vestigingSnapshot({ vestigingCode: '12AB00', name: 'Oud' }));
    expect(await sut.vestiging('12AB00')).toMatchObject({ revision: 3, name: 'Nieuw' });
    await sut.applyVestiging(
      4,
      vestigingSnapshot({ vestigingCode: '12AB00', directieEmail: 'nieuw@school.nl' }),
    );
    expect(store(RecipientVestigingen).all()).toEqual([
      expect.objectContaining({ _id: '12AB00', revision: 4, directieEmail: 'nieuw@school.nl' }),
    ]);
  });
});
