import { ConnectionArgs } from '../graphql/pagination';
import { AppError } from './app-error';
import { AppValidationPipe } from './validation.pipe';

/** GraphQL parameter kinds as Nest hands them to pipes: 0 parent, 1 context, 3 args. */
const args = { type: 3, metatype: ConnectionArgs, data: undefined } as never;

describe('AppValidationPipe', () => {
  it('validates a flat argument once, and answers later equal values with a fresh instance of its class', async () => {
    const pipe = new AppValidationPipe();
    const first = (await pipe.transform({ first: 5 }, args)) as ConnectionArgs;
    expect(first).toBeInstanceOf(ConnectionArgs);
    expect(first).toMatchObject({ first: 5 });
    first.first = 99; // a resolver may change what it got: the remembered value is not shared
    const again = (await pipe.transform({ first: 5 }, args)) as ConnectionArgs;
    expect(again).toBeInstanceOf(ConnectionArgs);
    expect(again).not.toBe(first);
    expect(again).toMatchObject({ first: 5 });
  });

  it('refuses an invalid value every time, naming the field', async () => {
    const pipe = new AppValidationPipe();
    for (let i = 0; i < 2; i++) {
      const refused = await pipe.transform({ first: 500 }, args).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).fields?.map((f) => f.path)).toEqual(['first']);
    }
    const malformed = await pipe.transform({ first: 5, after: 'a\u0000b' }, args).catch((e: unknown) => e);
    expect((malformed as AppError).fields?.map((f) => f.path)).toEqual(['after']);
  });

  it('passes the server’s own values (a parent row, the context) through untouched', async () => {
    const pipe = new AppValidationPipe();
    // A parent row may hold any text a resident wrote; it is not input to check again.
    const parent = { id: 'x', body: 'contains \u0000 as stored' };
    expect(await pipe.transform(parent, { type: 0, metatype: Object, data: undefined } as never)).toBe(parent);
    const context = { req: {}, loaders: {} };
    expect(await pipe.transform(context, { type: 1, metatype: Object, data: undefined } as never)).toBe(context);
  });
});
