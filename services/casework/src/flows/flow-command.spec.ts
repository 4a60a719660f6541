import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { Type } from '@sinclair/typebox';
import { flowCommands } from './flow-command';

const command = flowCommands({ tag: 'proef', params: Type.Object({ id: Type.String() }) });

class Proef {
  @command(':id/besluit', 'cases.work', 'Decide', Type.Object({}))
  decide() {
    return 'decided';
  }

  @command(':id/vervolg', 'klachten.handle', 'Follow', Type.Object({}), {
    201: { description: 'x' },
  })
  follow() {
    return 'followed';
  }
}

describe('one decorator for a flow command', () => {
  it('is POST on its path, answers the status of its one response (204 Done by default), with its permission', () => {
    const meta = (key: string, method: keyof Proef) =>
      Reflect.getMetadata(key, Proef.prototype[method]);
    expect(meta(METHOD_METADATA, 'decide')).toBe(RequestMethod.POST);
    expect(meta(PATH_METADATA, 'decide')).toBe(':id/besluit');
    expect(meta(HTTP_CODE_METADATA, 'decide')).toBe(204);
    expect(meta(HTTP_CODE_METADATA, 'follow')).toBe(201);
    const keys = Reflect.getMetadataKeys(Proef.prototype.follow).map(String);
    expect(keys.some((k) => /permission/i.test(k))).toBe(true);
  });

  it('refuses a permission that is not in the table at once', () => {
    expect(() => command(':id/x', 'no.such' as never, 'X', Type.Object({}))).toThrow(
      /unknown permission no.such/,
    );
  });
});
