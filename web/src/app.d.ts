// See https://svelte.dev/docs/kit/types#app.d.ts
import type { WebApi, WebPlatformRequest } from '@sanad/server/web-api.ts';

declare global {
  namespace App {
    interface Error {
      message: string;
      code?: string;
    }
    interface Locals {
      /** The in-process API client of this request (absent when the web app runs without the server). */
      api?: WebApi;
    }
    interface Platform {
      /** adapter-node hands the Express request over. */
      req?: WebPlatformRequest;
    }
  }
}

export {};
