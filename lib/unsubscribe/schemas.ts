import { z } from 'zod';

export const unsubscribeSchema = z.strictObject({ token: z.string().min(1).max(200) });
