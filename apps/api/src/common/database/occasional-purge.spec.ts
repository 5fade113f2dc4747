import { Logger } from '@nestjs/common';
import { purgeOccasionally } from './occasional-purge';

describe('purgeOccasionally', () => {
  const logger = { warn: jest.fn() } as unknown as Logger;

  it('runs the purge only when the draw falls under the chance', () => {
    const purge = jest.fn(() => Promise.resolve());
    purgeOccasionally(0.05, purge, logger, 'rows', () => 0.06);
    expect(purge).not.toHaveBeenCalled();
    purgeOccasionally(0.05, purge, logger, 'rows', () => 0.01);
    expect(purge).toHaveBeenCalledTimes(1);
  });

  it('logs a failed purge instead of failing the request', async () => {
    purgeOccasionally(
      1,
      () => Promise.reject(new Error('locked')),
      logger,
      'expired captchas',
      () => 0,
    );
    await new Promise((r) => setImmediate(r));
    expect(logger.warn).toHaveBeenCalledWith('Could not purge expired captchas: locked');
  });
});
