import { pino, type Logger } from 'pino';

/** One pino logger per process; modules take `logger.child({ module })`. */
export function createLogger(level: string, pretty = false): Logger {
  return pino({
    level,
    base: undefined,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
    ...(pretty ? {} : {}),
  });
}
export type { Logger };
