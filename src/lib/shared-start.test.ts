import { sharedStart } from './shared-start';

describe('a start shared by several parts of a page', () => {
  it('begins on the first start and ends on the last stop, each stop counting once', () => {
    const log: string[] = [];
    const shared = sharedStart(() => {
      log.push('begin');
      return () => log.push('end');
    });
    const stopA = shared.start();
    const stopB = shared.start();
    expect(log).toEqual(['begin']);
    stopA();
    stopA();
    expect(shared.active()).toBe(true);
    stopB();
    expect(log).toEqual(['begin', 'end']);
    expect(shared.active()).toBe(false);
    shared.start();
    expect(log).toEqual(['begin', 'end', 'begin']);
  });
});
