import type { Server } from 'node:http';

export function startServer(options?: {
  root?: string;
  port?: number;
  headers?: Record<string, string>;
}): Promise<{ server: Server; origin: string }>;
