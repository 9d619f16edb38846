/** @sanad/server: the app factory and its parts, for tests and embedding. */
export { createApp, type AppDeps } from './app.ts';
export { JobRunner, MAX_ATTEMPTS, type JobRunnerOptions } from './jobs/job-runner.ts';
export { openApiDocument } from './openapi.ts';
export { apiRoutes } from './routes/api.routes.ts';
export { contentDisposition, sanitizeFilename } from './filename.ts';
