/**
 * Queue scenario files (agents with skills/capacity/shifts, customers with arrival/skills/handle/patience/tier) and
 * the routing policy `--policy` reads (domain/routing/selectAgents.ts RoutingPolicy).
 */
import { z } from 'zod';
import type { RoutingPolicy } from '../../domain/routing/selectAgents.js';

export const scenarioSchema = z.object({
  name: z.string(),
  horizon: z.number().optional(),
  agents: z.array(
    z.object({
      id: z.string(),
      skills: z.record(z.string(), z.number()),
      capacity: z.number().int().positive(),
      shifts: z.array(z.tuple([z.number(), z.number()])),
    }),
  ),
  customers: z.array(
    z.object({
      id: z.string(),
      arrival: z.number(),
      skills: z.array(z.string()).min(1),
      handle: z.number().nonnegative(),
      tier: z.string().default('standard'),
      patience: z.number().optional(),
    }),
  ),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioAgent = Scenario['agents'][number];
export type ScenarioCustomer = Scenario['customers'][number];

export function parseScenario(json: unknown): Scenario {
  return scenarioSchema.parse(json);
}

export const policySchema: z.ZodType<RoutingPolicy> = z.object({
  minProficiency: z.number().min(0).max(1).optional(),
  relax: z.array(z.object({ afterMs: z.number().nonnegative(), minProficiency: z.number().min(0).max(1).optional(), useRelated: z.boolean().optional() })).optional(),
  related: z.record(z.string(), z.array(z.object({ skill: z.string(), factor: z.number() }))).optional(),
});
